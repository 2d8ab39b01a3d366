/*
 * What an e2e scenario declares. One file in test/e2e/scenarios/ per example workflow in examples/:
 * the runner executes the workflow in real n8n and compares what happened with the declaration.
 */
import { expect } from 'expect';

import type { Emulator, LogEntry } from '../emulator/server';

/** A workflow started by hand (`n8n execute --id`): what its nodes output and what reached CallHub. */
export interface ExecuteScenario {
	kind: 'execute';
	/** The workflow, a file in examples/. */
	workflow: string;
	/**
	 * Also run on the older n8n releases (2.8 and 1.x). Set on the contacts example (flows, tag lookups,
	 * Simplify and upsert in one), every example of the CallHub Agent node (its credential signs the
	 * agent in) and the trigger examples (webhook registration and delivery): each node, each credential
	 * and n8n's webhook lifecycle; the other examples only add resources.
	 */
	olderReleases?: boolean;
	/**
	 * Items each node of the package must output (every one of them, by node name), matched like jest's
	 * `toMatchObject`: an array of partial items, or an asymmetric matcher such as `expect.arrayContaining`.
	 */
	outputs: Record<string, unknown>;
	/**
	 * Every request n8n made to CallHub, in order, as `requestLine` writes them. The CallHub Agent API
	 * credential's sign-in (`POST /v2/agent-key/`, and the request refused before it) is checked on its
	 * own and not listed: whether n8n still holds a token depends on the scenarios run before.
	 */
	requests: string[];
	/** The emulator's state afterwards, e.g. that a deleted record is gone. */
	state?: (emulator: Emulator) => void;
}

/** One event a trigger scenario sends, and what must come of it. */
export interface TriggerEvent {
	/** CallHub's event name, e.g. `sb.reply` (for a CallHub Workflow webhook, the body's `event`). */
	event: string;
	/**
	 * How it arrives: `POST <path>` on the emulator, a control path that makes CallHub deliver it to the
	 * hooks registered for it (default), or on n8n itself, as a CallHub Workflow's webhook step calls
	 * the URL pasted into it. The body may depend on the account (e.g. an agent's id).
	 */
	fire: { path: string; body: unknown | ((emulator: Emulator) => unknown); to?: 'emulator' | 'n8n' };
	/** Items the trigger node must output for it. */
	output: unknown[];
	/** Every request the execution made to CallHub, as `requestLine` writes them. */
	requests?: string[];
	/** The account afterwards: what the workflow did about the event. */
	state?: (emulator: Emulator) => void;
}

/**
 * A workflow started by CallHub (the trigger node). With API events (the default source), activating it
 * must register one CallHub webhook per event, pointing at n8n's production webhook URL with the
 * workflow's token, and deactivating must remove them; a CallHub Workflow webhook registers nothing.
 * Either way each event must start exactly one execution, and a call without the token none.
 * The workflow's trigger node needs a fixed `webhookId`, like any webhook node in an imported workflow.
 */
export interface TriggerScenario {
	kind: 'trigger';
	workflow: string;
	/** The node that receives the events. */
	triggerNode: string;
	/** Also run on the older n8n releases (see `ExecuteScenario.olderReleases`). */
	olderReleases?: boolean;
	/** `events` (default): CallHub's webhook API; `workflowWebhook`: a CallHub Workflow calls n8n's URL. */
	source?: 'events' | 'workflowWebhook';
	events: TriggerEvent[];
	/** Whether a URL CallHub calls (a hook's target, or an event's `fire` path on n8n) carries the token. */
	hasToken: (target: string) => boolean;
	/** The same URL without its token: calling it must start no execution. */
	withoutToken: (target: string) => string;
}

export type Scenario = ExecuteScenario | TriggerScenario;

/** A CallHub id as the nodes output it: a string of digits (never a number). */
export const anId = expect.stringMatching(/^[0-9]{1,20}$/);

/**
 * `METHOD /path/?query` with the ids in the path written `{id}` (conference and dialer uuids `{uuid}`),
 * so a scenario can list the requests it expects without knowing the ids the emulator hands out.
 */
export function requestLine(entry: Pick<LogEntry, 'method' | 'path' | 'query'>): string {
	const path = entry.path
		.replace(/(?<=\/)[0-9]+(?=\/)/g, '{id}')
		.replace(/(?<=\/)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?=\/)/g, '{uuid}')
		// An export job's poll URL and its file's link (reports).
		.replace(/(?<=\/export_)[0-9]+(?=\/)/g, '{id}')
		.replace(/(?<=\/v1\/exports\/api\/)[^/]+(?=\/)/g, '{file}');
	// Dates (a report's range) depend on the day the test runs.
	const query = new URLSearchParams(
		Object.entries(entry.query).map(([key, value]): [string, string] => [key, /^\d{4}-\d{2}-\d{2}$/.test(value) ? '{date}' : value]),
	)
		.toString()
		.replace(/%7Bdate%7D/g, '{date}');
	return `${entry.method} ${path}${query ? `?${query}` : ''}`;
}
