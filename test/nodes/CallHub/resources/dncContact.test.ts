import { addDncNumber, createDncList, dncContacts } from '../../../emulator/resources/dnc';
import { useEmulator } from '../../../harness/emulator';
import { locator } from '../../../harness/fixtures';

describe('CallHub node: DNC Contact', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	const entries = () => [...dncContacts(bed.emulator.state).values()];

	describe('Add', () => {
		it("POSTs the list as its full URL on the account's API domain, the number and category 3 (calls and texts)", async () => {
			const list = createDncList(bed.emulator.state, 'Do not call');
			const result = await bed.run({
				parameters: { resource: 'dncContact', operation: 'add', dncList: locator(list.id), phoneNumber: '+14155550100' },
			});

			expect(result.error).toBeUndefined();
			const [request] = bed.emulator.requests('POST', '/v1/dnc_contacts/');
			expect(request.body).toEqual({ dnc: `${bed.emulator.url}/v1/dnc_lists/${list.id}/`, phone_number: '+14155550100', category: 3 });
			const [entry] = entries();
			expect(entry).toMatchObject({ listId: list.id, phone_number: '14155550100', category: 3 });
			expect(result.json).toEqual([
				{
					url: `${bed.emulator.url}/v1/dnc_contacts/${entry.id}/`,
					dnc: `${bed.emulator.url}/v1/dnc_lists/${list.id}/`,
					phone_number: '14155550100',
					id: entry.id,
					alreadyListed: false,
				},
			]);
		});

		it('builds the list URL from the origin of the API Domain, however it was pasted', async () => {
			const list = createDncList(bed.emulator.state, 'Texts');
			await bed.run({
				parameters: {
					resource: 'dncContact',
					operation: 'add',
					dncList: locator(`https://api-na1.callhub.io/v1/dnc_lists/${list.id}/`, 'url'),
					phoneNumber: '16285550123',
					category: 2,
				},
				credentials: { callHubApi: { apiKey: bed.emulator.apiKey, baseUrl: `${bed.emulator.url}/v1/` } },
			});

			expect(bed.emulator.requests('POST')[0].body).toEqual({
				dnc: `${bed.emulator.url}/v1/dnc_lists/${list.id}/`,
				phone_number: '16285550123',
				category: 2,
			});
			expect(entries()[0]).toMatchObject({ listId: list.id, category: 2 });
		});

		it('treats a number already on the list as success: returns the existing entry with alreadyListed: true', async () => {
			const list = createDncList(bed.emulator.state, 'Do not call');
			const other = createDncList(bed.emulator.state, 'Other');
			addDncNumber(bed.emulator.state, other.id, '14155550100');
			const existing = addDncNumber(bed.emulator.state, list.id, '14155550100');

			const result = await bed.run({
				parameters: { resource: 'dncContact', operation: 'add', dncList: locator(list.id), phoneNumber: '+1 415 555 0100' },
			});

			expect(result.error).toBeUndefined();
			expect(bed.emulator.log.map((entry) => [entry.method, entry.path, entry.status])).toEqual([
				['POST', '/v1/dnc_contacts/', 400],
				['GET', '/v1/dnc_contacts/', 200],
			]);
			expect(bed.emulator.log[0].body).toMatchObject({ phone_number: '+14155550100' });
			expect(bed.emulator.log[1].query).toEqual({ search: '4155550100', page_size: '1000' });
			expect(result.json).toEqual([
				{
					url: `${bed.emulator.url}/v1/dnc_contacts/${existing.id}/`,
					dnc: `${bed.emulator.url}/v1/dnc_lists/${list.id}/`,
					phone_number: '14155550100',
					id: existing.id,
					alreadyListed: true,
				},
			]);
			expect(entries()).toHaveLength(2);
		});

		it('refuses a text that cannot be a phone number before calling CallHub, naming the parameter', async () => {
			const list = createDncList(bed.emulator.state, 'Do not call');
			const result = await bed.run({
				parameters: { resource: 'dncContact', operation: 'add', dncList: locator(list.id), phoneNumber: 'call me' },
			});
			expect(result.error?.message).toBe('The Phone Number parameter "call me" is not a valid phone number: it has letters');
			expect(result.error?.description).toBe('Give the number with its country code, e.g. +14155550123.');
			expect(bed.emulator.log).toHaveLength(0);
			expect(entries()).toHaveLength(0);
		});

		it('reports a DNC list that does not exist on the DNC List parameter', async () => {
			const result = await bed.run({
				parameters: { resource: 'dncContact', operation: 'add', dncList: locator('123456'), phoneNumber: '14155550100' },
			});
			expect(result.error?.message).toBe('CallHub rejected the request: DNC List (dnc): Invalid hyperlink - Object does not exist.');
			expect(result.error?.description).toBe('Fix the DNC List parameter and run the node again.');
		});

		it('rejects a DNC list from an expression that is not an id before calling CallHub', async () => {
			const result = await bed.run({
				parameters: { resource: 'dncContact', operation: 'add', dncList: locator('={{ $json.list }}'), phoneNumber: '14155550100' },
				input: [{ list: '12/../34' }],
			});
			expect(result.error?.message).toBe('The DNC List parameter "12/../34" is not a valid CallHub ID');
			expect(bed.emulator.log).toHaveLength(0);
		});
	});

	describe('Get Many', () => {
		it('searches CallHub with the digits of the number and returns entries with ids from their urls', async () => {
			const list = createDncList(bed.emulator.state, 'Do not call');
			const wanted = addDncNumber(bed.emulator.state, list.id, '14155550100');
			addDncNumber(bed.emulator.state, list.id, '16285550199');

			const result = await bed.run({
				parameters: { resource: 'dncContact', operation: 'getAll', returnAll: true, filters: { search: '+1 (415) 555-0100' } },
			});

			expect(bed.emulator.requests('GET', '/v1/dnc_contacts/')[0].query).toEqual({ search: '14155550100', page_size: '1000' });
			expect(result.json).toEqual([
				{
					url: `${bed.emulator.url}/v1/dnc_contacts/${wanted.id}/`,
					dnc: `${bed.emulator.url}/v1/dnc_lists/${list.id}/`,
					phone_number: '14155550100',
					id: wanted.id,
				},
			]);
		});

		it('returns up to the Limit', async () => {
			const list = createDncList(bed.emulator.state, 'Do not call');
			for (let index = 0; index < 4; index++) addDncNumber(bed.emulator.state, list.id, `1415555010${index}`);
			const result = await bed.run({ parameters: { resource: 'dncContact', operation: 'getAll', returnAll: false, limit: 3 } });
			expect(result.json.map((entry) => entry.phone_number)).toEqual(['14155550100', '14155550101', '14155550102']);
		});
	});

	describe('Update', () => {
		it('PUTs the list URL and the number (CallHub needs both) and moves the entry', async () => {
			const from = createDncList(bed.emulator.state, 'Calls');
			const to = createDncList(bed.emulator.state, 'Texts');
			const entry = addDncNumber(bed.emulator.state, from.id, '14155550100', 1);

			const result = await bed.run({
				parameters: {
					resource: 'dncContact',
					operation: 'update',
					dncContact: locator(entry.id),
					dncList: locator(to.id),
					phoneNumber: '14155550111',
					updateFields: { category: 2 },
				},
			});

			const [request] = bed.emulator.requests('PUT');
			expect(request.path).toBe(`/v1/dnc_contacts/${entry.id}/`);
			expect(request.body).toEqual({ dnc: `${bed.emulator.url}/v1/dnc_lists/${to.id}/`, phone_number: '14155550111', category: 2 });
			expect(entry).toMatchObject({ listId: to.id, phone_number: '14155550111', category: 2 });
			expect(result.json[0]).toMatchObject({ id: entry.id, phone_number: '14155550111', dnc: `${bed.emulator.url}/v1/dnc_lists/${to.id}/` });
		});
	});

	describe('Remove', () => {
		it('by DNC contact ID DELETEs that entry', async () => {
			const list = createDncList(bed.emulator.state, 'Calls');
			const entry = addDncNumber(bed.emulator.state, list.id, '14155550100');
			const kept = addDncNumber(bed.emulator.state, list.id, '14155550101');

			const result = await bed.run({
				parameters: { resource: 'dncContact', operation: 'remove', removeBy: 'id', dncContact: locator(entry.id) },
			});

			expect(bed.emulator.log.map((request) => [request.method, request.path])).toEqual([['DELETE', `/v1/dnc_contacts/${entry.id}/`]]);
			expect(result.json).toEqual([{ deleted: true }]);
			expect(entries()).toEqual([kept]);
		});

		it('by phone number looks the number up and deletes it from every DNC list', async () => {
			const calls = createDncList(bed.emulator.state, 'Calls');
			const texts = createDncList(bed.emulator.state, 'Texts');
			const first = addDncNumber(bed.emulator.state, calls.id, '14155550100');
			const second = addDncNumber(bed.emulator.state, texts.id, '14155550100');
			const kept = addDncNumber(bed.emulator.state, calls.id, '14155550101');

			const result = await bed.run({
				parameters: { resource: 'dncContact', operation: 'remove', removeBy: 'phoneNumber', phoneNumber: '+1 415-555-0100' },
			});

			expect(bed.emulator.log.map((request) => [request.method, request.path])).toEqual([
				['GET', '/v1/dnc_contacts/'],
				['DELETE', `/v1/dnc_contacts/${first.id}/`],
				['DELETE', `/v1/dnc_contacts/${second.id}/`],
			]);
			expect(bed.emulator.log[0].query).toEqual({ search: '4155550100', page_size: '1000' });
			expect(result.json).toEqual([
				{
					deleted: true,
					phone_number: '14155550100',
					removed: 2,
					dncContacts: [
						expect.objectContaining({ id: first.id, dnc: `${bed.emulator.url}/v1/dnc_lists/${calls.id}/` }),
						expect.objectContaining({ id: second.id, dnc: `${bed.emulator.url}/v1/dnc_lists/${texts.id}/` }),
					],
				},
			]);
			expect(entries()).toEqual([kept]);
		});

		it('by phone number finds a number CallHub stored with its country prefix from the national number', async () => {
			const list = createDncList(bed.emulator.state, 'Calls');
			addDncNumber(bed.emulator.state, list.id, '14155550100');
			const result = await bed.run({
				parameters: { resource: 'dncContact', operation: 'remove', removeBy: 'phoneNumber', phoneNumber: '(415) 555-0100' },
			});
			expect(result.json[0]).toMatchObject({ deleted: true, removed: 1 });
			expect(entries()).toHaveLength(0);
		});

		it('by phone number can be limited to one DNC list', async () => {
			const calls = createDncList(bed.emulator.state, 'Calls');
			const texts = createDncList(bed.emulator.state, 'Texts');
			const kept = addDncNumber(bed.emulator.state, calls.id, '14155550100');
			const removed = addDncNumber(bed.emulator.state, texts.id, '14155550100');

			const result = await bed.run({
				parameters: {
					resource: 'dncContact',
					operation: 'remove',
					removeBy: 'phoneNumber',
					phoneNumber: '14155550100',
					options: { dncList: texts.id },
				},
			});

			expect(bed.emulator.requests('DELETE').map((request) => request.path)).toEqual([`/v1/dnc_contacts/${removed.id}/`]);
			expect(result.json[0]).toMatchObject({ deleted: true, removed: 1 });
			expect(entries()).toEqual([kept]);
		});

		it('fails clearly, deleting nothing, when the number is not listed', async () => {
			const list = createDncList(bed.emulator.state, 'Calls');
			addDncNumber(bed.emulator.state, list.id, '14155550101');
			const result = await bed.run({
				parameters: { resource: 'dncContact', operation: 'remove', removeBy: 'phoneNumber', phoneNumber: '+14155550100' },
				onError: 'continueErrorOutput',
			});

			expect(result.items).toHaveLength(0);
			expect(result.errorItems[0].json.error).toBe('The number +14155550100 is not on any DNC list');
			expect(result.errorItems[0].pairedItem).toEqual({ item: 0 });
			expect(bed.emulator.requests('DELETE')).toHaveLength(0);
			expect(entries()).toHaveLength(1);
		});
	});
});
