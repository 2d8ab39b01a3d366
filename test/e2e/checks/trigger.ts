import { expect } from 'expect';

import { webhooks } from '../../emulator/resources/webhooks';
import type { Emulator } from '../../emulator/server';
import type { N8nServer, RunResult } from '../../n8n/n8n';
import { nodeOutput, sleep } from '../../n8n/n8n';
import { publicApi } from '../../n8n/rest';
import type { ExampleWorkflow } from '../../n8n/setup';
import type { TriggerScenario } from '../scenario';

interface Execution {
	id: string;
	status?: string;
	data?: RunResult['data'];
}

/**
 * Activates a trigger workflow on a running n8n and follows CallHub's side: the hooks registered, each
 * event delivered, a call without the token refused, and no hook left after deactivation.
 */
export async function runTriggerScenario(
	server: N8nServer,
	key: string,
	emulator: Emulator,
	workflow: ExampleWorkflow,
	scenario: TriggerScenario,
): Promise<void> {
	const api = <T>(method: string, path: string, body?: unknown) => publicApi<T>(server.url, key, method, path, body);
	const executions = async () =>
		(await api<{ data: Execution[] }>('GET', `/executions?workflowId=${workflow.id}&limit=250`)).data;

	emulator.reset();
	await api('POST', `/workflows/${workflow.id}/activate`);
	try {
		// n8n registers the hooks while it activates; allow it a moment in case that finishes after the answer.
		const hooks = await eventually(() => [...webhooks(emulator.state).values()], (found) => found.length >= scenario.events.length);
		expect(hooks.map((hook) => hook.event).sort()).toEqual(scenario.events.map((event) => event.event).sort());
		for (const hook of hooks) {
			expect({ event: hook.event, target: hook.target }).toMatchObject({ event: hook.event, target: expect.stringMatching(new RegExp(`^${escape(server.url)}/webhook/`)) });
			expect({ event: hook.event, target: hook.target, hasToken: scenario.hasToken(hook.target) }).toMatchObject({ hasToken: true });
		}

		for (const { event, fire, output } of scenario.events) {
			const before = (await executions()).length;
			const fired = await fetch(`${emulator.url}${fire.path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(fire.body) });
			if (!fired.ok) throw new Error(`Firing ${event} via POST ${fire.path} answered ${fired.status}: ${await fired.text()}`);
			const after = await waitForCount(executions, before + 1);
			await sleep(1500);
			expect({ event, executions: (await executions()).length }).toEqual({ event, executions: before + 1 });
			const newest = after.map((execution) => Number(execution.id)).sort((a, b) => b - a)[0];
			const execution = await api<Execution>('GET', `/executions/${newest}?includeData=true`);
			expect({ event, status: execution.status, items: nodeOutput({ data: execution.data }, scenario.triggerNode) }).toMatchObject({ event, status: 'success', items: output });
		}

		const before = (await executions()).length;
		const withoutToken = scenario.withoutToken(hooks[0].target);
		const response = await fetch(withoutToken, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(scenario.events[0].fire.body) });
		await sleep(3000);
		const call = `POST ${withoutToken} answered ${response.status}`;
		expect({ call, newExecutions: (await executions()).length - before }).toEqual({ call, newExecutions: 0 });
	} finally {
		await api('POST', `/workflows/${workflow.id}/deactivate`);
	}
	const left = await eventually(() => [...webhooks(emulator.state).values()], (found) => found.length === 0);
	expect({ hooksLeftAfterDeactivation: left.map((hook) => `${hook.event} -> ${hook.target}`) }).toEqual({ hooksLeftAfterDeactivation: [] });
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
