import { useEmulator } from '../../../harness/emulator';
import { addContact, addTag, locator } from '../../../harness/fixtures';

const calls = (log: Array<{ method: string; path: string }>) => log.map((entry) => `${entry.method} ${entry.path}`);

describe('CallHub node: Contact → Create or Update', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	describe('matching on phone number', () => {
		it('creates a contact whose number CallHub does not have, marking it created', async () => {
			const result = await bed.run({
				parameters: { resource: 'contact', operation: 'upsert', contact: '14155550100', additionalFields: { first_name: 'Ada' } },
			});
			expect(result.error).toBeUndefined();
			// The number is looked up first: CallHub may not refuse a second contact with it (REAL-CLIENTS.md).
			expect(calls(bed.emulator.log)).toEqual(['GET /v1/contacts/', 'POST /v1/contacts/']);
			expect(bed.emulator.log[0].query).toMatchObject({ search: '14155550100' });
			const [stored] = [...bed.emulator.state.contacts.values()];
			expect(result.json).toEqual([expect.objectContaining({ id: stored.id, first_name: 'Ada', action: 'created', tags: [] })]);
		});

		it('updates the contact holding the number, found by a search, keeping its tags', async () => {
			const donor = addTag(bed.emulator, 'donor');
			const existing = addContact(bed.emulator, { contact: '14155550101', first_name: 'Old', email: 'old@example.org' });
			existing.tags = [donor.id];

			const result = await bed.run({
				parameters: {
					resource: 'contact',
					operation: 'upsert',
					contact: '+1 415 555 0101',
					additionalFields: { first_name: 'New' },
					simplify: true,
				},
			});

			expect(result.error).toBeUndefined();
			expect(calls(bed.emulator.log)).toEqual([
				'GET /v1/contacts/',
				`PUT /v1/contacts/${existing.id}/`,
				`PATCH /v2/contacts/${existing.id}/taggings/`,
			]);
			expect(bed.emulator.log[0].query).toMatchObject({ search: '14155550101' });
			expect(bed.emulator.log[1].body).toEqual({ contact: '+1 415 555 0101', first_name: 'New' });
			expect(bed.emulator.log[2].body).toEqual({ tags: [donor.id] });
			expect(bed.emulator.state.contacts.get(existing.id)).toMatchObject({ first_name: 'New', tags: [donor.id] });
			expect(bed.emulator.state.contacts.size).toBe(1);
			expect(result.json).toEqual([expect.objectContaining({ id: existing.id, first_name: 'New', tags: ['donor'], action: 'updated' })]);
		});

		it('updates the contact CallHub names in its 400 when the number appeared after the search', async () => {
			const existing = addContact(bed.emulator, { contact: '14155550102', first_name: 'Old' });
			// The search answers as if the contact did not exist yet (another writer created it meanwhile).
			bed.emulator.inject({ method: 'GET', path: '/v1/contacts/', body: { count: 0, next: null, previous: null, results: [] } });

			const result = await bed.run({
				parameters: { resource: 'contact', operation: 'upsert', contact: '14155550102', additionalFields: { first_name: 'New' } },
			});

			expect(result.error).toBeUndefined();
			expect(calls(bed.emulator.log)).toEqual(['GET /v1/contacts/', 'POST /v1/contacts/', `PUT /v1/contacts/${existing.id}/`]);
			expect(bed.emulator.log[1].status).toBe(400);
			expect(bed.emulator.state.contacts.size).toBe(1);
			expect(result.json).toEqual([expect.objectContaining({ id: existing.id, first_name: 'New', action: 'updated' })]);
		});

		it('upserting the same 100 contacts twice leaves exactly 100 contacts with their tags intact', async () => {
			const people = Array.from({ length: 100 }, (_, index) => ({
				phone: `1202555${String(index).padStart(4, '0')}`,
				name: `Person ${index}`,
			}));
			const volunteer = addTag(bed.emulator, 'volunteer');
			const donor = addTag(bed.emulator, 'donor');
			// Half of them are already in CallHub, tagged.
			for (const person of people.slice(0, 50)) addContact(bed.emulator, { contact: person.phone }).tags = [volunteer.id];
			const parameters = {
				resource: 'contact',
				operation: 'upsert',
				contact: '={{ $json.phone }}',
				additionalFields: { first_name: '={{ $json.name }}' },
				simplify: false,
			};

			const first = await bed.run({ parameters, input: people });
			expect(first.error).toBeUndefined();
			expect(first.json.map((contact) => contact.action)).toEqual([...Array(50).fill('updated'), ...Array(50).fill('created')]);
			for (const contact of bed.emulator.state.contacts.values()) {
				if (contact.tags.length === 0) contact.tags = [donor.id];
			}

			const second = await bed.run({ parameters, input: people });

			expect(second.error).toBeUndefined();
			expect(second.json.map((contact) => contact.action)).toEqual(Array(100).fill('updated'));
			const contacts = [...bed.emulator.state.contacts.values()];
			expect(contacts).toHaveLength(100);
			expect(new Set(contacts.map((contact) => contact.contact))).toEqual(new Set(people.map((person) => person.phone)));
			expect(contacts.filter((contact) => contact.tags.join() === volunteer.id)).toHaveLength(50);
			expect(contacts.filter((contact) => contact.tags.join() === donor.id)).toHaveLength(50);
			expect(contacts.every((contact) => contact.first_name === `Person ${people.findIndex((person) => person.phone === contact.contact)}`)).toBe(true);
			expect(second.items.map((item) => item.pairedItem)).toEqual(people.map((_, index) => ({ item: index })));
		});
	});

	describe('matching on email', () => {
		it('searches CallHub and updates only the exact match (ignoring case), keeping its tags', async () => {
			const member = addTag(bed.emulator, 'member');
			const target = addContact(bed.emulator, { contact: '14155550110', email: 'Ann@Example.org', first_name: 'Ann' });
			target.tags = [member.id];
			addContact(bed.emulator, { contact: '14155550111', email: 'joann@example.org.uk' });

			const result = await bed.run({
				parameters: {
					resource: 'contact',
					operation: 'upsert',
					matchOn: 'email',
					email: 'ann@example.org',
					additionalFields: { city: 'Leeds' },
					simplify: false,
				},
			});

			expect(result.error).toBeUndefined();
			expect(calls(bed.emulator.log)).toEqual([
				'GET /v1/contacts/',
				`PUT /v1/contacts/${target.id}/`,
				`PATCH /v2/contacts/${target.id}/taggings/`,
			]);
			expect(bed.emulator.log[0].query).toEqual({ search: 'ann@example.org', page_size: '1000' });
			expect(bed.emulator.log[1].body).toEqual({ email: 'ann@example.org', city: 'Leeds', contact: '14155550110' });
			expect(bed.emulator.state.contacts.get(target.id)).toMatchObject({ city: 'Leeds', tags: [member.id] });
			expect(result.json).toEqual([expect.objectContaining({ id: target.id, action: 'updated' })]);
		});

		it('creates the contact when no email matches exactly', async () => {
			addContact(bed.emulator, { contact: '14155550120', email: 'someone.ann@example.org' });
			const result = await bed.run({
				parameters: { resource: 'contact', operation: 'upsert', matchOn: 'email', email: 'ann@example.org', contact: '14155550121' },
			});
			// The email, then the phone number (CallHub keeps numbers unique), then the create.
			expect(calls(bed.emulator.log)).toEqual(['GET /v1/contacts/', 'GET /v1/contacts/', 'POST /v1/contacts/']);
			expect(bed.emulator.log.map((entry) => entry.query.search)).toEqual(['ann@example.org', '14155550121', undefined]);
			expect(bed.emulator.log[2].body).toEqual({ email: 'ann@example.org', contact: '14155550121' });
			expect(result.json[0]).toMatchObject({ contact: '14155550121', action: 'created' });
		});

		it('says a phone number is needed when no contact matches and none is given', async () => {
			const result = await bed.run({
				parameters: { resource: 'contact', operation: 'upsert', matchOn: 'email', email: 'new@example.org' },
			});
			expect(result.error?.message).toBe('No contact matches, and the Phone Number parameter is empty');
			expect(result.error?.description).toContain('CallHub needs a phone number to create a contact');
			expect(bed.emulator.requests('POST')).toHaveLength(0);
		});
	});

	describe('matching on mobile number, when several contacts match', () => {
		const twins = () => {
			const first = addContact(bed.emulator, { contact: '14155550130', mobile: '16285550100', first_name: 'One' });
			const second = addContact(bed.emulator, { contact: '14155550131', mobile: '16285550100', first_name: 'Two' });
			// CallHub's search finds this one too (its number contains the other), but it is no exact match.
			addContact(bed.emulator, { contact: '14155550132', mobile: '162855501009' });
			return [first, second];
		};
		const parameters = (multipleMatches: string) => ({
			resource: 'contact',
			operation: 'upsert',
			matchOn: 'mobile',
			mobile: '+1 (628) 555-0100',
			contact: '14155550199',
			additionalFields: { last_name: 'Twin' },
			multipleMatches,
			simplify: false,
		});

		it('fails by default, naming the matches, and changes nothing', async () => {
			const [first, second] = twins();
			const result = await bed.run({ parameters: parameters('error') });
			expect(bed.emulator.log[0].query).toMatchObject({ search: '16285550100' });
			expect(result.error?.message).toBe(`2 contacts have the Mobile Number "+1 (628) 555-0100": ${first.id}, ${second.id}`);
			expect(result.error?.description).toContain('Nothing was changed');
			expect(bed.emulator.requests('PUT')).toHaveLength(0);
		});

		it('Update First Match updates only the first contact CallHub lists', async () => {
			const [first, second] = twins();
			const result = await bed.run({ parameters: parameters('first') });
			expect(bed.emulator.requests('PUT').map((entry) => entry.path)).toEqual([`/v1/contacts/${first.id}/`]);
			expect(bed.emulator.state.contacts.get(first.id)).toMatchObject({ last_name: 'Twin', contact: '14155550199' });
			expect(bed.emulator.state.contacts.get(second.id)?.last_name).toBeUndefined();
			expect(result.json).toHaveLength(1);
		});

		it('refuses a mobile number without digits instead of searching for everyone', async () => {
			twins();
			const result = await bed.run({ parameters: { ...parameters('all'), mobile: 'n/a' } });
			expect(result.error?.message).toBe('The Mobile Number parameter "n/a" has no digits');
			expect(bed.emulator.log).toHaveLength(0);
		});

		it('Update All Matches updates each, every contact keeping its own phone number', async () => {
			const [first, second] = twins();
			const result = await bed.run({ parameters: parameters('all') });
			expect(result.error).toBeUndefined();
			expect(bed.emulator.state.contacts.get(first.id)).toMatchObject({ last_name: 'Twin', contact: '14155550130' });
			expect(bed.emulator.state.contacts.get(second.id)).toMatchObject({ last_name: 'Twin', contact: '14155550131' });
			expect(result.json.map((contact) => [contact.id, contact.action])).toEqual([
				[first.id, 'updated'],
				[second.id, 'updated'],
			]);
			expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
		});
	});
});

describe('CallHub node: Normalize Phone Numbers', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	it('Create sends national numbers in E.164 with the Default Country', async () => {
		const result = await bed.run({
			parameters: {
				resource: 'contact',
				operation: 'create',
				contact: '020 7946 0000',
				additionalFields: { mobile: '07911 123456' },
				normalizePhoneNumbers: true,
				defaultCountry: 'GB',
			},
		});
		expect(result.error).toBeUndefined();
		expect(bed.emulator.requests('POST')[0].body).toEqual({ contact: '+442079460000', mobile: '+447911123456' });
		expect(result.json[0]).toMatchObject({ contact: '442079460000', mobile: '447911123456' });
	});

	it('Update normalises the numbers it changes', async () => {
		const contact = addContact(bed.emulator, { contact: '14155550140' });
		await bed.run({
			parameters: {
				resource: 'contact',
				operation: 'update',
				contact: locator(contact.id),
				updateFields: { mobile: '(628) 555-0141' },
				normalizePhoneNumbers: true,
				defaultCountry: 'US',
			},
		});
		expect(bed.emulator.requests('PUT')[0].body).toEqual({ mobile: '+16285550141', contact: '14155550140' });
	});

	it('Create or Update matches the existing contact however its number is written', async () => {
		const existing = addContact(bed.emulator, { contact: '14155550150' });
		const result = await bed.run({
			parameters: { resource: 'contact', operation: 'upsert', contact: '(415) 555-0150', normalizePhoneNumbers: true, defaultCountry: 'US' },
		});
		expect(bed.emulator.requests('GET', '/v1/contacts/')[0].query).toMatchObject({ search: '14155550150' });
		expect(bed.emulator.requests('PUT')[0].body).toEqual({ contact: '+14155550150' });
		expect(result.json[0]).toMatchObject({ id: existing.id, action: 'updated' });
		expect(bed.emulator.state.contacts.size).toBe(1);
	});

	it('stops an item whose number cannot be valid, naming the parameter, before calling CallHub', async () => {
		const result = await bed.run({
			parameters: {
				resource: 'contact',
				operation: 'create',
				contact: '={{ $json.phone }}',
				normalizePhoneNumbers: true,
				defaultCountry: 'US',
			},
			input: [{ phone: '555-0199' }, { phone: '415-CALL-NOW' }, { phone: '(415) 555-0199' }],
			onError: 'continueRegularOutput',
		});
		expect(result.json.map((item) => item.error)).toEqual([
			'The Phone Number parameter "555-0199" is not a valid phone number: it is too short for US (+1), whose national numbers have 10 digits',
			'The Phone Number parameter "415-CALL-NOW" is not a valid phone number: it has letters',
			undefined,
		]);
		expect(bed.emulator.requests('POST').map((entry) => entry.body)).toEqual([{ contact: '+14155550199' }]);
	});
});
