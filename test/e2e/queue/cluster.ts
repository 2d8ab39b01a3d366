/*
 * n8n in queue mode: one main process (editor, API, webhooks; it enqueues executions in Redis) and
 * `n8n worker` processes that run them, all on one PostgreSQL database.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

import type { N8nInstall } from '../../n8n/install';
import type { N8nInstance } from '../../n8n/n8n';
import { n8nEnv, sleep, tail } from '../../n8n/n8n';
import { installPackage } from '../../n8n/package';
import { POSTGRES_DATABASE, POSTGRES_USER } from './services';

/** Away from the dev command (5678, 4010) and the e2e suite (5688–5690). */
export const QUEUE_PORTS = {
	http: 5691,
	broker: 5692,
	cliBroker: 5693,
	redis: 5698,
	postgres: 5699,
	/** Each worker's health endpoint and the task broker of its own JavaScript task runner. */
	workers: [
		{ health: 5694, broker: 5696 },
		{ health: 5695, broker: 5697 },
	],
};

/** n8n's default (`n8n worker --concurrency`): how many executions one worker runs at once. */
export const WORKER_CONCURRENCY = 10;

/**
 * How fast a dead worker is noticed. n8n's defaults are a 60 s lock renewed every 10 s and a stalled
 * check every 30 s; shorter values only make the test see in seconds what takes a minute or two.
 */
export const STALL_DETECTION = { lockDuration: 15000, lockRenewTime: 5000, stalledInterval: 5000 };

/** How a worker logs each execution it runs: "Worker started execution 12 (job 7)", then "finished". */
const EXECUTION_LINE = /Worker (started|finished) execution (\d+) \(job/;

export function queueEnv(): NodeJS.ProcessEnv {
	return {
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(QUEUE_PORTS.redis),
		QUEUE_WORKER_LOCK_DURATION: String(STALL_DETECTION.lockDuration),
		QUEUE_WORKER_LOCK_RENEW_TIME: String(STALL_DETECTION.lockRenewTime),
		QUEUE_WORKER_STALLED_INTERVAL: String(STALL_DETECTION.stalledInterval),
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(QUEUE_PORTS.postgres),
		DB_POSTGRESDB_DATABASE: POSTGRES_DATABASE,
		DB_POSTGRESDB_USER: POSTGRES_USER,
		DB_POSTGRESDB_PASSWORD: '',
	};
}

/** One n8n process's folder with the packed package in its community nodes, as on its own machine. */
export async function prepareInstance(install: N8nInstall, userFolder: string, tarball: string): Promise<N8nInstance> {
	rmSync(userFolder, { recursive: true, force: true });
	mkdirSync(userFolder, { recursive: true });
	await installPackage(userFolder, tarball);
	return { install, userFolder, ports: QUEUE_PORTS, env: queueEnv() };
}

export interface N8nWorker {
	name: string;
	log: string;
	child: ChildProcess;
	/** Executions it has started and not finished, as its log says so far. */
	running(): string[];
	/** SIGKILL to the worker and its task runner at once, as when a machine or container dies. */
	kill(): void;
	/** SIGTERM: n8n finishes the executions it holds first. */
	stop(): Promise<void>;
}

/** `n8n worker`, resolved once its health endpoint says it is connected to the database and Redis. */
export async function startWorker(instance: N8nInstance, name: string, ports: { health: number; broker: number }, logFile: string, timeoutMs = 120000): Promise<N8nWorker> {
	const log = createWriteStream(logFile);
	const child = spawn(instance.install.node, [instance.install.bin, 'worker', `--concurrency=${WORKER_CONCURRENCY}`], {
		cwd: instance.userFolder,
		env: {
			...n8nEnv(instance, ports.broker),
			QUEUE_HEALTH_CHECK_ACTIVE: 'true',
			QUEUE_HEALTH_CHECK_PORT: String(ports.health),
			N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
		},
		// A process group of its own, so one signal reaches the worker and its task runner child.
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	child.stdout?.pipe(log);
	child.stderr?.pipe(log);
	const running = new Set<string>();
	let partial = '';
	child.stdout?.on('data', (chunk: Buffer) => {
		const lines = (partial + chunk.toString()).split('\n');
		partial = lines.pop() ?? '';
		for (const line of lines) {
			const match = EXECUTION_LINE.exec(line);
			if (match?.[1] === 'started') running.add(match[2]);
			else if (match) running.delete(match[2]);
		}
	});
	let exited: number | null | undefined;
	const closed = new Promise<void>((resolve) =>
		child.on('close', (code) => {
			exited = code;
			resolve();
		}),
	);
	const killGroup = () => {
		if (exited !== undefined || child.pid === undefined) return;
		try {
			process.kill(-child.pid, 'SIGKILL');
		} catch {
			// Already gone.
		}
	};
	process.on('exit', killGroup);
	const worker: N8nWorker = {
		name,
		log: logFile,
		child,
		running: () => [...running],
		kill: killGroup,
		async stop() {
			process.off('exit', killGroup);
			if (exited === undefined) {
				child.kill('SIGTERM');
				const forced = setTimeout(killGroup, 45000);
				await closed;
				clearTimeout(forced);
			}
			killGroup();
			log.end();
		},
	};
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (exited !== undefined) throw new Error(`n8n worker ${name} exited (code ${exited}) before it was ready:\n${tail(readLog(logFile))}`);
		if (await healthy(ports.health)) return worker;
		await sleep(500);
	}
	await worker.stop();
	throw new Error(`n8n worker ${name} was not ready after ${timeoutMs / 1000} s:\n${tail(readLog(logFile))}`);
}

async function healthy(port: number): Promise<boolean> {
	try {
		return (await fetch(`http://127.0.0.1:${port}/healthz/readiness`)).ok;
	} catch {
		return false;
	}
}

function readLog(file: string): string {
	return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** Which executions a worker started and finished, from its log. */
export function workerLog(logFile: string): { started: Set<string>; finished: Set<string> } {
	const started = new Set<string>();
	const finished = new Set<string>();
	for (const match of readLog(logFile).matchAll(new RegExp(EXECUTION_LINE.source, 'g'))) {
		(match[1] === 'started' ? started : finished).add(match[2]);
	}
	return { started, finished };
}
