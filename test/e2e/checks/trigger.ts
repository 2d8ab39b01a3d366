import { expect } from 'expect';

import type { Webhook } from '../../emulator/resources/webhooks';
import { webhooks } from '../../emulator/resources/webhooks';
import type { Emulator } from '../../emulator/server';
import type { N8nServer, RunResult } from '../../n8n/n8n';
import { nodeOutput, sleep } from '../../n8n/n8n';
import { publicApi } from '../../n8n/rest';
import type { ExampleWorkflow } from '../../n8n/setup';
import type { TriggerEvent, TriggerScenario } from '../scenario';
import { requestLine } from '../scenario';
import { callsWithoutSignIn, expectCredentialHeaders } from './credentials';

interface Execution {
	id: string;
	status?: string;
	data?: RunResult['data'];
}

type Api = <T>(method: string, path: string, body?: unknown) => Promise<T>;

/**
 * Activates a trigger workflow on a running n8n and follows CallHub's side: the hooks registered, each
 * event delivered and what the workflow then did in CallHub, a call without the token refused, and no
 * hook left after deactivation.
 */
export async function runTriggerScenario(
	server: N8nServer,
	key: string,
	emulator: Emulator,
	workflow: ExampleWorkflow,
	scenario: TriggerScenario,
): Promise<void> {
	const api: Api = (method, path, body) => publicApi(server.url, key, method, path, body);
	const executions = async () =>
		(await api<{ data: Execution[] }>('GET', `/executions?workflowId=${workflow.id}&limit=250`)).data;
	const apiEvents = (scenario.source ?? 'events') === 'events';

	emulator.reset();
	let left: Webhook[] = [];
	await api('POST', `/workflows/${workflow.id}/activate`);
	try {
		let targets: string[];
		if (apiEvents) {
			// n8n answers the activation at once and registers the hooks after; it saves the trigger's token
			// once they all are, and calls that arrive before are refused (401). Wait for that.
			await activated(api, workflow.id, scenario.triggerNode, scenario.events.length);
			const hooks = [...webhooks(emulator.state).values()];
			const registered = hooks.map((hook) => hook.event).sort();
			const wanted = scenario.events.map((event) => event.event).sort();
			if (registered.join() !== wanted.join()) {
				throw new Error(
					`Activating the workflow left CallHub webhooks for [${registered.join(', ')}] instead of one for each of [${wanted.join(', ')}]. ` +
						`CallHub was asked: ${emulator.log.map((entry) => `${requestLine(entry)} → ${entry.status}`).join(', ') || 'nothing'}`,
				);
			}
			for (const hook of hooks) {
				expect({ event: hook.event, target: hook.target }).toMatchObject({ event: hook.event, target: expect.stringMatching(new RegExp(`^${escape(server.url)}/webhook/`)) });
				expect({ event: hook.event, target: hook.target, hasToken: scenario.hasToken(hook.target) }).toMatchObject({ hasToken: true });
			}
			targets = hooks.map((hook) => hook.target);
		} else {
			// A CallHub Workflow webhook is pasted into CallHub by hand: activation registers nothing.
			await sleep(1000);
			expect({ hooksRegistered: webhooks(emulator.state).size, requestsToCallHub: callsWithoutSignIn(emulator).map(requestLine) }).toEqual({ hooksRegistered: 0, requestsToCallHub: [] });
			targets = scenario.events.map((event) => `${server.url}${event.fire.path}`);
			for (const target of targets) expect({ target, hasToken: scenario.hasToken(target) }).toEqual({ target, hasToken: true });
		}

		for (const event of scenario.events) {
			const before = (await executions()).length;
			const logged = emulator.log.length;
			await fire(server, emulator, event);
			const after = await waitForCount(executions, before + 1);
			const newest = after.map((execution) => Number(execution.id)).sort((a, b) => b - a)[0];
			const execution = await finished(api, newest);
			await sleep(1000);
			expect({ event: event.event, executions: (await executions()).length }).toEqual({ event: event.event, executions: before + 1 });
			const error = (execution.data?.resultData as { error?: { message?: string } } | undefined)?.error?.message;
			expect({ event: event.event, status: execution.status, error, items: nodeOutput({ data: execution.data }, scenario.triggerNode) }).toMatchObject({
				event: event.event,
				status: 'success',
				error: undefined,
				items: event.output,
			});
			if (event.requests) {
				const calls = callsWithoutSignIn(emulator).filter((entry) => emulator.log.indexOf(entry) >= logged);
				expect({ event: event.event, requests: calls.map(requestLine) }).toEqual({ event: event.event, requests: event.requests });
			}
			event.state?.(emulator);
		}

		const before = (await executions()).length;
		const withoutToken = scenario.withoutToken(targets[0]);
		const body = bodyOf(scenario.events[0], emulator);
		const response = await fetch(withoutToken, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
		await sleep(3000);
		const call = `POST ${withoutToken} answered ${response.status}`;
		expect({ call, newExecutions: (await executions()).length - before }).toEqual({ call: `POST ${withoutToken} answered 401`, newExecutions: 0 });
	} finally {
		await api('POST', `/workflows/${workflow.id}/deactivate`);
		// n8n removes the hooks after it answered; wait, so they are not removed during the next scenario.
		left = await eventually(() => [...webhooks(emulator.state).values()], (found) => found.length === 0, 30000);
	}
	expect({ hooksLeftAfterDeactivation: left.map((hook) => `${hook.event} -> ${hook.target}`) }).toEqual({ hooksLeftAfterDeactivation: [] });
	expectCredentialHeaders(emulator, callsWithoutSignIn(emulator));
}

function bodyOf(event: TriggerEvent, emulator: Emulator): unknown {
	return typeof event.fire.body === 'function' ? (event.fire.body as (emulator: Emulator) => unknown)(emulator) : event.fire.body;
}

/**
 * Sends the event, through CallHub (the emulator delivers it to each hook) or straight to n8n. n8n can
 * answer 404 for a moment after activating a workflow; nothing runs then, so the call is repeated.
 */
async function fire(server: N8nServer, emulator: Emulator, event: TriggerEvent): Promise<void> {
	const toN8n = event.fire.to === 'n8n';
	const url = `${toN8n ? server.url : emulator.url}${event.fire.path}`;
	const body = JSON.stringify(bodyOf(event, emulator));
	const deadline = Date.now() + 15000;
	for (;;) {
		const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
		const text = await response.text();
		const statuses = toN8n ? [response.status] : ((JSON.parse(text) as { deliveries?: Array<{ status: number }> }).deliveries ?? []).map((delivery) => delivery.status);
		if (!response.ok) throw new Error(`Firing ${event.event} via POST ${url} answered ${response.status}: ${text}`);
		if (statuses.length === 0) throw new Error(`Firing ${event.event}: CallHub has no webhook for it (${text})`);
		if (statuses.every((status) => status === 404) && Date.now() < deadline) {
			await sleep(500);
			continue;
		}
		expect({ event: event.event, n8nAnswered: statuses }).toEqual({ event: event.event, n8nAnswered: statuses.map(() => 200) });
		return;
	}
}

/** Waits until n8n has saved what the trigger keeps once its hooks are registered: their ids and the token. */
async function activated(api: Api, workflowId: string, node: string, hooks: number, timeoutMs = 30000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const { staticData } = await api<{ staticData?: Record<string, { webhookIds?: string[]; token?: string } | undefined> | null }>('GET', `/workflows/${workflowId}`);
		const saved = staticData?.[`node:${node}`];
		if ((saved?.token && saved.webhookIds?.length === hooks) || Date.now() > deadline) return;
		await sleep(300);
	}
}

/** The execution once it is over (the trigger answers CallHub before the workflow runs). */
async function finished(api: Api, id: number, timeoutMs = 30000): Promise<Execution> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const execution = await api<Execution>('GET', `/executions/${id}?includeData=true`);
		if (!['new', 'running', 'waiting'].includes(execution.status ?? '') || Date.now() > deadline) return execution;
		await sleep(300);
	}
}

async function waitForCount(list: () => Promise<Execution[]>, count: number, timeoutMs = 20000): Promise<Execution[]> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const executions = await list();
		if (executions.length >= count || Date.now() > deadline) {
			expect({ executions: executions.length }).toEqual({ executions: count });
			return executions;
		}
		await sleep(300);
	}
}

async function eventually<T>(read: () => T, done: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	let value = read();
	while (!done(value) && Date.now() < deadline) {
		await sleep(200);
		value = read();
	}
	return value;
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
