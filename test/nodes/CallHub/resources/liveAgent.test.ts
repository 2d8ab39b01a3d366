import { addCampaign, STATUS } from '../../../emulator/resources/campaigns';
import { connectAgent } from '../../../emulator/resources/liveAgents';
import { useEmulator } from '../../../harness/emulator';

describe('CallHub node: Live Agent', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	it('Get Many lists the agents connected to campaigns, with the manager key', async () => {
		const campaign = addCampaign(bed.emulator.state, 'callcenter_campaigns', { name: 'GOTV', status: STATUS.START });
		const ada = connectAgent(bed.emulator.state, 'ada', campaign.id);
		connectAgent(bed.emulator.state, 'grace', campaign.id);

		const result = await bed.run({ parameters: { resource: 'liveAgent', operation: 'getAll', returnAll: true } });

		const [request] = bed.emulator.requests('GET', '/v2/campaign/agent/live/');
		expect(request.query).toEqual({ page_size: '1000' });
		expect(request.authorization).toBe(`Token ${bed.emulator.apiKey}`);
		expect(result.json).toHaveLength(2);
		expect(result.json[0]).toEqual({
			id: ada.id,
			username: 'ada',
			email: 'ada@example.org',
			campaign_id: campaign.id,
			campaign_name: 'GOTV',
			connected_at: ada.connected_at,
		});
	});

	it('Get Many returns no items when no agent is connected', async () => {
		const result = await bed.run({ parameters: { resource: 'liveAgent', operation: 'getAll', returnAll: false, limit: 5 } });
		expect(bed.emulator.requests('GET', '/v2/campaign/agent/live/')[0].query).toEqual({ page_size: '5' });
		expect(result.items).toEqual([]);
		expect(result.error).toBeUndefined();
	});
});
