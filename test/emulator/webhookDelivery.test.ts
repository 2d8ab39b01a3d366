import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { AGENT_ACTIVATION_DATA, CC_NOTES_BARE_BODY, SB_REPLY_BODY, WEBHOOK_EXAMPLES } from './fixtures/webhookPayloads';
import { createWebhook } from './resources/webhooks';
import type { Emulator } from './server';
import { startEmulator } from './server';

interface Received {
	path: string;
	contentType?: string;
	text: string;
}

/** The emulator delivers events like CallHub: a POST of the payload to every target of the event. */
describe('CallHub emulator: webhook delivery', () => {
	let emulator: Emulator;
	let receiver: Server;
	let receiverUrl: string;
	const received: Received[] = [];

	beforeAll(async () => {
		emulator = await startEmulator({ rates: { general: 'off', search: 'off', bulk: 'off' } });
		receiver = createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (chunk: Buffer) => chunks.push(chunk));
			req.on('end', () => {
				received.push({ path: req.url ?? '', contentType: req.headers['content-type'], text: Buffer.concat(chunks).toString('utf8') });
				res.writeHead(req.url?.includes('refuse') ? 401 : 200, { 'Content-Type': 'text/plain' }).end('thanks');
			});
		});
		await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
		receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
	});
	afterAll(async () => {
		receiver.closeAllConnections();
		await new Promise((resolve) => receiver.close(resolve));
		await emulator.close();
	});
	beforeEach(() => {
		emulator.reset();
		received.length = 0;
	});

	it("POSTs the event's documented example, in the {hook, data} envelope, to every target registered for it", async () => {
		const first = createWebhook(emulator.state, 'sb.reply', `${receiverUrl}/first?token=a`);
		createWebhook(emulator.state, 'cc.notes', `${receiverUrl}/other-event`);
		const second = createWebhook(emulator.state, 'sb.reply', `${receiverUrl}/refuse`);

		const deliveries = await emulator.fire('sb.reply');

		expect(deliveries).toEqual([
			{ hookId: first.id, target: first.target, status: 200, body: 'thanks' },
			{ hookId: second.id, target: second.target, status: 401, body: 'thanks' },
		]);
		expect(received.map((entry) => entry.path)).toEqual(['/first?token=a', '/refuse']);
		expect(received[0].contentType).toBe('application/json');
		expect(JSON.parse(received[0].text)).toEqual(SB_REPLY_BODY);
	});

	it('sends the data alone with envelope: false, as the reference shows cc.notes', async () => {
		createWebhook(emulator.state, 'cc.notes', `${receiverUrl}/notes`);
		await emulator.fire('cc.notes', undefined, { envelope: false });
		expect(JSON.parse(received[0].text)).toEqual(CC_NOTES_BARE_BODY);
	});

	it('writes ids as bare 19-digit JSON numbers, as CallHub does', async () => {
		createWebhook(emulator.state, 'agent.activation', `${receiverUrl}/agents`);
		await emulator.fire('agent.activation');
		expect(received[0].text).toContain(`"id":${AGENT_ACTIVATION_DATA.id},`);
	});

	it('reports a target it cannot reach instead of failing', async () => {
		const closed = createServer();
		await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
		const target = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/gone`;
		await new Promise((resolve) => closed.close(resolve));
		createWebhook(emulator.state, 'vb.transfer', target);

		expect(await emulator.fire('vb.transfer')).toEqual([expect.objectContaining({ status: 0, error: 'ECONNREFUSED', target })]);
	});

	it('has an example for each of the four events', () => {
		expect(Object.keys(WEBHOOK_EXAMPLES).sort()).toEqual(['agent.activation', 'cc.notes', 'sb.reply', 'vb.transfer']);
	});

	describe('POST /__emulator/webhooks/fire', () => {
		const fire = async (body: unknown) =>
			await fetch(`${emulator.url}/__emulator/webhooks/fire`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify(body),
			});

		it('delivers the given data and reports every response', async () => {
			const hook = createWebhook(emulator.state, 'sb.reply', `${receiverUrl}/replies`);
			const response = await fire({ event: 'sb.reply', data: { content: 'STOP' } });

			expect(response.status).toBe(200);
			expect(await response.json()).toEqual({
				event: 'sb.reply',
				deliveries: [{ hookId: hook.id, target: hook.target, status: 200, body: 'thanks' }],
			});
			expect(JSON.parse(received[0].text)).toEqual({ hook: {}, data: { content: 'STOP' } });
		});

		it('answers 400 for an unknown event or data that is not an object', async () => {
			const unknown = await fire({ event: 'zz.unknown' });
			expect(unknown.status).toBe(400);
			expect(await unknown.json()).toEqual({ event: ['"zz.unknown" is not a valid choice.'] });
			expect((await fire({ event: 'sb.reply', data: ['x'] })).status).toBe(400);
			expect(received).toEqual([]);
		});
	});
});
