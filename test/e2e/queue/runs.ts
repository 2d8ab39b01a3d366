/*
 * The two bursts of the queue-mode scenario, and what each must show. A burst counts as accounted for
 * when every event n8n accepted has exactly one execution, CallHub received the contact of every
 * successful one exactly once, and nothing ran twice.
 */
import { expect } from 'expect';

import type { Emulator } from '../../emulator/server';
import { sleep } from '../../n8n/n8n';
import { say } from '../report';
import type { ExecutionList, ExecutionSummary } from './burst';
import { contactRequests, countBy, fireBurst, FINISHED, listExecutions } from './burst';
import type { N8nWorker } from './cluster';
import { WORKER_CONCURRENCY, workerLog } from './cluster';
import { cpuSeconds } from './cpu';
import type { RunFigures } from './figures';

type Api = <T>(method: string, path: string) => Promise<T>;

export interface BurstContext {
	emulator: Emulator;
	api: Api;
	workflowId: string;
	workers: N8nWorker[];
	events: number;
	/** Deliveries in flight at once. */
	concurrency: number;
	/** Longest wait for the executions to finish after the burst. */
	drainTimeoutMs: number;
	/** Processes whose CPU time a burst reports, by name (e.g. main, the workers, PostgreSQL). */
	processes: Array<{ name: string; pids: Array<number | undefined> }>;
}

function cpuByProcess(context: BurstContext): number[] {
	return context.processes.map(({ pids }) => cpuSeconds(pids).reduce((sum, value) => sum + value, 0));
}

/** The error n8n records for an execution whose worker died (MaxStalledCountError). */
const STALLED = /failed to be processed too many times/;

export async function newestExecutionId(context: BurstContext): Promise<number> {
	const { executions } = await listExecutions(context.api, context.workflowId, 0, false, 0, workerIds(context.workers));
	return Math.max(0, ...executions.map((execution) => Number(execution.id)));
}

function workerIds(workers: N8nWorker[]): string[] {
	return workers.flatMap((worker) => [...workerLog(worker.log).started]);
}

/**
 * Waits until `expected` executions newer than `afterId` have finished, or the deadline passes.
 * CallHub's side is watched while the workers are busy (it costs n8n nothing); n8n is asked once
 * CallHub has every contact or has received none for a few seconds.
 */
async function waitForExecutions(context: BurstContext, afterId: number, expected: number, prefix: string): Promise<ExecutionList> {
	const deadline = Date.now() + context.drainTimeoutMs;
	let contacts = -1;
	let changed = Date.now();
	let reported = Date.now();
	for (;;) {
		const now = contactRequests(context.emulator, prefix).size;
		if (now !== contacts) [contacts, changed] = [now, Date.now()];
		const settled = contacts >= expected || Date.now() - changed > 5000;
		const list = settled ? await listExecutions(context.api, context.workflowId, afterId, false, expected, workerIds(context.workers)) : undefined;
		const finished = list?.executions.filter((execution) => FINISHED.includes(execution.status)).length ?? 0;
		if ((list && finished >= expected) || Date.now() > deadline) return list ?? { executions: [], unlisted: 0 };
		if (Date.now() - reported > 10000) {
			const statuses = list ? Object.entries(countBy(list.executions, (execution) => execution.status)).map(([status, count]) => `${status} ${count}`) : [];
			say(`    … CallHub contacts: ${contacts}/${expected}${list ? `; executions: ${statuses.join(', ')}` : ''}`);
			reported = Date.now();
		}
		await sleep(settled ? 3000 : 1000);
	}
}

/** Executions each worker finished, among those newer than `afterId`. */
function finishedByWorker(workers: N8nWorker[], afterId: number): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const worker of workers) counts[worker.name] = [...workerLog(worker.log).finished].filter((id) => Number(id) > afterId).length;
	return counts;
}

interface Outcome {
	figures: RunFigures;
	executions: ExecutionSummary[];
	accepted: Set<string>;
	requests: Map<string, number>;
}

async function burst(context: BurstContext, name: string, prefix: string, onDelivered?: (delivered: number) => void): Promise<Outcome> {
	const afterId = await newestExecutionId(context);
	const cpuBefore = cpuByProcess(context);
	let delivered = 0;
	const progress = setInterval(() => say(`    … ${delivered}/${context.events} events delivered; CallHub contacts: ${contactRequests(context.emulator, prefix).size}`), 15000);
	const sent = await fireBurst(context.emulator, { count: context.events, concurrency: context.concurrency, prefix, timeoutMs: 60000 }, () => {
		delivered += 1;
		onDelivered?.(delivered);
	}).finally(() => clearInterval(progress));
	const acceptedMarkers = new Set(sent.events.filter((event) => event.status === 200).map((event) => event.marker));
	say(`    ${sent.events.length} events delivered in ${((sent.endedAt - sent.startedAt) / 1000).toFixed(1)} s, ${acceptedMarkers.size} accepted (HTTP 200)`);
	await waitForExecutions(context, afterId, acceptedMarkers.size, prefix);
	const cpuAfter = cpuByProcess(context);
	const { executions, unlisted } = await listExecutions(context.api, context.workflowId, afterId, true, acceptedMarkers.size, workerIds(context.workers));
	const requests = contactRequests(context.emulator, prefix);

	const successes = executions.filter((execution) => execution.status === 'success');
	const failed = executions.filter((execution) => execution.status === 'error' || execution.status === 'crashed');
	const byMarker = countBy(executions.filter((execution) => execution.marker !== undefined), (execution) => execution.marker as string);
	const succeeded = new Set(successes.map((execution) => execution.marker));
	const unaccounted = [...acceptedMarkers].filter((marker) => !succeeded.has(marker));
	const duplicatedInN8n = Object.values(byMarker).reduce((sum, count) => sum + count - 1, 0);
	const callhubDuplicates = [...requests.values()].reduce((sum, count) => sum + Math.max(0, count - 1), 0);
	const lastSuccess = Math.max(sent.startedAt, ...successes.map((execution) => execution.stoppedAt ?? 0));
	const figures: RunFigures = {
		name,
		events: sent.events.length,
		accepted: acceptedMarkers.size,
		executions: executions.length,
		byStatus: countBy(executions, (execution) => execution.status),
		// An accepted event is lost when it neither succeeded nor left a failed execution behind.
		lost: Math.max(0, unaccounted.length - failed.length),
		duplicated: duplicatedInN8n + callhubDuplicates + Math.max(0, executions.length - acceptedMarkers.size),
		callhubContacts: requests.size,
		callhubDuplicates,
		byWorker: finishedByWorker(context.workers, afterId),
		unlisted,
		sendSeconds: (sent.endedAt - sent.startedAt) / 1000,
		doneSeconds: (lastSuccess - sent.startedAt) / 1000,
		cpuMsPerEvent: Object.fromEntries(context.processes.map(({ name }, index) => [name, ((cpuAfter[index] - cpuBefore[index]) * 1000) / Math.max(1, acceptedMarkers.size)])),
	};
	const statuses = Object.entries(figures.byStatus).map(([status, count]) => `${status} ${count}`);
	say(`    ${figures.executions} executions (${statuses.join(', ')}), lost ${figures.lost}, duplicated ${figures.duplicated}; CallHub contacts ${figures.callhubContacts}; all done in ${figures.doneSeconds.toFixed(1)} s`);
	return { figures, executions, accepted: acceptedMarkers, requests };
}

/** Every event accepted, executed once on a worker, and its contact created once in CallHub. */
export async function steadyBurst(context: BurstContext, prefix: string, record: (figures: RunFigures) => void): Promise<void> {
	const { figures, executions, accepted, requests } = await burst(context, `${context.events} events, ${context.workers.length} workers`, prefix);
	record(figures);
	const ranOnWorker = new Set(context.workers.flatMap((worker) => [...workerLog(worker.log).finished]));
	const notOnWorker = executions.filter((execution) => !ranOnWorker.has(execution.id)).length;
	const markers = executions.map((execution) => execution.marker);
	expect({
		accepted: figures.accepted,
		executions: figures.executions,
		success: figures.byStatus.success ?? 0,
		lost: figures.lost,
		duplicated: figures.duplicated,
		executionsForEventsNotAccepted: markers.filter((marker) => marker === undefined || !accepted.has(marker)).length,
		callhubContacts: figures.callhubContacts,
		callhubRequestsNotOnce: [...accepted].filter((marker) => requests.get(marker) !== 1).length,
		executionsNotRunByAWorker: notOnWorker,
		workersThatRanExecutions: Object.values(figures.byWorker).filter((count) => count > 0).length,
	}).toEqual({
		accepted: context.events,
		executions: context.events,
		success: context.events,
		lost: 0,
		duplicated: 0,
		executionsForEventsNotAccepted: 0,
		callhubContacts: context.events,
		callhubRequestsNotOnce: 0,
		executionsNotRunByAWorker: 0,
		workersThatRanExecutions: context.workers.length,
	});
}

/**
 * One worker killed (SIGKILL) half-way through the burst. n8n accepted every event before the kill
 * (main stored the execution and queued it first), so none may be missing; the executions the dead
 * worker held are not run again (n8n queues with maxStalledCount 0) but recorded as failed once its
 * lock expires; the other worker runs the rest.
 */
export async function burstWithKill(context: BurstContext, prefix: string, victim: N8nWorker, record: (figures: RunFigures) => void): Promise<void> {
	let killedAt = 0;
	let afterDelivered = 0;
	let delivered = 0;
	let held: string[] = [];
	const survivors = context.workers.filter((worker) => worker !== victim);
	// From half-way through the burst, at a moment the worker is running two executions (one will do
	// after three quarters): what it held must show up as failed, not vanish.
	const watch = setInterval(() => {
		const running = victim.running();
		if (killedAt || delivered < context.events / 2 || running.length < (delivered < (context.events * 3) / 4 ? 2 : 1)) return;
		held = running;
		victim.kill();
		killedAt = Date.now();
		afterDelivered = delivered;
		say(`    ${victim.name} killed (SIGKILL) after ${delivered} events had been delivered, while running execution${held.length === 1 ? '' : 's'} ${held.join(', ')}`);
	}, 20);
	const { figures, executions, accepted, requests } = await burst(context, `${context.events} events, ${victim.name} killed mid-burst`, prefix, (count) => (delivered = count)).finally(() =>
		clearInterval(watch),
	);
	const failed = executions.filter((execution) => execution.status !== 'success');
	const succeeded = new Set(executions.filter((execution) => execution.status === 'success').map((execution) => execution.marker));
	const unaccounted = [...accepted].filter((marker) => !succeeded.has(marker));
	const survivorsFinished = new Set(survivors.flatMap((worker) => [...workerLog(worker.log).finished]));
	const finishedByAWorker = new Set(context.workers.flatMap((worker) => [...workerLog(worker.log).finished]));
	// The killed worker's CPU time went with it.
	delete figures.cpuMsPerEvent;
	figures.killed = {
		worker: victim.name,
		afterDelivered,
		held: held.length,
		failed: failed.length,
		reachedCallHub: unaccounted.filter((marker) => requests.has(marker)).length,
		recordedAfter: (Math.max(killedAt, ...failed.map((execution) => execution.stoppedAt ?? 0)) - killedAt) / 1000,
		message: failed.find((execution) => execution.error)?.error ?? failed[0]?.status ?? '',
	};
	record(figures);
	expect({
		killedWhileRunningAnExecution: killedAt > 0,
		accepted: figures.accepted,
		executions: figures.executions,
		lost: figures.lost,
		duplicated: figures.duplicated,
		stillRunningOrQueued: executions.filter((execution) => !FINISHED.includes(execution.status)).length,
		failedBetweenOneAndConcurrency: failed.length >= 1 && failed.length <= WORKER_CONCURRENCY,
		failedNotRecordedAsStalledOrCrashed: failed.filter((execution) => execution.status !== 'crashed' && !STALLED.test(execution.error ?? '')).length,
		failedThatAnotherWorkerFinished: failed.filter((execution) => survivorsFinished.has(execution.id)).length,
		eventsWithoutSuccessBeyondTheFailed: unaccounted.length - failed.length,
		successesNotCreatedOnceInCallHub: [...succeeded].filter((marker) => marker === undefined || requests.get(marker) !== 1).length,
		failedCreatedMoreThanOnceInCallHub: unaccounted.filter((marker) => (requests.get(marker) ?? 0) > 1).length,
		// A success the victim saved just before it died has no "finished" line: it is one it held.
		successesNotRunByAWorker: executions.filter((execution) => execution.status === 'success' && !finishedByAWorker.has(execution.id) && !held.includes(execution.id)).length,
	}).toEqual({
		killedWhileRunningAnExecution: true,
		accepted: context.events,
		executions: context.events,
		lost: 0,
		duplicated: 0,
		stillRunningOrQueued: 0,
		failedBetweenOneAndConcurrency: true,
		failedNotRecordedAsStalledOrCrashed: 0,
		failedThatAnotherWorkerFinished: 0,
		eventsWithoutSuccessBeyondTheFailed: 0,
		successesNotCreatedOnceInCallHub: 0,
		failedCreatedMoreThanOnceInCallHub: 0,
		successesNotRunByAWorker: 0,
	});
}
