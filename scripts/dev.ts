/*
 * `npm run dev`: the package running in real n8n against the CallHub sandbox, ready to click through.
 *
 * Builds and packs the package, starts the sandbox (the emulator with demo data), installs n8n once
 * (cached outside the repo), installs the package into n8n's community nodes, imports the
 * "CallHub Sandbox" credential and the example workflows, starts n8n and sets up a login.
 * Ctrl-C, or SIGTERM / SIGINT to the process `npm run dev` started, stops what it started. n8n's data stays in .dev/ between runs (delete it to start over).
 */
import { createServer } from 'node:net';
import { join } from 'node:path';

import { seedDemoAccount } from '../test/emulator/seed';
import type { Emulator } from '../test/emulator/server';
import { startEmulator } from '../test/emulator/server';
import { CURRENT, ensureN8n } from '../test/n8n/install';
import type { N8nInstance, N8nServer } from '../test/n8n/n8n';
import { runningChildren, stopChildren } from '../test/n8n/children';
import { startN8n } from '../test/n8n/n8n';
import { buildAndPack, installPackage, repoRoot } from '../test/n8n/package';
import { LOCAL_OWNER, ownerSession } from '../test/n8n/rest';
import { DEMO_AGENT } from '../test/emulator/resources/agentDemo';
import { exampleWorkflows, importSandbox, SANDBOX_AGENT_CREDENTIAL, SANDBOX_CREDENTIAL } from '../test/n8n/setup';

const N8N_PORT = Number(process.env.N8N_DEV_PORT ?? 5678);
const SANDBOX_PORT = Number(process.env.CALLHUB_SANDBOX_PORT ?? 4010);
const SANDBOX_KEY = 'callhub-sandbox-key';
const DEV_DIR = join(repoRoot, '.dev');

const say = (line: string) => process.stdout.write(`${line}\n`);

let emulator: Emulator | undefined;
let server: N8nServer | undefined;
let stopping: Promise<never> | undefined;

/**
 * Stops n8n, then the sandbox, then exits. Ctrl-C signals every process of the terminal's group and
 * tsx relays the signal to this one again: a repeated signal waits for the stop under way instead of
 * exiting at once, which would leave n8n running without its log (server.stop kills it after 20 s).
 */
function stop(code: number): Promise<never> {
	stopping ??= (async () => {
		const started = [server || runningChildren() > 0 ? 'n8n' : '', emulator ? 'the CallHub sandbox' : ''].filter(Boolean);
		if (started.length) say(`\nStopping ${started.join(' and ')} ...`);
		await server?.stop();
		// An install or an import under way when the signal came (n8n start is stopped above).
		await stopChildren();
		await emulator?.close();
		process.exit(code);
	})();
	return stopping;
}

function portFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const probe = createServer();
		probe.once('error', () => resolve(false));
		probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
	});
}

async function main(): Promise<void> {
	process.on('SIGINT', () => void stop(0));
	process.on('SIGTERM', () => void stop(0));

	const ports = { http: N8N_PORT, broker: N8N_PORT + 1, cliBroker: N8N_PORT + 2 };
	const uses: Array<[number, string]> = [
		[ports.http, "n8n's editor (N8N_DEV_PORT)"],
		[ports.broker, "n8n's task broker (N8N_DEV_PORT + 1)"],
		[ports.cliBroker, "the task broker of n8n's import commands (N8N_DEV_PORT + 2)"],
		[SANDBOX_PORT, 'the CallHub sandbox (CALLHUB_SANDBOX_PORT)'],
	];
	const busy: string[] = [];
	for (const [port, use] of uses) if (!(await portFree(port))) busy.push(`${port} for ${use}`);
	if (busy.length) {
		throw new Error(
			`Port${busy.length > 1 ? 's' : ''} in use (another n8n, sandbox or \`npm run dev\`?): ${busy.join('; ')}.\n` +
				'Stop what holds them, or choose others, e.g. N8N_DEV_PORT=5700 CALLHUB_SANDBOX_PORT=4020 npm run dev',
		);
	}

	say('1/5 Building and packing the package ...');
	const tarball = await buildAndPack(join(DEV_DIR, 'pack'));

	say(`2/5 Starting the CallHub sandbox on http://127.0.0.1:${SANDBOX_PORT} ...`);
	emulator = await startEmulator({ port: SANDBOX_PORT, apiKey: SANDBOX_KEY, seed: (state) => seedDemoAccount(state, `http://127.0.0.1:${SANDBOX_PORT}`) });

	say(`3/5 n8n ${CURRENT.version} ...`);
	const install = await ensureN8n(CURRENT, (line) => say(`    ${line}`));

	say('4/5 Installing the package into n8n and importing the sandbox credentials and examples ...');
	const instance: N8nInstance = { install, userFolder: join(DEV_DIR, 'n8n'), ports, publicUrl: `http://localhost:${N8N_PORT}` };
	await installPackage(instance.userFolder, tarball);
	// Workflows already in .dev/ keep their state (a published trigger example stays published).
	const imported = await importSandbox(instance, emulator, { keepExisting: true });
	say(`    example workflows: ${imported.imported} imported, ${imported.kept} already in .dev/ kept as they are`);

	say(`5/5 Starting n8n (about 15 s; log: ${join(instance.userFolder, 'n8n.log')}) ...`);
	server = await startN8n(instance, join(instance.userFolder, 'n8n.log'));
	await ownerSession(server.url);
	server.child.on('close', (code) => {
		if (stopping === undefined) {
			say(`n8n stopped unexpectedly (exit ${code}); see ${join(instance.userFolder, 'n8n.log')}`);
			void stop(1);
		}
	});

	const editor = `http://localhost:${N8N_PORT}`;
	const examples = exampleWorkflows();
	const width = Math.max(...examples.map((workflow) => workflow.name.length));
	say(
		[
			'',
			`n8n ${install.version} is running with n8n-nodes-callhub: ${editor}`,
			`  Log in with    ${LOCAL_OWNER.email} / ${LOCAL_OWNER.password}`,
			`  Credentials    "${SANDBOX_CREDENTIAL.name}" -> the sandbox at ${emulator.url} (key ${SANDBOX_KEY})`,
			`                 "${SANDBOX_AGENT_CREDENTIAL.name}" -> its demo agent (${DEMO_AGENT.username} / ${DEMO_AGENT.password})`,
			'  Examples       (open one and press "Execute workflow")',
			...examples.map((workflow) => `    ${workflow.name.padEnd(width)} ${editor}/workflow/${workflow.id}`),
			`  Sandbox        request log ${emulator.url}/__emulator/log, reset: POST ${emulator.url}/__emulator/reset`,
			'After changing the code, stop with Ctrl-C and run `npm run dev` again (about a minute).',
			'Press Ctrl-C to stop n8n and the sandbox.',
		].join('\n'),
	);
}

main().catch((error: Error) => {
	say(`\nnpm run dev failed: ${error.message}`);
	void stop(1);
});
