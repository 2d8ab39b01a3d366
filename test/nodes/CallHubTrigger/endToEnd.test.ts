import { CC_NOTES_WITH_AGENT_DATA, SB_REPLY_BODY } from '../../emulator/fixtures/webhookPayloads';
import { createWebhook } from '../../emulator/resources/webhooks';
import type { Delivery } from '../../emulator/webhookDelivery';
import { useEmulator } from '../../harness/emulator';
import type { TriggerServer } from '../../harness/trigger';
import { serveTrigger, TriggerWorkflow } from '../../harness/trigger';

/**
 * Over real HTTP: the trigger registers its webhooks on the emulated CallHub, which POSTs events
 * (its fire endpoint) to a local stand-in for n8n that hands each call to the node's webhook().
 */
describe('CallHub Trigger end to end: CallHub → HTTP → webhook() → execution', () => {
	const bed = useEmulator();
	let server: TriggerServer;
	let trigger: TriggerWorkflow;

	beforeEach(async () => {
		bed.emulator.reset();
		trigger = new TriggerWorkflow(bed.credentials, { events: ['sb.reply', 'cc.notes'], simplify: true });
		server = await serveTrigger(trigger);
		trigger.baseUrl = server.url;
	});
	afterEach(async () => await server.close());

	async function fire(body: unknown): Promise<{ status: number; body: { event?: string; deliveries?: Delivery[] } }> {
		const response = await fetch(`${bed.emulator.url}/__emulator/webhooks/fire`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify(body),
		});
		return { status: response.status, body: (await response.json()) as { deliveries?: Delivery[] } };
	}

	it('delivers a text reply to the active workflow, which runs with one item', async () => {
		await trigger.activate();

		const fired = await fire({ event: 'sb.reply' });

		expect(fired.status).toBe(200);
		expect(fired.body.deliveries).toEqual([
			expect.objectContaining({ status: 200, body: JSON.stringify({ message: 'Workflow was started' }) }),
		]);
		expect(server.receptions.map((reception) => reception.json)).toEqual([[{ event: 'sb.reply', ...SB_REPLY_BODY.data }]]);
	});

	it('delivers unenveloped call notes with a 19-digit agent id, which arrives exact', async () => {
		await trigger.activate();

		const fired = await fire({ event: 'cc.notes', envelope: false, data: CC_NOTES_WITH_AGENT_DATA });

		expect(fired.body.deliveries?.map((delivery) => delivery.status)).toEqual([200]);
		const [item] = server.receptions[0].json;
		expect(item).toMatchObject({ event: 'cc.notes', agent: { id: '3966566468442677693' }, surveys: { 'Your age?': 32 } });
	});

	it('reaches nobody for an event the trigger did not register', async () => {
		await trigger.activate();
		expect((await fire({ event: 'vb.transfer' })).body.deliveries).toEqual([]);
		expect(server.receptions).toEqual([]);
	});

	it('gets 401 for a webhook someone registered on the trigger URL with a guessed token, and nothing runs', async () => {
		await trigger.activate();
		createWebhook(bed.emulator.state, 'sb.reply', `${trigger.webhookUrl()}?token=guessed&event=sb.reply`);

		const { deliveries } = (await fire({ event: 'sb.reply' })).body;

		expect(deliveries?.map((delivery) => [delivery.target.includes('token=guessed'), delivery.status])).toEqual([
			[false, 200],
			[true, 401],
		]);
		expect(server.receptions.filter((reception) => reception.executed)).toHaveLength(1);
	});

	it('stops deliveries once deactivated', async () => {
		await trigger.activate();
		await trigger.deactivate();
		expect((await fire({ event: 'sb.reply' })).body.deliveries).toEqual([]);
	});

	it('"Listen for test event" receives on the test URL, and stopping removes the test webhook', async () => {
		await trigger.listen();

		const { deliveries } = (await fire({ event: 'cc.notes', data: { notes: 'Call back on Friday', 'agent.id': '3966566468442677693' } })).body;

		expect(deliveries).toEqual([expect.objectContaining({ target: expect.stringContaining('/webhook-test/'), status: 200 })]);
		expect(server.receptions[0].json).toEqual([{ event: 'cc.notes', notes: 'Call back on Friday', agent: { id: '3966566468442677693' } }]);
		await trigger.stopListening();
		expect((await fire({ event: 'cc.notes' })).body.deliveries).toEqual([]);
	});
});
