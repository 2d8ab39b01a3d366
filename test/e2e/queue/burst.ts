/*
 * A burst of CallHub events through the trigger, and the count afterwards: on n8n's side (its
 * execution list) and on CallHub's (the contacts the workflow created, one per event's number).
 */
import { phoneDigits } from '../../emulator/resources/contacts';
import type { Emulator } from '../../emulator/server';
import type { RunResult } from '../../n8n/n8n';
import { nodeOutput } from '../../n8n/n8n';
import { EVENT, TRIGGER_NODE } from './workflow';

export interface Delivered {
	/** The event's unique from_number. */
	marker: string;
	/** What n8n answered CallHub's delivery; 0 when it could not be reached or timed out. */
	status: number;
	error?: string;
}

export interface Burst {
	events: Delivered[];
	startedAt: number;
	endedAt: number;
}

/** 11-digit numbers, `prefix` then the event's index: unique per event and per run. */
export function markerOf(prefix: string, index: number): string {
	return `${prefix}${String(index).padStart(11 - prefix.length, '0')}`;
}

/**
 * `count` text replies, each from its own number, delivered by the emulator the way CallHub delivers
 * them (POST to the registered URL, token included), `concurrency` at a time. Bounded in count and in
 * time (each delivery gives up after `timeoutMs`), so it always ends.
 */
export async function fireBurst(
	emulator: Emulator,
	options: { count: number; concurrency: number; prefix: string; timeoutMs: number },
	onDelivered?: (delivered: number) => void,
): Promise<Burst> {
	const events: Delivered[] = [];
	let next = 0;
	const startedAt = Date.now();
	const lane = async () => {
		for (let index = next++; index < options.count; index = next++) {
			const marker = markerOf(options.prefix, index);
			const data = { content: `Yes, count me in (${index + 1})`, from_name: `Burst ${index + 1}`, from_number: marker, campaign: 'Queue mode burst' };
			const deliveries = await emulator.fire(EVENT, data, { timeoutMs: options.timeoutMs });
			if (deliveries.length !== 1) throw new Error(`CallHub has ${deliveries.length} webhooks for ${EVENT} instead of the trigger's one`);
			events.push({ marker, status: deliveries[0].status, error: deliveries[0].error });
			onDelivered?.(events.length);
		}
	};
	await Promise.all(Array.from({ length: options.concurrency }, lane));
	return { events, startedAt, endedAt: Date.now() };
}

export interface Execution {
	id: string;
	workflowId?: string;
	status: string;
	startedAt?: string | null;
	stoppedAt?: string | null;
	data?: RunResult['data'];
}

export interface ExecutionSummary {
	id: string;
	status: string;
	stoppedAt?: number;
	/** The from_number the trigger output, when the execution's data still has it. */
	marker?: string;
	error?: string;
}

type Api = <T>(method: string, path: string) => Promise<T>;

export interface ExecutionList {
	executions: ExecutionSummary[];
	/**
	 * Executions n8n's list left out although they exist: main leaves out every execution it still
	 * follows in memory (queued or running), and under load it keeps following a few that a worker
	 * finished long ago (see BENCHMARKS.md). Each is then read on its own.
	 */
	unlisted: number;
}

/**
 * Every execution of the workflow newer than `afterId`, from n8n's public API: its list, then one by
 * one the ids it left out, up to `expected` executions (ids are consecutive; `knownIds`, e.g. from the
 * workers' logs, and a margin of misses cover the rest).
 */
export async function listExecutions(api: Api, workflowId: string, afterId: number, includeData: boolean, expected: number, knownIds: string[] = []): Promise<ExecutionList> {
	const found = new Map<string, ExecutionSummary>();
	let cursor: string | undefined;
	do {
		const query = new URLSearchParams({ workflowId, limit: '250', includeData: String(includeData) });
		if (cursor) query.set('cursor', cursor);
		const page = await api<{ data: Execution[]; nextCursor?: string | null }>('GET', `/executions?${query}`);
		// Newest first: the page that reaches an older run is the last one needed.
		let reachedOlder = false;
		for (const execution of page.data) {
			if (Number(execution.id) <= afterId) reachedOlder = true;
			else found.set(String(execution.id), summarise(execution));
		}
		cursor = reachedOlder ? undefined : (page.nextCursor ?? undefined);
	} while (cursor);
	const listed = found.size;
	const highest = Math.max(afterId, ...[...found.keys(), ...knownIds].map(Number));
	let misses = 0;
	for (let id = afterId + 1; (found.size < expected || id <= highest) && misses < 20; id++) {
		if (found.has(String(id))) continue;
		const execution = await api<Execution | undefined>('GET', `/executions/${id}?includeData=${includeData}`).catch(() => undefined);
		if (execution && String(execution.workflowId) === workflowId) {
			found.set(String(id), summarise(execution));
			misses = 0;
		} else if (id > highest) {
			misses += 1;
		}
	}
	return { executions: [...found.values()], unlisted: found.size - listed };
}

function summarise(execution: Execution): ExecutionSummary {
	const marker = nodeOutput({ data: execution.data }, TRIGGER_NODE)[0]?.from_number;
	return {
		id: String(execution.id),
		status: execution.status,
		stoppedAt: execution.stoppedAt ? Date.parse(execution.stoppedAt) : undefined,
		marker: typeof marker === 'string' ? marker : undefined,
		error: execution.data?.resultData?.error?.message,
	};
}

export const FINISHED = ['success', 'error', 'crashed', 'canceled'];

export function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
	return counts;
}

/** How many times CallHub was asked to create a contact for each number starting with `prefix`. */
export function contactRequests(emulator: Emulator, prefix: string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const entry of emulator.requests('POST', '/v1/contacts/')) {
		const number = phoneDigits((entry.body as { contact?: unknown } | undefined)?.contact);
		if (number?.startsWith(prefix)) counts.set(number, (counts.get(number) ?? 0) + 1);
	}
	return counts;
}
