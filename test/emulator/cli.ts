/* The sandbox: the CallHub emulator as a standalone server with a demo account. */
import { agents, issueAgentToken } from './resources/agentAccounts';
import { DEMO_AGENT } from './resources/agentDemo';
import { seedDemoAccount } from './seed';
import { parseDuration, startEmulator } from './server';

function option(name: string, fallback: string): string {
	const index = process.argv.indexOf(`--${name}`);
	return index !== -1 && process.argv[index + 1] ? process.argv[index + 1] : (process.env[`CALLHUB_SANDBOX_${name.toUpperCase().replace(/-/g, '_')}`] ?? fallback);
}

/** Every value of a repeatable option, e.g. `--variant cc-status-mcp --variant live-agents-array`. */
function options(name: string): string[] {
	const values = process.argv.flatMap((arg, index) => (arg === `--${name}` && process.argv[index + 1] ? [process.argv[index + 1]] : []));
	const fromEnv = process.env[`CALLHUB_SANDBOX_${name.toUpperCase()}S`];
	return values.length ? values : (fromEnv ?? '').split(',').map((value) => value.trim()).filter(Boolean);
}

async function main(): Promise<void> {
	const port = Number(option('port', '4010'));
	const apiKey = option('key', 'callhub-sandbox-key');
	const realistic = option('rates', 'callhub') === 'callhub';
	const demo = option('seed', 'demo') === 'demo';
	// --latency 80ms --per-record 0.3ms: answers take as long as over the internet (BENCHMARKS.md).
	const latency = option('latency', 'off') === 'off' ? undefined : { roundTripMs: parseDuration(option('latency', '0')), perRecordMs: parseDuration(option('per-record', '0')) };
	const emulator = await startEmulator({
		port,
		apiKey,
		latency,
		rates: realistic ? undefined : { general: 'off', search: 'off', bulk: 'off' },
		seed: demo ? (state) => seedDemoAccount(state, `http://127.0.0.1:${port}`) : undefined,
		variants: options('variant'),
	});
	const agent = [...agents(emulator.state).values()].find((candidate) => candidate.username === DEMO_AGENT.username);
	process.stdout.write(
		[
			'CallHub sandbox (emulator) is running',
			`  API Domain: ${emulator.url}`,
			`  API Key:    ${emulator.apiKey}`,
			`  Agent:      username ${DEMO_AGENT.username}, password ${DEMO_AGENT.password} (CallHub Agent API credential)`,
			...(agent ? [`  Agent token: ${issueAgentToken(emulator.tokens, agent)} (until a reset)`] : []),
			`  Rate limits: ${realistic ? "CallHub's (20/s, contact search 1/s, bulk import 1/min)" : 'off'}`,
			`  Variants:   ${emulator.variants.list().join(', ')} (--variant NAME to choose; test/emulator/variants.ts)`,
			`  Latency: ${latency ? `${latency.roundTripMs} ms a request + ${latency.perRecordMs} ms a record returned` : 'none (answers at once)'}`,
			`  Request log: ${emulator.url}/__emulator/log   Reset: POST ${emulator.url}/__emulator/reset`,
			`  Webhook events: POST ${emulator.url}/__emulator/webhooks/fire {"event": "sb.reply"} delivers to the registered targets`,
			'Press Ctrl-C to stop.',
			'',
		].join('\n'),
	);
	const stop = () => void emulator.close().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
	// e.g. an unknown --variant: say what is known, without a stack.
	process.stderr.write(`${(error as Error).message}\n`);
	process.exit(1);
});
