import { useEmulator } from '../../../harness/emulator';
import { addContacts } from '../../../harness/fixtures';

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
});
