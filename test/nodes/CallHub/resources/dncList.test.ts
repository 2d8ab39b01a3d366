import { addDncNumber, createDncList, dncContacts, dncLists } from '../../../emulator/resources/dnc';
import { useEmulator } from '../../../harness/emulator';
import { locator } from '../../../harness/fixtures';

describe('CallHub node: DNC List', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	it('Create POSTs the name and returns the list with the id taken from its url', async () => {
		const result = await bed.run({ parameters: { resource: 'dncList', operation: 'create', name: 'Do not call' } });

		const [request] = bed.emulator.requests('POST', '/v1/dnc_lists/');
		expect(request.body).toEqual({ name: 'Do not call' });
		const [list] = [...dncLists(bed.emulator.state).values()];
		expect(list.name).toBe('Do not call');
		expect(result.json).toEqual([
			{ url: `${bed.emulator.url}/v1/dnc_lists/${list.id}/`, owner: 'demo_manager', name: 'Do not call', id: list.id },
		]);
	});

	it('Get Many follows pages with Return All, each list with its exact 19-digit id', async () => {
		const lists = Array.from({ length: 12 }, (_, index) => createDncList(bed.emulator.state, `List ${index}`));
		const result = await bed.run({ parameters: { resource: 'dncList', operation: 'getAll', returnAll: true } });

		expect(bed.emulator.requests('GET').map((request) => request.query)).toEqual([{ page_size: '1000' }]);
		expect(result.json.map((list) => list.id)).toEqual(lists.map((list) => list.id));
	});

	it('Get Many stops at the Limit', async () => {
		for (let index = 0; index < 5; index++) createDncList(bed.emulator.state, `List ${index}`);
		const result = await bed.run({ parameters: { resource: 'dncList', operation: 'getAll', returnAll: false, limit: 2 } });
		expect(bed.emulator.requests('GET', '/v1/dnc_lists/')[0].query).toEqual({ page_size: '2' });
		expect(result.json.map((list) => list.name)).toEqual(['List 0', 'List 1']);
	});

	it('Update PUTs the new name to the list chosen by URL', async () => {
		const list = createDncList(bed.emulator.state, 'Old');
		const result = await bed.run({
			parameters: {
				resource: 'dncList',
				operation: 'update',
				dncList: locator(`https://api-na1.callhub.io/v1/dnc_lists/${list.id}/`, 'url'),
				name: 'Texting opt-outs',
			},
		});

		const [request] = bed.emulator.requests('PUT');
		expect(request).toMatchObject({ path: `/v1/dnc_lists/${list.id}/`, body: { name: 'Texting opt-outs' } });
		expect(list.name).toBe('Texting opt-outs');
		expect(result.json[0]).toMatchObject({ id: list.id, name: 'Texting opt-outs' });
	});

	it('Delete removes the list and the numbers on it', async () => {
		const list = createDncList(bed.emulator.state, 'Gone');
		addDncNumber(bed.emulator.state, list.id, '14155550100');
		const result = await bed.run({ parameters: { resource: 'dncList', operation: 'delete', dncList: locator(list.id) } });

		expect(bed.emulator.requests('DELETE').map((request) => request.path)).toEqual([`/v1/dnc_lists/${list.id}/`]);
		expect(result.json).toEqual([{ deleted: true }]);
		expect(dncLists(bed.emulator.state).size).toBe(0);
		expect(dncContacts(bed.emulator.state).size).toBe(0);
	});

	it('names the DNC List parameter when the list does not exist', async () => {
		const result = await bed.run({ parameters: { resource: 'dncList', operation: 'delete', dncList: locator('123456') } });
		expect(result.error?.message).toBe('CallHub could not find DNC List 123456: Not found.');
		expect(result.error?.description).toContain('Check the DNC List parameter');
	});
});
