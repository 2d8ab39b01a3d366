import { ContactIndex } from '../../../../nodes/CallHub/resources/contact/contactIndex';
import { useEmulator } from '../../../harness/emulator';
import { addContact, addContacts } from '../../../harness/fixtures';

/* Create or Update: when the node reads the account's contacts into an index and when it searches
 * (nodes/CallHub/resources/contact/contactIndex.ts). */
describe('CallHub node: Contact → Create or Update, index or search', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());
	const parameters = { resource: 'contact', operation: 'upsert', matchOn: 'email', email: '={{ $json.email }}', contact: '={{ $json.phone }}' };
	const people = (count: number) =>
		Array.from({ length: count }, (_, index) => ({ email: `p${index}@example.org`, phone: `1202555${String(index).padStart(4, '0')}` }));
	const searches = () => bed.emulator.requests('GET', '/v1/contacts/').filter((entry) => entry.query.search !== undefined);

	it('one item searches (one search a second is cheaper than reading the list)', async () => {
		addContacts(bed.emulator, 30);
		const result = await bed.run({ parameters, input: people(1) });
		expect(result.error).toBeUndefined();
		expect(searches().map((entry) => entry.query.search)).toEqual(['p0@example.org', '12025550000']);
	});

	it('two items or more read the list once, in pages of 1,000, and make no search', async () => {
		addContacts(bed.emulator, 2500);
		const existing = addContact(bed.emulator, { contact: '12025550001', email: 'p1@example.org' });
		const result = await bed.run({ parameters, input: people(3) });
		expect(result.error).toBeUndefined();
		const reads = bed.emulator.requests('GET', '/v1/contacts/');
		expect(reads).toHaveLength(3);
		expect(reads[0].query).toMatchObject({ page_size: '1000' });
		expect(searches()).toEqual([]);
		expect(result.json.map((contact) => contact.action)).toEqual(['created', 'updated', 'created']);
		expect(result.json[1]).toMatchObject({ id: existing.id });
	});

	it('searches instead when the list has more than 20 pages per item', async () => {
		// The first page says the account has 50,000 contacts: 50 pages, more than 20 for each of 2 items.
		bed.emulator.inject({ method: 'GET', path: '/v1/contacts/', body: { count: 50_000, next: `${bed.emulator.url}/v1/contacts/?page=2&page_size=1000`, previous: null, results: [] } });
		const result = await bed.run({ parameters, input: people(2) });
		expect(result.error).toBeUndefined();
		expect(bed.emulator.requests('GET', '/v1/contacts/').filter((entry) => entry.query.search === undefined)).toHaveLength(1);
		expect(searches()).toHaveLength(4);
	});

	it('items with the same email wait for each other: one contact is created, then updated', async () => {
		const result = await bed.run({
			parameters: { ...parameters, additionalFields: { first_name: '={{ $json.name }}' } },
			input: [
				{ email: 'same@example.org', phone: '12025550100', name: 'First' },
				{ email: 'SAME@example.org', phone: '12025550100', name: 'Second' },
			],
		});
		expect(result.error).toBeUndefined();
		expect(result.json.map((contact) => contact.action)).toEqual(['created', 'updated']);
		expect([...bed.emulator.state.contacts.values()].map((contact) => contact.first_name)).toEqual(['Second']);
	});
});

describe('ContactIndex: a contact is filed under its current values only', () => {
	it('a changed email or number moves the contact, and the old value finds nothing', () => {
		const index = new ContactIndex(2);
		index.complete = true;
		index.add({ id: '9007199254740993', contact: '+1 202 555 0100', email: 'Old@Example.org' });
		index.add({ id: '42', contact: '12025550200', email: 'old@example.org' });
		expect(index.find('email', 'old@example.org')?.map((contact) => contact.id)).toEqual(['9007199254740993', '42']);

		index.add({ id: '9007199254740993', contact: '12025550101', email: 'new@example.org' });
		expect(index.find('email', 'old@example.org')?.map((contact) => contact.id)).toEqual(['42']);
		expect(index.find('email', 'new@example.org')?.map((contact) => contact.id)).toEqual(['9007199254740993']);
		expect(index.find('contact', '12025550100')).toEqual([]);
		expect(index.find('contact', '12025550101')?.[0]).toMatchObject({ email: 'new@example.org' });

		// A value removed (no mobile any more) leaves no entry behind.
		index.add({ id: '42', contact: '12025550200', mobile: '12025550300' });
		expect(index.find('mobile', '12025550300')?.map((contact) => contact.id)).toEqual(['42']);
		index.add({ id: '42', contact: '12025550200' });
		expect(index.find('mobile', '12025550300')).toEqual([]);
		expect(index.find('email', 'old@example.org')).toEqual([]);
	});
});
