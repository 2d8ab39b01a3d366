import { useEmulator } from '../harness/emulator';
import type { Reception } from '../harness/trigger';
import { TriggerWorkflow } from '../harness/trigger';
import type { TriggerCase, TriggerSource } from './triggerCases';

/** The Secret Token of the Workflow Webhook source in these cases. */
const WORKFLOW_SECRET = 'Rq7-vB2xL9mK4nW1cT8sD3fH6jY0pZ5';
const EVENTS = ['sb.reply', 'cc.notes'];
const FILE_SIZED = 100_000;

/**
 * Each case is a call to an active trigger through n8n-core's WebhookContext (test/harness/trigger.ts):
 * for API events, a trigger activated against the emulator (its token is the one it registered);
 * for a CallHub Workflow webhook, one with a Secret Token.
 */
export function runTriggerCatalog(cases: TriggerCase[]): void {
	const bed = useEmulator();

	async function activeTrigger(source: TriggerSource): Promise<{ trigger: TriggerWorkflow; token: string; query: Record<string, string> }> {
		if (source === 'workflowWebhook') {
			const trigger = new TriggerWorkflow({}, { source, secretToken: WORKFLOW_SECRET, simplify: false });
			return { trigger, token: WORKFLOW_SECRET, query: {} };
		}
		const trigger = new TriggerWorkflow(bed.credentials, { events: EVENTS, simplify: false });
		await trigger.activate();
		return { trigger, token: String(trigger.nodeData().token), query: { event: 'sb.reply' } };
	}

	function expectNoLeak(reception: Reception, trigger: TriggerWorkflow, secrets: string[]): void {
		const seen =
			JSON.stringify(reception.response) +
			JSON.stringify(reception.run ?? null, (_key, value: unknown) => (typeof value === 'string' && value.length > FILE_SIZED ? '<long>' : value)) +
			JSON.stringify(trigger.logLines());
		for (const secret of secrets) expect(seen).not.toContain(secret);
	}

	describe.each(cases.map((testCase) => [testCase.name, testCase] as const))('trigger: %s', (_name, testCase) => {
		it.each(testCase.sources ?? (['events', 'workflowWebhook'] as TriggerSource[]))('%s', async (source) => {
			bed.emulator.reset();
			const { trigger, token, query } = await activeTrigger(source);
			trigger.clearLogs();

			const reception = await trigger.receive(testCase.call(token, query));

			expect(reception.answeredBy).toBe(testCase.answeredBy ?? 'trigger');
			expect(reception.status).toBe(testCase.status);
			if (testCase.response instanceof RegExp) expect((reception.response as { message?: unknown }).message).toMatch(testCase.response);
			else expect(reception.response).toEqual(testCase.response);
			expect(reception.executed).toBe(testCase.executes);
			if (testCase.executes) {
				expect(reception.items).toHaveLength(1);
				expect(typeof reception.json[0].event).toBe('string');
			} else {
				expect(reception.items).toEqual([]);
			}
			expectNoLeak(reception, trigger, [token, bed.emulator.apiKey]);
			testCase.check?.(reception);
		});
	});
}
