/*
 * Runs a real n8n: its CLI commands (each boots n8n, about 5 s) and `n8n start` as a server.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { N8nInstall } from './install';
import { nodeEnv } from './install';
import { tracked } from './children';

export interface N8nPorts {
	/** The editor, REST API and webhooks. */
	http: number;
	/** The task broker of `n8n start`'s JavaScript task runner. */
	broker: number;
	/** The task broker of CLI commands: a second broker on the server's port would fail to start. */
	cliBroker: number;
}

export interface N8nInstance {
	install: N8nInstall;
	/** `N8N_USER_FOLDER`: n8n keeps its database, key and community packages in `<userFolder>/.n8n`. */
	userFolder: string;
	ports: N8nPorts;
	/** The address people and CallHub use (editor links, webhook URLs); n8n listens on 127.0.0.1 either way. */
	publicUrl?: string;
	/** Extra environment, e.g. a test's own settings. */
	env?: NodeJS.ProcessEnv;
}

export const ENCRYPTION_KEY = 'n8n-nodes-callhub-local-key-0123456789';

export function baseUrl(instance: N8nInstance): string {
	return `http://127.0.0.1:${instance.ports.http}`;
}

export function publicUrl(instance: N8nInstance): string {
	return instance.publicUrl ?? baseUrl(instance);
}

export function n8nEnv(instance: N8nInstance, broker: number): NodeJS.ProcessEnv {
	const url = publicUrl(instance);
	return {
		...nodeEnv(instance.install.node),
		N8N_USER_FOLDER: instance.userFolder,
		// Fixed, so the server and every CLI command read the credentials each other wrote.
		N8N_ENCRYPTION_KEY: ENCRYPTION_KEY,
		N8N_PORT: String(instance.ports.http),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: new URL(url).hostname,
		N8N_PROTOCOL: 'http',
		N8N_EDITOR_BASE_URL: `${url}/`,
		N8N_WEBHOOK_URL: `${url}/`,
		N8N_RUNNERS_BROKER_PORT: String(broker),
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
		N8N_RUNNERS_TASK_TIMEOUT: '60',
		DB_SQLITE_POOL_SIZE: '2',
		// The package's nodes call the emulator on 127.0.0.1.
		N8N_SSRF_PROTECTION_ENABLED: 'false',
		...(instance.env ?? {}),
	};
}

export interface CliResult {
	code: number;
	/** The signal that stopped the command, if one did (its code then reads 1). */
	signal?: string;
	stdout: string;
	stderr: string;
	/** Milliseconds the command took. */
	took: number;
}

export function n8nCli(instance: N8nInstance, args: string[]): Promise<CliResult> {
	const started = Date.now();
	return new Promise((resolve, reject) => {
		const child = tracked(
			spawn(instance.install.node, [instance.install.bin, ...args], {
				cwd: instance.userFolder,
				env: n8nEnv(instance, instance.ports.cliBroker),
				stdio: ['ignore', 'pipe', 'pipe'],
			}),
		);
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code, signal) => resolve({ code: code ?? 1, signal: signal ?? undefined, stdout, stderr, took: Date.now() - started }));
	});
}

/** Runs a CLI command that must succeed. */
export async function n8nCommand(instance: N8nInstance, args: string[]): Promise<CliResult> {
	const result = await n8nCli(instance, args);
	if (result.code !== 0) {
		throw new Error(`n8n ${args.join(' ')} failed (exit ${result.code}):\n${tail(result.stdout + result.stderr)}`);
	}
	return result;
}

export interface ExecutionResult {
	code: number;
	signal?: string;
	/** n8n's run result: `status`, `data.resultData.runData`, `data.resultData.error`. */
	run?: RunResult;
	output: string;
	took: number;
}

export interface RunResult {
	status?: string;
	data?: {
		resultData?: {
			runData?: Record<string, Array<{ data?: { main?: Array<Array<{ json: Record<string, unknown> }> | null> }; error?: unknown }>>;
			error?: { message?: string; description?: string };
			lastNodeExecuted?: string;
		};
	};
}

/** `n8n execute --id`: exit 0 when the workflow succeeded. The result JSON follows n8n's log lines. */
export async function executeWorkflow(instance: N8nInstance, workflowId: string): Promise<ExecutionResult> {
	const result = await n8nCli(instance, ['execute', `--id=${workflowId}`, '--rawOutput']);
	// The JSON is pretty-printed from column 0, between n8n's log lines (some arrive after it).
	const start = result.stdout.search(/^\{$/m);
	const end = result.stdout.lastIndexOf('\n}');
	let run: RunResult | undefined;
	let logs = result.stdout;
	if (start !== -1 && end > start) {
		try {
			run = JSON.parse(result.stdout.slice(start, end + 2)) as RunResult;
			logs = result.stdout.slice(0, start) + result.stdout.slice(end + 2);
		} catch {
			run = undefined;
		}
	}
	return { code: result.code, signal: result.signal, run, output: withoutNoise(logs + result.stderr), took: result.took };
}

/** Lines every n8n CLI command prints, whatever happens. */
const NOISE = /^(n8n Task Broker ready|Failed to start Python task runner|\[license SDK\]|Registered runner)/;

function withoutNoise(output: string): string {
	return output
		.split('\n')
		.filter((line) => !NOISE.test(line))
		.join('\n');
}

/** The JSON of every item a node returned in an execution (its first run, first output). */
export function nodeOutput(run: RunResult | undefined, node: string): Array<Record<string, unknown>> {
	const runs = run?.data?.resultData?.runData?.[node];
	if (!runs?.length) return [];
	return (runs[0].data?.main?.[0] ?? []).map((item) => item.json);
}

export interface N8nServer {
	url: string;
	log: string;
	child: ChildProcess;
	stop(): Promise<void>;
}

/** `n8n start`, resolved once n8n is ready (its webhooks registered). Logs go to `logFile`. */
export async function startN8n(instance: N8nInstance, logFile: string, timeoutMs = 120000): Promise<N8nServer> {
	mkdirSync(instance.userFolder, { recursive: true });
	const log = createWriteStream(logFile);
	const child = tracked(
		spawn(instance.install.node, [instance.install.bin, 'start'], {
			cwd: instance.userFolder,
			env: n8nEnv(instance, instance.ports.broker),
			stdio: ['ignore', 'pipe', 'pipe'],
		}),
	);
	child.stdout?.pipe(log);
	child.stderr?.pipe(log);
	let exited: number | null | undefined;
	// If this process ends without stopping n8n (an uncaught error), n8n must not outlive it.
	const orphanGuard = () => child.kill('SIGTERM');
	process.on('exit', orphanGuard);
	const closed = new Promise<void>((resolve) =>
		child.on('close', (code) => {
			exited = code;
			resolve();
		}),
	);
	const server: N8nServer = {
		url: baseUrl(instance),
		log: logFile,
		child,
		async stop() {
			process.off('exit', orphanGuard);
			if (exited === undefined) {
				child.kill('SIGTERM');
				// n8n stops its task runner child before it exits itself (about 3 s).
				const forced = setTimeout(() => child.kill('SIGKILL'), 20000);
				await closed;
				clearTimeout(forced);
			}
			log.end();
		},
	};
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (exited !== undefined) {
			throw new Error(`n8n start exited (code ${exited}) before it was ready:\n${tail(readLog(logFile))}`);
		}
		if (await ready(server.url)) return server;
		await sleep(500);
	}
	await server.stop();
	throw new Error(`n8n was not ready after ${timeoutMs / 1000} s:\n${tail(readLog(logFile))}`);
}

/** Ready for people: n8n 2.8 reports readiness a few seconds before its REST API answers. */
async function ready(url: string): Promise<boolean> {
	try {
		return (await fetch(`${url}/healthz/readiness`)).ok && (await fetch(`${url}/rest/settings`)).ok;
	} catch {
		return false;
	}
}

function readLog(file: string): string {
	return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

export function tail(text: string, lines = 40): string {
	return text.trim().split('\n').slice(-lines).join('\n');
}

export function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

export function logPath(instance: N8nInstance, name: string): string {
	return join(instance.userFolder, name);
}
