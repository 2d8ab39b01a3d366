import { createWebhook, webhooks } from '../../../emulator/resources/webhooks';
import { useEmulator } from '../../../harness/emulator';
import { locator } from '../../../harness/fixtures';

describe('CallHub node: Webhook', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	it('Create POSTs the event and target URL and returns the webhook with its exact id', async () => {
		const result = await bed.run({
			parameters: { resource: 'webhook', operation: 'create', event: 'cc.notes', target: ' https://n8n.example.org/webhook/notes ' },
		});

		expect(bed.emulator.requests('POST', '/v1/webhooks/')[0].body).toEqual({ event: 'cc.notes', target: 'https://n8n.example.org/webhook/notes' });
		const [hook] = [...webhooks(bed.emulator.state).values()];
		expect(hook).toMatchObject({ event: 'cc.notes', target: 'https://n8n.example.org/webhook/notes' });
		expect(result.json[0]).toMatchObject({
			id: hook.id,
			url: `${bed.emulator.url}/v1/webhooks/${hook.id}/`,
			event: 'cc.notes',
			target: 'https://n8n.example.org/webhook/notes',
		});
	});

	it("Create reports CallHub's objection to the target on the Target URL parameter", async () => {
		const result = await bed.run({ parameters: { resource: 'webhook', operation: 'create', event: 'sb.reply', target: 'not a url' } });
		expect(result.error?.message).toBe('CallHub rejected the request: Target URL (target): Enter a valid URL.');
		expect(webhooks(bed.emulator.state).size).toBe(0);
	});

	it('Get Many lists the webhooks, up to the Limit', async () => {
		const first = createWebhook(bed.emulator.state, 'sb.reply', 'https://example.org/a');
		createWebhook(bed.emulator.state, 'vb.transfer', 'https://example.org/b');
		createWebhook(bed.emulator.state, 'agent.activation', 'https://example.org/c');

		const result = await bed.run({ parameters: { resource: 'webhook', operation: 'getAll', returnAll: false, limit: 2 } });

		expect(bed.emulator.requests('GET', '/v1/webhooks/')[0].query).toEqual({ page_size: '2' });
		expect(result.json).toHaveLength(2);
		expect(result.json[0]).toMatchObject({ id: first.id, event: 'sb.reply', target: 'https://example.org/a' });
	});

	it('Delete DELETEs the webhook chosen by id', async () => {
		const hook = createWebhook(bed.emulator.state, 'sb.reply', 'https://example.org/a');
		const kept = createWebhook(bed.emulator.state, 'cc.notes', 'https://example.org/b');

		const result = await bed.run({ parameters: { resource: 'webhook', operation: 'delete', webhook: locator(hook.id) } });

		expect(bed.emulator.log.map((entry) => [entry.method, entry.path])).toEqual([['DELETE', `/v1/webhooks/${hook.id}/`]]);
		expect(result.json).toEqual([{ deleted: true }]);
		expect([...webhooks(bed.emulator.state).keys()]).toEqual([kept.id]);
	});
});
