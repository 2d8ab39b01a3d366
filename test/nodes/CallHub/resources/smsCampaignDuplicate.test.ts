import { addCampaign, campaigns } from '../../../emulator/resources/campaigns';
import { useEmulator } from '../../../harness/emulator';
import { locator } from '../../../harness/fixtures';

describe('CallHub node: SMS Campaign → Duplicate', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	it("tries the documented /v2/sms_broadcast/duplicate/ {campaign_id} first, then the MCP server's /v2/sms_broadcast/{id}/duplicate/; one copy is made", async () => {
		const original = addCampaign(bed.emulator.state, 'sms_campaigns', { name: 'Event invite', status: 4 });
		const result = await bed.run({ parameters: { resource: 'smsCampaign', operation: 'duplicate', smsCampaign: locator(original.id) } });
		expect(bed.emulator.requests('POST').map((entry) => [entry.path, entry.body ?? {}])).toEqual([
			['/v2/sms_broadcast/duplicate/', { campaign_id: original.id }],
			[`/v2/sms_broadcast/${original.id}/duplicate/`, {}],
		]);
		expect(campaigns(bed.emulator.state, 'sms_campaigns').size).toBe(2);
		expect(result.json[0]).toMatchObject({ name: 'Event invite (copy)', status: 2, original_id: original.id });
	});

	it('says CallHub could not find a campaign that does not exist', async () => {
		const result = await bed.run({ parameters: { resource: 'smsCampaign', operation: 'duplicate', smsCampaign: locator('999') } });
		expect(result.error?.message).toMatch(/could not find/i);
	});
});
