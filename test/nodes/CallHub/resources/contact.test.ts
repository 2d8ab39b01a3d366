import { useEmulator } from '../../../harness/emulator';
import { addContact, addContacts, addCustomField, addPhoneBook, addTag, locator } from '../../../harness/fixtures';

describe('CallHub node: Contact', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	describe('Create', () => {
		it('POSTs the phone number, details and custom fields by name to /v1/contacts/', async () => {
			const field = addCustomField(bed.emulator, 'Shirt Size');
			const result = await bed.run({
				parameters: {
					resource: 'contact',
					operation: 'create',
					contact: '+1 415 555 0100',
					additionalFields: { first_name: 'Ada', email: 'ada@example.org' },
					customFields: { field: [{ name: 'Shirt Size', value: 'L' }] },
					simplify: false,
				},
			});

			expect(result.error).toBeUndefined();
			const [request] = bed.emulator.requests('POST', '/v1/contacts/');
			expect(request.body).toEqual({ contact: '+1 415 555 0100', first_name: 'Ada', email: 'ada@example.org', 'Shirt Size': 'L' });
			expect(request.authorization).toBe(`Token ${bed.emulator.apiKey}`);
			const [stored] = [...bed.emulator.state.contacts.values()];
			expect(stored.customFields).toEqual({ [field.id]: 'L' });
			expect(result.json).toHaveLength(1);
			expect(result.json[0]).toMatchObject({ id: stored.id, pk_str: stored.id, contact: '14155550100', first_name: 'Ada' });
			expect(result.items[0].pairedItem).toEqual({ item: 0 });
		});

		it('simplifies the created contact: custom fields by name, tags as names', async () => {
			addCustomField(bed.emulator, 'Ward');
			const result = await bed.run({
				parameters: {
					resource: 'contact',
					operation: 'create',
					contact: '14155550101',
					customFields: { field: [{ name: 'Ward', value: '7' }] },
					simplify: true,
				},
			});
			expect(result.json[0]).toMatchObject({ contact: '14155550101', custom_fields: { Ward: '7' }, tags: [], phonebooks: [] });
			expect(result.json[0]).not.toHaveProperty('url');
		});

		it("reports a duplicate number with CallHub's message and the parameter to fix", async () => {
			addContact(bed.emulator, { contact: '14155550102' });
			const result = await bed.run({
				parameters: { resource: 'contact', operation: 'create', contact: '14155550102' },
				onError: 'continueRegularOutput',
			});
			expect(result.json[0].error).toContain('Contact with this phone number already exists');
			expect(result.items[0].pairedItem).toEqual({ item: 0 });
		});
	});

	describe('Get', () => {
		it('requests exactly the 19-digit id and returns it unchanged', async () => {
			const contact = addContact(bed.emulator, { first_name: 'Grace' });
			expect(BigInt(contact.id) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);

			const result = await bed.run({
				parameters: { resource: 'contact', operation: 'get', contact: locator(contact.id), simplify: false },
			});

			expect(bed.emulator.requests('GET').map((request) => request.path)).toEqual([`/v1/contacts/${contact.id}/`]);
			expect(result.json[0].id).toBe(contact.id);
			expect(result.json[0].pk_str).toBe(contact.id);
		});

		it('accepts the contact by URL', async () => {
			const contact = addContact(bed.emulator);
			const result = await bed.run({
				parameters: {
					resource: 'contact',
					operation: 'get',
					contact: locator(`https://api-na1.callhub.io/v1/contacts/${contact.id}/`, 'url'),
					simplify: false,
				},
			});
			expect(result.json[0].id).toBe(contact.id);
		});

		it('simplifies tags, custom fields and phone books', async () => {
			const field = addCustomField(bed.emulator, 'Volunteer');
			const tag = addTag(bed.emulator, 'donor');
			const contact = addContact(bed.emulator, { first_name: 'Lin' });
			contact.tags = [tag.id];
			contact.customFields = { [field.id]: 'yes' };
			const book = addPhoneBook(bed.emulator, 'Canvass', [contact]);

			const result = await bed.run({
				parameters: { resource: 'contact', operation: 'get', contact: locator(contact.id), simplify: true },
			});

			expect(result.json[0]).toEqual(
				expect.objectContaining({
					id: contact.id,
					first_name: 'Lin',
					tags: ['donor'],
					custom_fields: { Volunteer: 'yes' },
					phonebooks: [book.id],
				}),
			);
		});
	});

	describe('Get Many', () => {
		it('returns 50 by default, asking CallHub for a page of 50', async () => {
			addContacts(bed.emulator, 60);
			const result = await bed.run({ parameters: { resource: 'contact', operation: 'getAll', simplify: false } });
			expect(result.json).toHaveLength(50);
			expect(bed.emulator.requests('GET', '/v1/contacts/').map((request) => request.query)).toEqual([{ page_size: '50' }]);
		});

		it('Limit 25 yields 25 items from one request', async () => {
			addContacts(bed.emulator, 40);
			const result = await bed.run({ parameters: { resource: 'contact', operation: 'getAll', returnAll: false, limit: 25 } });
			expect(result.json).toHaveLength(25);
			expect(bed.emulator.requests('GET', '/v1/contacts/')).toHaveLength(1);
		});

		it('Return All over 2,500 contacts yields 2,500 items in 3 requests of 1,000, following next exactly', async () => {
			const contacts = addContacts(bed.emulator, 2500);
			const result = await bed.run({ parameters: { resource: 'contact', operation: 'getAll', returnAll: true, simplify: false } });

			expect(result.json).toHaveLength(2500);
			expect(result.json.map((contact) => contact.id)).toEqual(contacts.map((contact) => contact.id));
			expect(bed.emulator.requests('GET', '/v1/contacts/').map((request) => request.query)).toEqual([
				{ page_size: '1000' },
				{ page: '2', page_size: '1000' },
				{ page: '3', page_size: '1000' },
			]);
			expect(result.items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
		});

		it('sends the search filter without a leading +', async () => {
			addContact(bed.emulator, { contact: '16502293681', first_name: 'Match' });
			addContact(bed.emulator, { contact: '16502290000' });
			const result = await bed.run({
				parameters: { resource: 'contact', operation: 'getAll', returnAll: true, filters: { search: '+16502293681' } },
			});
			expect(bed.emulator.requests('GET', '/v1/contacts/')[0].query).toEqual({ page_size: '1000', search: '16502293681' });
			expect(result.json.map((contact) => contact.first_name)).toEqual(['Match']);
		});

		it('pairs each result with the input item that asked for it', async () => {
			addContacts(bed.emulator, 3);
			const result = await bed.run({
				parameters: { resource: 'contact', operation: 'getAll', returnAll: true },
				input: [{ run: 1 }, { run: 2 }],
			});
			expect(result.items.map((item) => item.pairedItem)).toEqual([
				{ item: 0 }, { item: 0 }, { item: 0 }, { item: 1 }, { item: 1 }, { item: 1 },
			]);
		});
	});

	describe('Update', () => {
		it('keeps tags, since CallHub clears them on PUT', async () => {
			const donor = addTag(bed.emulator, 'donor');
			const volunteer = addTag(bed.emulator, 'volunteer');
			const contact = addContact(bed.emulator, { contact: '14155550110', first_name: 'Old' });
			contact.tags = [donor.id, volunteer.id];

			const result = await bed.run({
				parameters: {
					resource: 'contact',
					operation: 'update',
					contact: locator(contact.id),
					updateFields: { first_name: 'New' },
					simplify: true,
				},
			});

			expect(result.error).toBeUndefined();
			const calls = bed.emulator.log.map((entry) => `${entry.method} ${entry.path}`);
			expect(calls).toEqual([
				`GET /v1/contacts/${contact.id}/`,
				`PUT /v1/contacts/${contact.id}/`,
				`PATCH /v2/contacts/${contact.id}/taggings/`,
			]);
			expect(bed.emulator.log[1].body).toEqual({ first_name: 'New', contact: '14155550110' });
			expect(bed.emulator.log[2].body).toEqual({ tags: [donor.id, volunteer.id] });
			expect(bed.emulator.state.contacts.get(contact.id)?.tags).toEqual([donor.id, volunteer.id]);
			expect(result.json[0]).toMatchObject({ first_name: 'New', tags: ['donor', 'volunteer'] });
		});

		it('sets custom fields by name and a new phone number', async () => {
			const field = addCustomField(bed.emulator, 'Ward');
			const contact = addContact(bed.emulator, { contact: '14155550111' });
			await bed.run({
				parameters: {
					resource: 'contact',
					operation: 'update',
					contact: locator(contact.id),
					updateFields: { contact: '14155550999' },
					customFields: { field: [{ name: 'Ward', value: '12' }] },
				},
			});
			const stored = bed.emulator.state.contacts.get(contact.id);
			expect(stored?.contact).toBe('14155550999');
			expect(stored?.customFields).toEqual({ [field.id]: '12' });
			expect(bed.emulator.requests('PATCH')).toHaveLength(0);
		});
	});

	it('Delete removes the contact and returns { deleted: true }', async () => {
		const contact = addContact(bed.emulator);
		const result = await bed.run({ parameters: { resource: 'contact', operation: 'delete', contact: locator(contact.id) } });
		expect(bed.emulator.requests('DELETE').map((request) => request.path)).toEqual([`/v1/contacts/${contact.id}/`]);
		expect(result.json).toEqual([{ deleted: true }]);
		expect(bed.emulator.state.contacts.has(contact.id)).toBe(false);
	});

	describe('Add Tags', () => {
		it('adds to the existing tags, creating tag names CallHub does not know', async () => {
			const donor = addTag(bed.emulator, 'donor');
			const member = addTag(bed.emulator, 'member');
			const contact = addContact(bed.emulator);
			contact.tags = [donor.id];

			const result = await bed.run({
				parameters: { resource: 'contact', operation: 'addTags', contact: locator(contact.id), tags: [member.id, 'Spring 2026', 'donor'] },
			});

			expect(result.error).toBeUndefined();
			const created = [...bed.emulator.state.tags.values()].find((tag) => tag.name === 'Spring 2026');
			expect(bed.emulator.requests('POST', '/v2/tags/').map((request) => request.body)).toEqual([{ tag: 'Spring 2026' }]);
			expect(bed.emulator.requests('PATCH')[0].body).toEqual({ tags: [donor.id, member.id, created?.id] });
			expect(bed.emulator.state.contacts.get(contact.id)?.tags).toEqual([donor.id, member.id, created?.id]);
			expect(result.json[0].tags).toEqual(['donor', 'member', 'Spring 2026']);
		});
	});

	it('Remove Tag DELETEs the tag from the contact', async () => {
		const donor = addTag(bed.emulator, 'donor');
		const contact = addContact(bed.emulator);
		contact.tags = [donor.id];
		const result = await bed.run({
			parameters: { resource: 'contact', operation: 'removeTag', contact: locator(contact.id), tag: donor.id },
		});
		expect(bed.emulator.requests('DELETE').map((request) => request.path)).toEqual([`/v1/contacts/${contact.id}/tags/${donor.id}/`]);
		expect(result.json).toEqual([{ deleted: true }]);
		expect(bed.emulator.state.contacts.get(contact.id)?.tags).toEqual([]);
	});
});
