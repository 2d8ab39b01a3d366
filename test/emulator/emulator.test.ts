import { createContact } from './resources/contacts';
import { MAX_BODY_BYTES, startEmulator } from './server';
import type { Emulator } from './server';

/** The emulator must behave like CallHub where clients trip: auth, slashes, ids, throttling, pages. */
describe('CallHub emulator', () => {
	let emulator: Emulator;
	const call = async (path: string, init: RequestInit = {}, key?: string) =>
		await fetch(`${emulator.url}${path}`, {
			redirect: 'manual',
			...init,
			headers: { Authorization: `Token ${key ?? emulator.apiKey}`, 'Content-Type': 'application/json', ...(init.headers ?? {}) },
		});

	beforeAll(async () => {
		emulator = await startEmulator({ rates: { general: '3/s', search: '1/s', bulk: 'off' } });
	});
	afterAll(async () => await emulator.close());
	beforeEach(() => emulator.reset());

	it('writes ids as raw 19-digit JSON numbers, with pk_str and a url ending in the id', async () => {
		const response = await call('/v1/phonebooks/', { method: 'POST', body: JSON.stringify({ name: 'A' }) });
		const text = await response.text();
		const id = /"pk_str":"(\d+)"/.exec(text)?.[1] as string;
		expect(id).toHaveLength(19);
		expect(text).toContain(`"id":${id},`);
		expect(text).toContain(`/v1/phonebooks/${id}/"`);
		expect(String(JSON.parse(text).id)).not.toBe(id);
	});

	it('with the latency model, answers after a round trip plus the time per record returned, in parallel, rate limits still on', async () => {
		const slow = await startEmulator({ latency: { roundTripMs: 100, perRecordMs: 1 }, rates: { general: '2/s', search: 'off', bulk: 'off' } });
		try {
			for (let index = 0; index < 200; index++) createContact(slow.state, { contact: `1202555${String(index).padStart(4, '0')}` }, slow.url);
			const get = async (path: string) => {
				const started = Date.now();
				const response = await fetch(`${slow.url}${path}`, { headers: { Authorization: `Token ${slow.apiKey}` } });
				await response.text();
				return { status: response.status, ms: Date.now() - started };
			};
			// 100 ms + 200 records × 1 ms, and 100 ms + 1 ms, answered side by side; a third is over 2/s.
			const [page, one] = await Promise.all([get('/v1/contacts/?page_size=200'), get('/v1/contacts/?page_size=1')]);
			const refused = await get('/v1/contacts/?page_size=1');
			expect([page.status, one.status]).toEqual([200, 200]);
			expect(page.ms).toBeGreaterThanOrEqual(295);
			expect(one.ms).toBeGreaterThanOrEqual(95);
			expect(one.ms).toBeLessThan(page.ms);
			expect(refused.status).toBe(429);
		} finally {
			await slow.close();
		}
	});

	it('answers a body above its upload limit with the 413 page of the proxy in front of the API, before the API sees it', async () => {
		const small = await startEmulator({ maxBodyBytes: 1024 });
		try {
			const response = await fetch(`${small.url}/v1/contacts/bulk_create/`, {
				method: 'POST',
				headers: { Authorization: `Token ${small.apiKey}`, 'Content-Type': 'text/csv' },
				body: 'x'.repeat(1025),
			});
			expect(response.status).toBe(413);
			expect(await response.text()).toContain('<title>413 Request Entity Too Large</title>');
			expect(small.state.contacts.size).toBe(0);
		} finally {
			await small.close();
		}
		expect(MAX_BODY_BYTES).toBe(25 * 1024 * 1024);
	});

	it('answers a wrong token with 401 {"detail": "Invalid token."}', async () => {
		const response = await call('/v1/contacts/', {}, 'nope');
		expect(response.status).toBe(401);
		expect(await response.json()).toEqual({ detail: 'Invalid token.' });
	});

	it('redirects a path without its trailing slash, so a POST there turns into a list', async () => {
		const response = await call('/v1/phonebooks', { method: 'POST', body: JSON.stringify({ name: 'A' }) });
		expect(response.status).toBe(301);
		expect(response.headers.get('location')).toBe(`${emulator.url}/v1/phonebooks/`);
	});

	it('throttles like Django REST Framework: 429 with Retry-After, refused requests not counted', async () => {
		const statuses: number[] = [];
		for (let index = 0; index < 5; index++) statuses.push((await call('/v1/tags/')).status);
		expect(statuses).toEqual([200, 200, 200, 429, 429]);
		const throttled = await call('/v1/tags/');
		expect(throttled.headers.get('retry-after')).toBe('1');
		expect(await throttled.json()).toEqual({ detail: 'Request was throttled. Expected available in 1 second.' });
	});

	it('pages with absolute next links carrying sorted query parameters', async () => {
		for (let index = 0; index < 3; index++) {
			await call('/v1/phonebooks/', { method: 'POST', body: JSON.stringify({ name: `B${index}` }) });
		}
		await new Promise((resolve) => setTimeout(resolve, 1100));
		const body = (await (await call('/v1/phonebooks/?page_size=2')).json()) as { count: number; next: string; results: unknown[] };
		expect(body.count).toBe(3);
		expect(body.results).toHaveLength(2);
		expect(body.next).toBe(`${emulator.url}/v1/phonebooks/?page=2&page_size=2`);
		expect((await call('/v1/phonebooks/?page=9')).status).toBe(404);
	});

	it('registers and deletes webhooks, one event each', async () => {
		await new Promise((resolve) => setTimeout(resolve, 1100));
		const created = await call('/v1/webhooks/', { method: 'POST', body: JSON.stringify({ event: 'sb.reply', target: 'https://example.org/hook' }) });
		expect(created.status).toBe(201);
		const { id } = (await created.json()) as { id: number };
		const bad = await call('/v1/webhooks/', { method: 'POST', body: JSON.stringify({ event: 'nope', target: 'https://example.org' }) });
		expect(await bad.json()).toEqual({ event: ['"nope" is not a valid choice.'] });
		expect([...emulator.state.collection('webhooks').keys()]).toHaveLength(1);
		expect(id).toBeDefined();
	});
});
