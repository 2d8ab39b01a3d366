import { addCampaign, campaigns, STATUS } from '../../../emulator/resources/campaigns';
import { useEmulator } from '../../../harness/emulator';
import { addPhoneBook, locator } from '../../../harness/fixtures';

describe('CallHub node: Call Center Campaign', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	const addCallCenter = (name: string, status: number = STATUS.PAUSE) =>
		addCampaign(bed.emulator.state, 'callcenter_campaigns', { name, status });

	it('Get reads the campaign by its exact id, with the id taken from its url', async () => {
		const book = addPhoneBook(bed.emulator, 'Canvass');
		const campaign = addCampaign(bed.emulator.state, 'callcenter_campaigns', { name: 'GOTV', status: STATUS.START, phonebooks: [book.id] });

		const result = await bed.run({
			parameters: { resource: 'callCenterCampaign', operation: 'get', callCenterCampaign: locator(campaign.id) },
		});

		expect(bed.emulator.log.map((entry) => [entry.method, entry.path])).toEqual([['GET', `/v1/callcenter_campaigns/${campaign.id}/`]]);
		expect(result.json).toEqual([
			{
				url: `${bed.emulator.url}/v1/callcenter_campaigns/${campaign.id}/`,
				owner: 'demo_manager',
				name: 'GOTV',
				status: 1,
				status_name: 'running',
				phonebook: [`${bed.emulator.url}/v1/phonebooks/${book.id}/`],
				id: campaign.id,
			},
		]);
	});

	it('Get Many follows pages with Return All', async () => {
		const all = Array.from({ length: 11 }, (_, index) => addCallCenter(`Campaign ${index}`));
		const result = await bed.run({ parameters: { resource: 'callCenterCampaign', operation: 'getAll', returnAll: true } });
		expect(bed.emulator.requests('GET', '/v1/callcenter_campaigns/')[0].query).toEqual({ page_size: '1000' });
		expect(result.json.map((campaign) => campaign.id)).toEqual(all.map((campaign) => campaign.id));
	});

	it('Update PUTs the status chosen by name (Start = 1) and the new name', async () => {
		const campaign = addCallCenter('Phone bank');
		const result = await bed.run({
			parameters: {
				resource: 'callCenterCampaign',
				operation: 'update',
				callCenterCampaign: locator(`https://api.callhub.io/v1/callcenter_campaigns/${campaign.id}/`, 'url'),
				updateFields: { name: 'Phone bank (week 2)', status: 1 },
			},
		});

		const [request] = bed.emulator.requests('PUT');
		expect(request).toMatchObject({ path: `/v1/callcenter_campaigns/${campaign.id}/`, body: { name: 'Phone bank (week 2)', status: 1 } });
		expect(campaign).toMatchObject({ name: 'Phone bank (week 2)', status: STATUS.START });
		expect(result.json[0]).toMatchObject({ id: campaign.id, status: 1, name: 'Phone bank (week 2)' });
	});

	it.each([
		['Pause', 2],
		['Abort', 3],
		['End', 4],
	])('Update sends %s as status %d', async (_name, status) => {
		const campaign = addCallCenter('Running', STATUS.START);
		await bed.run({
			parameters: { resource: 'callCenterCampaign', operation: 'update', callCenterCampaign: locator(campaign.id), updateFields: { status } },
		});
		expect(bed.emulator.requests('PUT')[0].body).toEqual({ status });
		expect(campaign.status).toBe(status);
	});

	it('Update without a field to change fails before calling CallHub', async () => {
		const campaign = addCallCenter('Untouched');
		const result = await bed.run({
			parameters: { resource: 'callCenterCampaign', operation: 'update', callCenterCampaign: locator(campaign.id), updateFields: {} },
		});
		expect(result.error?.message).toBe('Nothing to update');
		expect(bed.emulator.log).toHaveLength(0);
	});

	it("Update reports CallHub's refusal to restart an ended campaign", async () => {
		const campaign = addCallCenter('Over', STATUS.END);
		const result = await bed.run({
			parameters: { resource: 'callCenterCampaign', operation: 'update', callCenterCampaign: locator(campaign.id), updateFields: { status: 1 } },
		});
		expect(result.error?.message).toBe(
			'CallHub rejected the request: Status (status): This campaign has ended and cannot be changed. Duplicate it to run it again.',
		);
		expect(campaign.status).toBe(STATUS.END);
	});

	it('Delete removes the campaign', async () => {
		const campaign = addCallCenter('Gone');
		const result = await bed.run({
			parameters: { resource: 'callCenterCampaign', operation: 'delete', callCenterCampaign: locator(campaign.id) },
		});
		expect(bed.emulator.requests('DELETE').map((entry) => entry.path)).toEqual([`/v1/callcenter_campaigns/${campaign.id}/`]);
		expect(result.json).toEqual([{ deleted: true }]);
		expect(campaigns(bed.emulator.state, 'callcenter_campaigns').size).toBe(0);
	});

	it('names the Call Center Campaign parameter when the campaign does not exist', async () => {
		const result = await bed.run({
			parameters: { resource: 'callCenterCampaign', operation: 'get', callCenterCampaign: locator('42') },
		});
		expect(result.error?.message).toBe('CallHub could not find Call Center Campaign 42: Not found.');
		expect(result.error?.description).toContain('Check the Call Center Campaign parameter');
	});

	describe('status read-back (shared/campaignStatus.ts)', () => {
		const update = (campaignId: string, status: string, options = {}) =>
			bed.run({
				parameters: { resource: 'callCenterCampaign', operation: 'update', callCenterCampaign: locator(campaignId), updateFields: { status }, options },
			});

		it('reads the campaign before and after a change and outputs status, status_name and statusVerified', async () => {
			const campaign = addCallCenter('Running', STATUS.START);
			const result = await update(campaign.id, 'pause');
			const path = `/v1/callcenter_campaigns/${campaign.id}/`;
			expect(bed.emulator.log.map((entry) => `${entry.method} ${entry.path}`)).toEqual([`GET ${path}`, `PUT ${path}`, `GET ${path}`]);
			// Status 1 exists only in the documented codes, so the account uses them: pause is 2.
			expect(bed.emulator.log[1].body).toEqual({ status: 2 });
			expect(result.json[0]).toMatchObject({ id: campaign.id, status: 2, status_name: 'paused', statusVerified: true });
		});

		it('fails the item when CallHub reports another status than the one asked for, naming both', async () => {
			const campaign = addCallCenter('Stubborn', STATUS.START);
			// The read-back after the change still shows the campaign running.
			bed.emulator.inject({ method: 'GET', path: `/v1/callcenter_campaigns/${campaign.id}/`, body: { url: `${bed.emulator.url}/v1/callcenter_campaigns/${campaign.id}/`, name: 'Stubborn', status: 1 } });
			bed.emulator.inject({ method: 'GET', path: `/v1/callcenter_campaigns/${campaign.id}/`, body: { url: `${bed.emulator.url}/v1/callcenter_campaigns/${campaign.id}/`, name: 'Stubborn', status: 1 } });
			const result = await update(campaign.id, 'pause');
			expect(result.error?.message).toBe(`Asked CallHub to pause call center campaign "Stubborn" (${campaign.id}); CallHub reports it as running (status 1)`);
			expect(result.error?.description).toContain('Options → Status Code');
		});

		it('Options → Status Code sends that code and checks CallHub reports it', async () => {
			const campaign = addCallCenter('Custom', STATUS.START);
			const result = await update(campaign.id, 'pause', { statusCode: 2 });
			expect(bed.emulator.requests('PUT')[0].body).toEqual({ status: 2 });
			expect(bed.emulator.requests('GET')).toHaveLength(1);
			expect(result.json[0]).toMatchObject({ status: 2, statusVerified: true });
		});

		it('reads a status name in the answer when CallHub gives one, and fails on a contradiction', async () => {
			const campaign = addCallCenter('Named', STATUS.PAUSE);
			const url = `${bed.emulator.url}/v1/callcenter_campaigns/${campaign.id}/`;
			bed.emulator.inject({ method: 'GET', path: `/v1/callcenter_campaigns/${campaign.id}/`, body: { url, name: 'Named', status: 2, status_display: 'Paused' } });
			bed.emulator.inject({ method: 'GET', path: `/v1/callcenter_campaigns/${campaign.id}/`, body: { url, name: 'Named', status: 2, status_display: 'Running' } });
			const result = await update(campaign.id, 'pause');
			// The name settles the coding (2 is paused: the documented codes), so pause sends 2.
			expect(bed.emulator.requests('PUT')[0].body).toEqual({ status: 2 });
			expect(result.error?.message).toBe(`Asked CallHub to pause call center campaign "Named" (${campaign.id}); CallHub reports it as Running (status 2)`);
		});
	});
});

