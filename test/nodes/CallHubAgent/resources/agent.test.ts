import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { AgentAccount } from '../../../emulator/resources/agentAccounts';
import { addAgent, addAgentCampaign, runAgent, tokenCredentials, tokenOf } from '../../../harness/agent';
import { useEmulator } from '../../../harness/emulator';

describe('CallHub Agent node: Agent', () => {
	const bed = useEmulator();
	let agent: AgentAccount;
	const run = async (parameters: INodeParameters, input?: IDataObject[]) =>
		await runAgent({ parameters: { resource: 'agent', ...parameters }, input, credentials: tokenCredentials(bed.emulator, tokenOf(bed.emulator, agent)) });

	beforeEach(() => {
		bed.emulator.reset();
		agent = addAgent(bed.emulator, { username: 'dana', email: 'dana@example.org', nation_slug: 'riverside' });
	});

	it('Get Status GETs /v2/agent-status/ and answers all null while the agent is idle', async () => {
		const result = await run({ operation: 'getStatus' });
		expect(bed.emulator.log.map(({ method, path, query }) => ({ method, path, query }))).toEqual([{ method: 'GET', path: '/v2/agent-status/', query: {} }]);
		expect(result.json).toEqual([{ connected_campaign: null, call_uuid: null, current_subscriber: null, subscriber_uuid: null, supervisor_uuid: null }]);
	});

	it('Get Details reads the user and agent details', async () => {
		const result = await run({ operation: 'getDetails' });
		expect(bed.emulator.requests('GET', '/v2/user-details/')).toHaveLength(1);
		expect(result.json).toEqual([
			{
				user: { username: 'dana', first_name: 'Dana', last_name: 'Caller', email: 'dana@example.org' },
				agent: { country: 'US', phone_no: '14155550100', language: 'en' },
			},
		]);
	});

	it('Update Details POSTs only the fields given, in the user/agent shape CallHub answers with', async () => {
		const result = await run({ operation: 'updateDetails', updateFields: { firstName: 'Robin', email: 'robin@example.org', phoneNo: '14155550199' } });
		const [request] = bed.emulator.requests('POST', '/v2/user-details/');
		expect(request.body).toEqual({ user: { first_name: 'Robin', email: 'robin@example.org' }, agent: { phone_no: '14155550199' } });
		expect(agent).toMatchObject({ first_name: 'Robin', last_name: 'Caller', email: 'robin@example.org', phone_no: '14155550199' });
		expect(result.json[0]).toMatchObject({ user: { first_name: 'Robin' }, agent: { phone_no: '14155550199' } });
	});

	it('Update Details without a field says what to add and sends nothing', async () => {
		const result = await run({ operation: 'updateDetails', updateFields: {} });
		expect(result.error?.message).toBe('No detail to update');
		expect(bed.emulator.log).toHaveLength(0);
	});

	it('Change Password POSTs the current password and the new one twice', async () => {
		const result = await run({ operation: 'changePassword', currentPassword: 'agent-password-1', newPassword: 'a-new-password-2' });
		expect(bed.emulator.requests('POST', '/v2/password-change/')[0].body).toEqual({
			old_password: 'agent-password-1',
			new_password1: 'a-new-password-2',
			new_password2: 'a-new-password-2',
		});
		expect(agent.password).toBe('a-new-password-2');
		expect(result.json).toEqual([{ detail: 'New password has been saved.' }]);
	});

	it('Change Password with a wrong current password names the parameter to fix', async () => {
		const result = await run({ operation: 'changePassword', currentPassword: 'guess', newPassword: 'a-new-password-2' });
		expect(result.error?.message).toBe(
			'CallHub rejected the request: Current Password (old_password): Your old password was entered incorrectly. Please enter it again.',
		);
		expect(result.error?.description).toBe('Fix the Current Password parameter and run the node again.');
		expect(agent.password).toBe('agent-password-1');
	});

	it('Get SIP Endpoint reads the SIP account of the agent', async () => {
		const result = await run({ operation: 'getSipEndpoint' });
		expect(bed.emulator.requests('GET', '/v2/sip-endpoint/')).toHaveLength(1);
		expect(result.json[0]).toEqual({
			sip_username: expect.stringMatching(/^agent\d{8}$/),
			sip_password: expect.any(String),
			sip_domain: 'sip.callhub.io',
			sip_uri: expect.stringMatching(/^sip:agent\d{8}@sip\.callhub\.io$/),
		});
	});

	it('Get NationBuilder Nation reads the slug of the connected nation', async () => {
		const result = await run({ operation: 'getNationBuilderNation' });
		expect(bed.emulator.requests('GET', '/v2/nation-builder/')).toHaveLength(1);
		expect(result.json).toEqual([{ slug: 'riverside' }]);
	});

	it('Get Trophy GETs /v2/is-trophy/{campaign}/ and names the best agent with an exact id', async () => {
		const rival = addAgent(bed.emulator, { username: 'sam' });
		const { campaign } = addAgentCampaign(bed.emulator, [agent, rival]);
		campaign.callsByAgent = { [agent.id]: 2, [rival.id]: 5 };
		const result = await run({ operation: 'getTrophy', campaign: campaign.id });
		expect(bed.emulator.log.map((entry) => entry.path)).toEqual([`/v2/is-trophy/${campaign.id}/`]);
		expect(result.json).toEqual([{ is_trophy: false, best_agent: { id: rival.id, username: 'sam', calls: 5 } }]);
	});

	it('Get Trophy for a campaign the agent is not assigned to says which campaign was not found', async () => {
		const { campaign } = addAgentCampaign(bed.emulator, []);
		const result = await run({ operation: 'getTrophy', campaign: campaign.id });
		expect(result.error?.message).toBe(`CallHub could not find Campaign ${campaign.id}: Not found.`);
	});

	it('Get Assigned Campaigns answers the campaign ids as exact strings', async () => {
		const first = addAgentCampaign(bed.emulator, [agent], { name: 'One' }).campaign;
		addAgentCampaign(bed.emulator, [], { name: 'Not mine' });
		const second = addAgentCampaign(bed.emulator, [agent], { name: 'Two' }).campaign;
		const result = await run({ operation: 'getAssignedCampaigns' });
		expect(bed.emulator.log.map((entry) => `${entry.method} ${entry.path}`)).toEqual(['GET /v2/agent-campaigns/']);
		expect(result.json).toEqual([{ campaigns: [first.id, second.id] }]);
	});

	it('Get Campaign Info asks for several campaigns with ?id=[...] written from the exact digits', async () => {
		const first = addAgentCampaign(bed.emulator, [agent], { name: 'One' });
		const second = addAgentCampaign(bed.emulator, [agent], { name: 'Two' });
		const result = await run({ operation: 'getCampaignInfo', campaignIds: `${first.campaign.id}, ${second.campaign.id}` });
		expect(bed.emulator.log.map(({ method, path, query }) => ({ method, path, query }))).toEqual([
			{ method: 'GET', path: '/v2/campaign-info/', query: { id: `[${first.campaign.id},${second.campaign.id}]` } },
		]);
		expect(result.json.map((campaign) => [campaign.id, campaign.name, campaign.phonebook])).toEqual([
			[first.campaign.id, 'One', first.campaign.phonebooks],
			[second.campaign.id, 'Two', second.campaign.phonebooks],
		]);
		expect(result.json[0]).toMatchObject({ status: 'Running', totalcontact: 3, script: expect.any(String) });
	});

	it('Get Campaign Info takes a list of ids from an expression', async () => {
		const { campaign } = addAgentCampaign(bed.emulator, [agent]);
		const result = await run({ operation: 'getCampaignInfo', campaignIds: '={{ $json.campaigns }}' }, [{ campaigns: [campaign.id] }]);
		expect(bed.emulator.log[0].query).toEqual({ id: `[${campaign.id}]` });
		expect(result.json.map((info) => info.id)).toEqual([campaign.id]);
	});

	it('Get Campaign Info without ids reads every campaign the agent is assigned to', async () => {
		const first = addAgentCampaign(bed.emulator, [agent], { name: 'One' }).campaign;
		const second = addAgentCampaign(bed.emulator, [agent], { name: 'Two' }).campaign;
		const result = await run({ operation: 'getCampaignInfo', campaignIds: '' });
		expect(bed.emulator.log.map((entry) => entry.path)).toEqual(['/v2/agent-campaigns/', '/v2/campaign-info/']);
		expect(bed.emulator.log[1].query).toEqual({ id: `[${first.id},${second.id}]` });
		expect(result.json.map((info) => info.name)).toEqual(['One', 'Two']);
	});

	it('Get Campaign Info refuses an id that is not digits before calling CallHub', async () => {
		const result = await run({ operation: 'getCampaignInfo', campaignIds: '12, 1e3' });
		expect(result.error?.message).toBe('The Campaign IDs parameter has "1e3", which is not a CallHub ID');
		expect(bed.emulator.log).toHaveLength(0);
	});
});
