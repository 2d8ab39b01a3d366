/*
 * `npm run test:e2e:queue`: the packed package in n8n's queue mode, as n8n scales out. Redis and
 * PostgreSQL (Debian's packages) on 127.0.0.1, n8n main (webhooks; it queues the executions) and two
 * `n8n worker` processes (they run them). A workflow CallHub Trigger → Create contact receives a
 * burst of text replies, each from its own number; then a second burst during which one worker is
 * killed. Every figure is counted on n8n's side (its executions) and on CallHub's (the emulator).
 *
 * Options: --events <n> (the first burst, default 2000), --kill-events <n> (the burst during which a
 * worker is killed, default 1000), --concurrency <n> deliveries in flight (default 32), --write
 * (records the figures in BENCHMARKS.md).
 */
import { expect } from 'expect';
import { join } from 'node:path';

import { webhooks } from '../emulator/resources/webhooks';
import type { Emulator } from '../emulator/server';
import { startEmulator } from '../emulator/server';
import { CURRENT, ensureN8n } from '../n8n/install';
import { sleep, startN8n } from '../n8n/n8n';
import { buildAndPack, repoRoot } from '../n8n/package';
import { apiKey, ownerSession, publicApi } from '../n8n/rest';
import { prepareInstance, QUEUE_PORTS, startWorker, WORKER_CONCURRENCY } from './queue/cluster';
import type { RunFigures } from './queue/figures';
import { figuresTable, header, writeFigures } from './queue/figures';
import type { BurstContext } from './queue/runs';
import { burstWithKill, steadyBurst } from './queue/runs';
import type { Service } from './queue/services';
import { startPostgres, startRedis } from './queue/services';
import { EVENT, importWorkflow, queueWorkflow } from './queue/workflow';
import { check, say, step, summary } from './report';

const WORK = join(repoRoot, '.e2e', 'queue');
const LABEL = 'e2e queue';

interface Options {
	events: number;
	killEvents: number;
	concurrency: number;
	write: boolean;
}

const NUMERIC: Record<string, 'events' | 'killEvents' | 'concurrency'> = { '--events': 'events', '--kill-events': 'killEvents', '--concurrency': 'concurrency' };

function parseOptions(args: string[]): Options {
	const options: Options = { events: 2000, killEvents: 1000, concurrency: 32, write: false };
	for (let index = 0; index < args.length; index++) {
		const arg = args[index];
		if (arg === '--write') options.write = true;
		else if (NUMERIC[arg] && /^[1-9]\d*$/.test(args[index + 1] ?? '')) options[NUMERIC[arg]] = Number(args[++index]);
		else {
			say(`Unknown option ${arg}; options: --events <n>, --kill-events <n>, --concurrency <n>, --write`);
			process.exit(2);
		}
	}
	return options;
}

/** Stops for everything started, run last-started first; each runs once. */
const stops: Array<() => Promise<void>> = [];

async function stopAll(): Promise<void> {
	for (let stop = stops.pop(); stop; stop = stops.pop()) await stop().catch((error: Error) => say(`  (stopping: ${error.message})`));
}

async function main(): Promise<void> {
	const options = parseOptions(process.argv.slice(2));
	const started = Date.now();
	// Ctrl-C stops the servers in order (n8n before its database); a second one leaves at once.
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.once(signal, () => {
			process.once(signal, () => process.exit(130));
			say(`\n${signal}: stopping n8n, PostgreSQL and Redis`);
			void stopAll().finally(() => process.exit(130));
		});
	}
	say(`n8n-nodes-callhub ${LABEL}: n8n ${CURRENT.version} main + 2 workers on Redis and PostgreSQL, the packed package, the CallHub emulator`);

	const tarball = await step('Build and pack the package (npm run build, npm pack)', () => buildAndPack(join(WORK, 'pack')));
	const install = tarball && (await step(`Install n8n ${CURRENT.version} (cached after the first run)`, () => ensureN8n(CURRENT, (line) => say(`    ${line}`))));
	const runs: RunFigures[] = [];
	let passed = false;
	try {
		if (install && tarball) passed = await scenario(install, tarball, options, runs);
	} finally {
		await stopAll();
	}
	if (runs.length) {
		const text = `${header(`npm run test:e2e:queue`, Date.now() - started)}\n\n${figuresTable(runs)}`;
		say(`\n${text}`);
		if (options.write && passed) {
			writeFigures(text);
			say('\nWrote the figures into BENCHMARKS.md');
		}
	}
	process.exit(summary(LABEL));
}

async function scenario(
	install: Awaited<ReturnType<typeof ensureN8n>>,
	tarball: string,
	options: Options,
	runs: RunFigures[],
): Promise<boolean> {
	const redis = await step(`Start Redis on 127.0.0.1:${QUEUE_PORTS.redis} (no persistence)`, () => startRedis(QUEUE_PORTS.redis, join(WORK, 'redis.log')));
	if (!redis) return false;
	stops.push(() => redis.stop());
	const postgres = await step(`Start PostgreSQL on 127.0.0.1:${QUEUE_PORTS.postgres} (n8n's database, shared by main and workers)`, () =>
		startPostgres(QUEUE_PORTS.postgres, join(WORK, 'postgres.log')),
	);
	if (!postgres) return false;
	stops.push(() => postgres.stop());
	say(`  ${[redis, postgres].map((service: Service) => service.name).join(', ')}`);

	const emulator = await startEmulator({ apiKey: 'callhub-e2e-queue-key', rates: { general: 'off', search: 'off', bulk: 'off' } });
	stops.push(() => emulator.close());

	const prepared = await step('Install the packed package for main, worker-1 and worker-2; import the credential and the workflow', async () => {
		const instances = await Promise.all(['main', 'worker-1', 'worker-2'].map((name) => prepareInstance(install, join(WORK, name), tarball)));
		const workflowId = await importWorkflow(instances[0], emulator);
		return { instances, workflowId };
	});
	if (!prepared) return false;
	const [mainInstance, ...workerInstances] = prepared.instances;

	const server = await step(`Start n8n main on http://127.0.0.1:${QUEUE_PORTS.http} (EXECUTIONS_MODE=queue)`, () => startN8n(mainInstance, join(WORK, 'main.log')));
	if (!server) return false;
	stops.push(() => server.stop());
	const workers = await step(`Start worker-1 and worker-2 (n8n worker --concurrency=${WORKER_CONCURRENCY})`, () =>
		Promise.all(workerInstances.map((instance, index) => startWorker(instance, `worker-${index + 1}`, QUEUE_PORTS.workers[index], join(WORK, `worker-${index + 1}.log`)))),
	);
	if (!workers) return false;
	for (const worker of workers) stops.push(() => worker.stop());

	const key = await step('Set up the owner login and a public API key', async () => apiKey(await ownerSession(server.url)));
	if (!key) return false;
	const api = <T>(method: string, path: string) => publicApi<T>(server.url, key, method, path);

	const active = await check(`activating the workflow on main registers one ${EVENT} webhook in CallHub, at main's production URL with the token`, () =>
		activate(api, prepared.workflowId, emulator, server.url),
	);
	if (!active) return false;

	const context: BurstContext = {
		emulator,
		api,
		workflowId: prepared.workflowId,
		workers,
		events: options.events,
		concurrency: options.concurrency,
		drainTimeoutMs: 300000,
		processes: [
			{ name: 'n8n main', pids: [server.child.pid] },
			{ name: 'workers', pids: workers.map((worker) => worker.child.pid) },
			{ name: 'PostgreSQL', pids: [postgres.pid] },
			{ name: 'Redis', pids: [redis.pid] },
		],
	};
	const record = (figures: RunFigures) => runs.push(figures);
	const steady = await check(
		`a burst of ${options.events} text replies: as many successful executions, all run by the workers, 0 lost, 0 duplicated, one CallHub contact each`,
		() => steadyBurst(context, '1555', record),
	);
	const killed = await check(
		`a burst of ${options.killEvents} with worker-1 killed (SIGKILL) half-way: 0 lost, 0 duplicated; the executions it held end failed, are not re-run, and reached CallHub at most once`,
		() => burstWithKill({ ...context, events: options.killEvents }, '1556', workers[0], record),
	);
	return steady && killed;
}

/** Activates the workflow and waits until CallHub has its hook and n8n serves the hook's URL. */
async function activate(api: <T>(method: string, path: string) => Promise<T>, workflowId: string, emulator: Emulator, url: string): Promise<void> {
	await api('POST', `/workflows/${workflowId}/activate`);
	const hooks = await eventually(() => [...webhooks(emulator.state).values()], (found) => found.length > 0);
	const webhookId = queueWorkflow().nodes[0].webhookId;
	const query = `\\?token=[0-9a-f]{64}&event=${EVENT.replace('.', '\\.')}$`;
	expect(hooks.map((hook) => ({ event: hook.event, target: hook.target }))).toEqual([
		{ event: EVENT, target: expect.stringMatching(new RegExp(`^${url}/webhook/${webhookId}/webhook${query}`)) },
	]);
	// Live once the trigger refuses a call without the token (n8n answers 404 until the hook is registered).
	const withoutToken = hooks[0].target.replace(/token=[^&]+&/, '');
	const status = await eventually(
		async () => (await fetch(withoutToken, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"data":{}}' })).status,
		(answer) => answer === 401,
		20000,
	);
	expect({ callWithoutToken: status }).toEqual({ callWithoutToken: 401 });
}

async function eventually<T>(read: () => T | Promise<T>, done: (value: T) => boolean, timeoutMs = 10000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	let value = await read();
	while (!done(value) && Date.now() < deadline) {
		await sleep(250);
		value = await read();
	}
	return value;
}

void main();
