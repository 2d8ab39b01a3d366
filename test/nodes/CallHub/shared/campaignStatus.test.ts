import { statusName } from '../../../../nodes/CallHub/shared/campaignStatus';
import { addCampaign, campaigns, STATUS } from '../../../emulator/resources/campaigns';
import { useEmulator } from '../../../harness/emulator';
import { locator } from '../../../harness/fixtures';

describe('campaign status names', () => {
	it('names a status where the codings agree or only one has the code, and says both where they differ', () => {
		expect(statusName('voice_broadcasts', 1)).toBe('running');
		expect(statusName('sms_campaigns', '4')).toBe('ended');
		expect(statusName('callcenter_campaigns', 1)).toBe('running');
		expect(statusName('callcenter_campaigns', 3)).toBe('aborted');
		expect(statusName('callcenter_campaigns', 5)).toBe('stopped');
		expect(statusName('callcenter_campaigns', 2)).toBe('paused or running');
		expect(statusName('callcenter_campaigns', 4)).toBe('ended or paused');
		expect(statusName('voice_broadcasts', 7)).toBe('unknown (7)');
		expect(statusName('voice_broadcasts', null)).toBeUndefined();
	});
});

describe('campaign status changes under the MCP coding (variant cc-status-mcp)', () => {
	const bed = useEmulator({ variants: ['cc-status-mcp'] });
	beforeEach(() => bed.emulator.reset());
	const update = (id: string, status: string | number) =>
		bed.run({ parameters: { resource: 'callCenterCampaign', operation: 'update', callCenterCampaign: locator(id), updateFields: { status } } });

	it('Start tries the documented 1; refused as "not a valid choice", it sends 2 and reports verified', async () => {
		const campaign = addCampaign(bed.emulator.state, 'callcenter_campaigns', { name: 'Paused', status: STATUS.PAUSE });
		const result = await update(campaign.id, 'start');
		expect(bed.emulator.requests('PUT').map((entry) => [entry.body, entry.status])).toEqual([
			[{ status: 1 }, 400],
			[{ status: 2 }, 200],
		]);
		expect(campaigns(bed.emulator.state, 'callcenter_campaigns').get(campaign.id)?.status).toBe(STATUS.START);
		expect(result.json[0]).toMatchObject({ status: 2, status_name: 'running', statusVerified: true });
	});

	it('End sends the MCP stop (5) first; accepted, the coding is known and the campaign stopped', async () => {
		const campaign = addCampaign(bed.emulator.state, 'callcenter_campaigns', { name: 'Running', status: STATUS.START });
		const result = await update(campaign.id, 'end');
		expect(bed.emulator.requests('PUT').map((entry) => entry.body)).toEqual([{ status: 5 }]);
		expect(result.json[0]).toMatchObject({ status: 5, status_name: 'stopped', statusVerified: true });
	});

	it('Pause of a running campaign sends 4, never 2, and says the check could not be certain', async () => {
		const campaign = addCampaign(bed.emulator.state, 'callcenter_campaigns', { name: 'Running', status: STATUS.START });
		const result = await update(campaign.id, 'pause');
		expect(bed.emulator.requests('PUT').map((entry) => entry.body)).toEqual([{ status: 4 }]);
		expect(campaigns(bed.emulator.state, 'callcenter_campaigns').get(campaign.id)?.status).toBe(STATUS.PAUSE);
		expect(result.json[0]).toMatchObject({ status: 4, statusVerified: false, statusNote: expect.stringContaining('Options → Status Code') });
	});

	it('reads a workflow saved with a numeric status by the documented table (2 = Pause)', async () => {
		const campaign = addCampaign(bed.emulator.state, 'callcenter_campaigns', { name: 'Running', status: STATUS.START });
		await update(campaign.id, 2);
		expect(bed.emulator.requests('PUT').map((entry) => entry.body)).toEqual([{ status: 4 }]);
	});

	it('refuses a status that is not a campaign status, naming the parameter', async () => {
		const campaign = addCampaign(bed.emulator.state, 'callcenter_campaigns', { name: 'Running', status: STATUS.START });
		const result = await update(campaign.id, 'resume');
		expect(result.error?.message).toBe('The Status parameter "resume" is not a campaign status');
		expect(bed.emulator.requests('PUT')).toEqual([]);
	});
});
