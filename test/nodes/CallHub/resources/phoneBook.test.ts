import { useEmulator } from '../../../harness/emulator';
import { addContact, addContacts, addPhoneBook, locator } from '../../../harness/fixtures';

describe('CallHub node: Phone Book', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	it('Create POSTs name and description', async () => {
		const result = await bed.run({
			parameters: { resource: 'phoneBook', operation: 'create', name: 'Canvass', additionalFields: { description: 'Door knocking' } },
		});
		expect(bed.emulator.requests('POST', '/v1/phonebooks/')[0].body).toEqual({ name: 'Canvass', description: 'Door knocking' });
		const [book] = [...bed.emulator.state.phoneBooks.values()];
		expect(result.json[0]).toMatchObject({ id: book.id, name: 'Canvass', description: 'Door knocking' });
	});

	it('Get reads the phone book by its exact id', async () => {
		const book = addPhoneBook(bed.emulator, 'Members');
		const result = await bed.run({ parameters: { resource: 'phoneBook', operation: 'get', phoneBook: locator(book.id) } });
		expect(bed.emulator.log.map((entry) => entry.path)).toEqual([`/v1/phonebooks/${book.id}/`]);
		expect(result.json[0]).toMatchObject({ id: book.id, name: 'Members' });
	});

	it('Get Many follows pages with Return All', async () => {
		for (let index = 0; index < 12; index++) addPhoneBook(bed.emulator, `Book ${index}`);
		const result = await bed.run({ parameters: { resource: 'phoneBook', operation: 'getAll', returnAll: true } });
		expect(result.json).toHaveLength(12);
		expect(result.json.every((book) => typeof book.id === 'string')).toBe(true);
	});

	it('Update PATCHes only the fields given', async () => {
		const book = addPhoneBook(bed.emulator, 'Old');
		const result = await bed.run({
			parameters: { resource: 'phoneBook', operation: 'update', phoneBook: locator(book.id), updateFields: { name: 'New' } },
		});
		expect(bed.emulator.requests('PATCH')[0]).toMatchObject({ path: `/v1/phonebooks/${book.id}/`, body: { name: 'New' } });
		expect(result.json[0].name).toBe('New');
	});

	it('Delete answers { deleted: true }', async () => {
		const book = addPhoneBook(bed.emulator, 'Gone');
		const result = await bed.run({ parameters: { resource: 'phoneBook', operation: 'delete', phoneBook: locator(book.id) } });
		expect(result.json).toEqual([{ deleted: true }]);
		expect(bed.emulator.state.phoneBooks.size).toBe(0);
	});

	it('Get Contacts lists the contacts of the phone book, simplified', async () => {
		const contacts = addContacts(bed.emulator, 15);
		const book = addPhoneBook(bed.emulator, 'Some', contacts.slice(0, 12));
		const result = await bed.run({
			parameters: { resource: 'phoneBook', operation: 'getContacts', phoneBook: locator(book.id), returnAll: false, limit: 5, simplify: true },
		});
		expect(bed.emulator.requests('GET')[0]).toMatchObject({ path: `/v1/phonebooks/${book.id}/contacts/`, query: { page_size: '5' } });
		expect(result.json.map((contact) => contact.id)).toEqual(contacts.slice(0, 5).map((contact) => contact.id));
		expect(result.json[0].phonebooks).toEqual([book.id]);
	});

	it('Add Contacts sends contact_ids as exact id strings', async () => {
		const [first, second] = addContacts(bed.emulator, 2);
		const book = addPhoneBook(bed.emulator, 'Target');
		const result = await bed.run({
			parameters: { resource: 'phoneBook', operation: 'addContacts', phoneBook: locator(book.id), contactIds: `${first.id}, ${second.id}` },
		});
		const [request] = bed.emulator.requests('POST');
		expect(request.path).toBe(`/v1/phonebooks/${book.id}/contacts/`);
		expect(request.body).toEqual({ contact_ids: [first.id, second.id] });
		expect([...book.contacts]).toEqual([first.id, second.id]);
		expect(result.json[0]).toMatchObject({ id: book.id, count: '2' });
	});

	it('Add Contacts takes an array from an expression', async () => {
		const contacts = addContacts(bed.emulator, 3);
		const book = addPhoneBook(bed.emulator, 'Target');
		await bed.run({
			parameters: {
				resource: 'phoneBook',
				operation: 'addContacts',
				phoneBook: locator(book.id),
				contactIds: `={{ ${JSON.stringify(contacts.map((contact) => contact.id))} }}`,
			},
		});
		expect(book.contacts.size).toBe(3);
	});

	it('Remove Contacts DELETEs with a JSON body', async () => {
		const contacts = addContacts(bed.emulator, 3);
		const book = addPhoneBook(bed.emulator, 'Target', contacts);
		const result = await bed.run({
			parameters: { resource: 'phoneBook', operation: 'removeContacts', phoneBook: locator(book.id), contactIds: contacts[1].id },
		});
		const [request] = bed.emulator.requests('DELETE');
		expect(request).toMatchObject({ path: `/v1/phonebooks/${book.id}/contacts/`, body: { contact_ids: [contacts[1].id] } });
		expect(request.contentType).toContain('application/json');
		expect(book.contacts.has(contacts[1].id)).toBe(false);
		expect(result.json[0].count).toBe('2');
	});

	it('rejects contact ids that are not CallHub ids before calling CallHub', async () => {
		const book = addPhoneBook(bed.emulator, 'Target');
		const result = await bed.run({
			parameters: { resource: 'phoneBook', operation: 'addContacts', phoneBook: locator(book.id), contactIds: '123, abc' },
			onError: 'continueRegularOutput',
		});
		expect(result.json[0].error).toBe('The Contact IDs parameter has "abc", which is not a CallHub ID');
		expect(bed.emulator.log).toHaveLength(0);
	});

	it('Get Count returns the phone and mobile number counts', async () => {
		const contact = addContact(bed.emulator, { mobile: '14155550177' });
		const book = addPhoneBook(bed.emulator, 'Counted', [contact, ...addContacts(bed.emulator, 2)]);
		const result = await bed.run({ parameters: { resource: 'phoneBook', operation: 'getCount', phoneBook: locator(book.id) } });
		expect(bed.emulator.log[0].path).toBe(`/v1/phonebooks/${book.id}/numbers_count/`);
		expect(result.json).toEqual([{ phonenumber_count: 3, mobilenumber_count: 1 }]);
	});
});
