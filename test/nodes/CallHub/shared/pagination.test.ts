import { useEmulator } from '../../../harness/emulator';
import { addContacts } from '../../../harness/fixtures';
import { pagesAhead } from '../../../../nodes/CallHub/shared/pagination';
import type { Emulator } from '../../../emulator/server';

/** Resolves once the emulator has received a request for this page of contacts. */
async function pageAsked(emulator: Emulator, page: string): Promise<void> {
	while (!emulator.log.some((entry) => entry.path === '/v1/contacts/' && entry.query.page === page)) {
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
}

/** Puts new contacts in front of the list, as a list ordered newest first would show them. */
function addInFront(emulator: Emulator, count: number): void {
	const old = [...emulator.state.contacts.entries()];
	emulator.state.contacts.clear();
	addContacts(emulator, 0);
	for (let index = 0; index < count; index++) {
		const id = emulator.state.newId();
		emulator.state.contacts.set(id, { ...old[0][1], id, contact: `1303${String(index).padStart(7, '0')}` });
	}
	for (const [id, contact] of old) emulator.state.contacts.set(id, contact);
}

describe('CallHub node: reading long lists', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());
	const getMany = { resource: 'contact', operation: 'getAll', simplify: false };

	it('Skip passes over records within the first page', async () => {
		const contacts = addContacts(bed.emulator, 30);
		const result = await bed.run({ parameters: { ...getMany, returnAll: false, limit: 3, skip: 25 } });
		expect(result.json.map((contact) => contact.id)).toEqual(contacts.slice(25, 28).map((contact) => contact.id));
		expect(bed.emulator.log.map((entry) => entry.query)).toEqual([{ page_size: '1000' }]);
	});

	it('Skip starts reading at the page that holds the first wanted record', async () => {
		const contacts = addContacts(bed.emulator, 2500);
		const result = await bed.run({ parameters: { ...getMany, returnAll: true, skip: 1500 } });
		expect(result.json.map((contact) => contact.id)).toEqual(contacts.slice(1500).map((contact) => contact.id));
		expect(bed.emulator.log.map((entry) => entry.query)).toEqual([
			{ page: '2', page_size: '1000' },
			{ page: '3', page_size: '1000' },
		]);
	});

	it('reads one page ahead but never a page beyond the limit', async () => {
		const contacts = addContacts(bed.emulator, 5000);
		const result = await bed.run({ parameters: { ...getMany, returnAll: false, limit: 2500 } });
		expect(result.json.map((contact) => contact.id)).toEqual(contacts.slice(0, 2500).map((contact) => contact.id));
		expect(bed.emulator.log.map((entry) => entry.query.page ?? '1').sort()).toEqual(['1', '2', '3']);
	});

	it('a list too long for n8n fails after the first page, with the way to read it in parts', async () => {
		// n8n overflows its stack passing on more than about 120,000 items from one run (seen with 130,000).
		bed.emulator.inject({
			path: '/v1/contacts/',
			status: 200,
			body: { count: 150000, next: `${bed.emulator.url}/v1/contacts/?page=2&page_size=1000`, previous: null, results: [] },
		});
		const result = await bed.run({ parameters: { ...getMany, returnAll: true } });
		expect(result.error?.message).toBe('The list has 150,000 records from record 1 on, more than n8n can pass on from one node run (100,000)');
		expect(result.error?.description).toContain('use Skip (0, 100,000, …)');
		expect(bed.emulator.log).toHaveLength(1);
	});

	it('the same list is fine in parts of 100,000 with Skip', async () => {
		bed.emulator.inject({ path: '/v1/contacts/', status: 200, body: { count: 150000, next: null, previous: null, results: [] } });
		const result = await bed.run({ parameters: { ...getMany, returnAll: false, limit: 100000, skip: 100000 } });
		expect(result.error).toBeUndefined();
		expect(bed.emulator.log[0].query).toEqual({ page: '101', page_size: '1000' });
	});

	it('requests the pages after the first together and outputs them in page order, ids exact', async () => {
		const contacts = addContacts(bed.emulator, 5000);
		// Page 2 answers last, so later pages wait for it; the others answer after random delays.
		bed.emulator.inject({ path: '/v1/contacts/', query: { page: '2' }, delayMs: 300 + Math.random() * 100 });
		for (const page of ['3', '4', '5']) bed.emulator.inject({ path: '/v1/contacts/', query: { page }, delayMs: Math.random() * 250 });
		// The first page takes 300 ms too, so the node reads as many pages ahead as that pace needs (7: all 4).
		bed.emulator.inject({ path: '/v1/contacts/', delayMs: 300 });
		const result = await bed.run({ parameters: { ...getMany, returnAll: true } });
		expect(result.json.map((contact) => contact.id)).toEqual(contacts.map((contact) => contact.id));
		expect(contacts[4999].id).toMatch(/^\d{19}$/);
		const pages = bed.emulator.log.filter((entry) => entry.path === '/v1/contacts/');
		expect(pages.map((entry) => entry.query.page ?? '1')).toEqual(['1', '2', '3', '4', '5']);
		// Pages 2 to 5 were under way together (reading one page ahead would make this 2).
		expect(bed.emulator.peakConcurrency).toBe(4);
	});

	it('Limit 1,500 sends 2 requests', async () => {
		const contacts = addContacts(bed.emulator, 5000);
		const result = await bed.run({ parameters: { ...getMany, returnAll: false, limit: 1500 } });
		expect(result.json.map((contact) => contact.id)).toEqual(contacts.slice(0, 1500).map((contact) => contact.id));
		expect(bed.emulator.log.map((entry) => entry.query)).toEqual([{ page_size: '1000' }, { page: '2', page_size: '1000' }]);
	});

	it('a record that moves to the next page while the list grows in front is output once', async () => {
		const contacts = addContacts(bed.emulator, 2500);
		bed.emulator.inject({ path: '/v1/contacts/', query: { page: '2' }, delayMs: 300 });
		bed.emulator.inject({ path: '/v1/contacts/', query: { page: '3' }, delayMs: 300 });
		const running = bed.run({ parameters: { ...getMany, returnAll: true } });
		await pageAsked(bed.emulator, '2');
		addInFront(bed.emulator, 15);
		for (const contact of contacts.slice(0, 5)) bed.emulator.state.contacts.delete(contact.id);
		const result = await running;
		// Pages 2 and 3 now start 10 records earlier: those 10 are not output twice, and none is lost.
		expect(result.json.map((contact) => contact.id)).toEqual(contacts.map((contact) => contact.id));
	});

	it('a list that shrinks and grows during the run gives no duplicate ids and reads what was added at its end', async () => {
		const contacts = addContacts(bed.emulator, 3500);
		bed.emulator.inject({ path: '/v1/contacts/', query: { page: '2' }, delayMs: 300 });
		bed.emulator.inject({ path: '/v1/contacts/', query: { page: '3' }, delayMs: 300 });
		bed.emulator.inject({ path: '/v1/contacts/', query: { page: '4' }, delayMs: 300 });
		const running = bed.run({ parameters: { ...getMany, returnAll: true } });
		await pageAsked(bed.emulator, '2');
		// 1,200 records leave the front (page 4 is then past the end: 404), 1,600 are added at the end.
		for (const contact of contacts.slice(0, 1200)) bed.emulator.state.contacts.delete(contact.id);
		const added = addContacts(bed.emulator, 0);
		for (let index = 0; index < 1600; index++) {
			const id = bed.emulator.state.newId();
			bed.emulator.state.contacts.set(id, { ...contacts[0], id, contact: `1404${String(index).padStart(7, '0')}` });
			added.push({ ...contacts[0], id });
		}
		const result = await running;
		expect(result.error).toBeUndefined();
		const ids = result.json.map((contact) => contact.id as string);
		expect(new Set(ids).size).toBe(ids.length);
		// What page 1 held, then pages 2 and 3 of the changed list (1,200 records further on), then on
		// from page 4 by `next` until the list's new end.
		const now = [...contacts.slice(1200), ...added].map((contact) => contact.id);
		expect(ids).toEqual([...contacts.slice(0, 1000).map((contact) => contact.id), ...now.slice(1000)]);
	});

	it('a 429 in the middle of the pages is waited out with no record lost', async () => {
		const contacts = addContacts(bed.emulator, 5000);
		bed.emulator.inject({
			path: '/v1/contacts/',
			query: { page: '3' },
			status: 429,
			headers: { 'Retry-After': '1' },
			body: { detail: 'Request was throttled. Expected available in 1 second.' },
		});
		const result = await bed.run({ parameters: { ...getMany, returnAll: true } });
		expect(result.error).toBeUndefined();
		expect(result.json.map((contact) => contact.id)).toEqual(contacts.map((contact) => contact.id));
		const statuses = bed.emulator.log.map((entry) => `${entry.query.page ?? '1'}:${entry.status}`);
		expect(statuses.filter((status) => status.startsWith('3:'))).toEqual(['3:429', '3:200']);
		expect(statuses).toHaveLength(6);
	});
});

describe('CallHub node: a long search with CallHub\'s search limit (1 a second)', () => {
	const bed = useEmulator({ rates: { general: '20/s', search: '1/s', bulk: 'off' } });

	it('a search-filtered Return All never sends more than 1 search a second, and is never refused', async () => {
		const contacts = addContacts(bed.emulator, 3000);
		const result = await bed.run({
			parameters: { resource: 'contact', operation: 'getAll', simplify: false, returnAll: true, filters: { search: 'Person' } },
		});
		expect(result.error).toBeUndefined();
		expect(result.json.map((contact) => contact.id)).toEqual(contacts.map((contact) => contact.id));
		const searches = bed.emulator.log.filter((entry) => entry.query.search === 'Person');
		expect(searches.map((entry) => entry.status)).toEqual([200, 200, 200]);
		for (let index = 1; index < searches.length; index++) {
			expect(searches[index].time - searches[index - 1].time).toBeGreaterThanOrEqual(1000);
		}
	});
});

describe('CallHub node: how many pages are read ahead, by how long the first page took', () => {
	const bed = useEmulator();
	const getAll = { resource: 'contact', operation: 'getAll', simplify: false, returnAll: true };
	afterEach(() => {
		bed.emulator.latency = undefined;
	});

	it('pagesAhead: enough for 20 pages a second at the first page\'s speed, between 2 and 20', () => {
		expect([0, 20, 100, 380, 1000, 5000].map(pagesAhead)).toEqual([2, 2, 3, 9, 20, 20]);
	});

	it('a quick server gets few pages at once, a slow one many; every record once, in order', async () => {
		bed.emulator.reset();
		// The first request of a process loads code on the way, and would count as a slow page.
		await bed.run({ parameters: { ...getAll, returnAll: false, limit: 1 } });
		const ids = addContacts(bed.emulator, 12_000).map((contact) => contact.id);
		bed.emulator.peakConcurrency = 0;
		bed.emulator.latency = { roundTripMs: 60, perRecordMs: 0 };
		const quick = await bed.run({ parameters: getAll });
		expect(quick.json.map((contact) => contact.id)).toEqual(ids);
		// A page in about 100 ms here (up to 300 ms on a busy machine): 3 to 7 pages ahead, not all 11.
		expect(bed.emulator.peakConcurrency).toBeLessThanOrEqual(8);

		bed.emulator.peakConcurrency = 0;
		bed.emulator.latency = { roundTripMs: 700, perRecordMs: 0 };
		const slow = await bed.run({ parameters: getAll });
		expect(slow.json.map((contact) => contact.id)).toEqual(ids);
		// 700 ms a page: 20 ahead, so the other 11 pages are all asked for together.
		expect(bed.emulator.peakConcurrency).toBeGreaterThanOrEqual(10);
	});
});
