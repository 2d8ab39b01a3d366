import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { AgentAccount, AgentCampaign } from '../../../emulator/resources/agentAccounts';
import type { Conference } from '../../../emulator/resources/agentCalls';
import { conferences } from '../../../emulator/resources/agentCalls';
import type { Contact } from '../../../emulator/state';
import { addAgent, addAgentCampaign, passwordCredentials, runAgent, tokenCredentials, tokenOf } from '../../../harness/agent';
import { useEmulator } from '../../../harness/emulator';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('CallHub Agent node: Conference', () => {
	const bed = useEmulator();
	let agent: AgentAccount;
	let campaign: AgentCampaign;
	let contacts: Contact[];

	const run = async (parameters: INodeParameters, input?: IDataObject[]) =>
		await runAgent({ parameters: { resource: 'conference', ...parameters }, input, credentials: tokenCredentials(bed.emulator, tokenOf(bed.emulator, agent)) });
	const conference = (): Conference => [...conferences(bed.emulator.state).values()][0];
	const last = (method: string) => bed.emulator.requests(method).at(-1);

	/** Through the node: a conference created, and the agent joined (and on a call with the first contact). */
	async function joined(onCall = false): Promise<string> {
		const created = await run({ operation: 'create', campaign: campaign.id });
		const uuid = created.json[0].conference_uuid as string;
		await run({ operation: 'joinAgent', conference: uuid, endpoint: 'PHONE' });
		if (onCall) await run({ operation: 'callNextSubscriber', conference: uuid });
		bed.emulator.log.length = 0;
		return uuid;
	}

	beforeEach(() => {
		bed.emulator.reset();
		agent = addAgent(bed.emulator);
		({ campaign, contacts } = addAgentCampaign(bed.emulator, [agent]));
	});

	it('Create POSTs campaign_id and answers the conference_uuid', async () => {
		const result = await run({ operation: 'create', campaign: campaign.id });
		expect(bed.emulator.log.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
			{ method: 'POST', path: '/v2/conference/', body: { campaign_id: campaign.id } },
		]);
		expect(result.json).toEqual([{ conference_uuid: conference().uuid }]);
		expect(conference()).toMatchObject({ campaign_id: campaign.id, agent_id: agent.id, call_uuid: null });
	});

	it('Create in a campaign the agent is not assigned to names the Campaign parameter', async () => {
		const other = addAgentCampaign(bed.emulator, [], { name: 'Other' }).campaign;
		const result = await run({ operation: 'create', campaign: other.id });
		expect(result.error?.message).toBe('CallHub rejected the request: Campaign (campaign_id): The agent is not assigned to this campaign.');
		expect(result.error?.description).toBe('Fix the Campaign parameter and run the node again.');
	});

	it('Get reads the conference by its uuid', async () => {
		const uuid = await joined();
		const result = await run({ operation: 'get', conference: uuid });
		expect(bed.emulator.log.map(({ method, path }) => `${method} ${path}`)).toEqual([`GET /v2/conference/${uuid}/`]);
		expect(result.json).toEqual([
			expect.objectContaining({ conference_uuid: uuid, campaign_id: campaign.id, status: 'joined', call_uuid: expect.stringMatching(UUID) }),
		]);
	});

	it('Get of a conference CallHub does not know says which conference', async () => {
		const result = await run({ operation: 'get', conference: '0f8fad5b-d9cb-469f-a165-70867728950e' });
		expect(result.error?.message).toBe('CallHub could not find Conference 0f8fad5b-d9cb-469f-a165-70867728950e: Not found.');
		expect(result.error?.description).toContain('Check the Conference UUID parameter');
	});

	it('refuses a conference uuid that would change the path, before calling CallHub', async () => {
		const result = await run({ operation: 'get', conference: '../../v1/contacts' });
		expect(result.error?.message).toBe('The Conference UUID parameter "../../v1/contacts" is not a valid conference UUID');
		expect(result.error?.description).toMatch(/^Use a value like 0f8fad5b-d9cb-469f-a165-70867728950e\. It is the conference_uuid Conference → Create answers/);
		expect(bed.emulator.log).toHaveLength(0);
	});

	it('Join Agent PUTs the endpoint; CallHub calls the agent', async () => {
		const created = await run({ operation: 'create', campaign: campaign.id });
		const uuid = created.json[0].conference_uuid as string;
		const result = await run({ operation: 'joinAgent', conference: uuid, endpoint: 'SIP' });
		expect(last('PUT')).toMatchObject({ path: `/v2/conference/${uuid}/agent/`, body: { endpoint: 'SIP' } });
		expect(conference()).toMatchObject({ endpoint: 'SIP', call_uuid: expect.stringMatching(UUID) });
		expect(result.json[0]).toMatchObject({ conference_uuid: uuid, call_uuid: conference().call_uuid });
	});

	it('Call Next Subscriber POSTs to /subscriber/ and answers who is called, with an exact id', async () => {
		const uuid = await joined();
		const result = await run({ operation: 'callNextSubscriber', conference: uuid });
		expect(bed.emulator.log.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
			{ method: 'POST', path: `/v2/conference/${uuid}/subscriber/`, body: {} },
		]);
		expect(result.json[0]).toMatchObject({ conference_uuid: uuid, current_subscriber: contacts[0].id, subscriber_uuid: expect.stringMatching(UUID) });
	});

	it('Call Next Subscriber before the agent joined explains what is missing', async () => {
		const created = await run({ operation: 'create', campaign: campaign.id });
		const result = await run({ operation: 'callNextSubscriber', conference: created.json[0].conference_uuid as string });
		expect(result.error?.message).toBe('CallHub rejected the request: The agent has not joined the conference yet.');
	});

	it('Drop Voicemail POSTs to /subscriber/voicemail/ and hangs up', async () => {
		const uuid = await joined(true);
		const result = await run({ operation: 'dropVoicemail', conference: uuid });
		expect(last('POST')?.path).toBe(`/v2/conference/${uuid}/subscriber/voicemail/`);
		expect(conference()).toMatchObject({ voicemails: [contacts[0].id], current_subscriber: null, subscriber_uuid: null });
		expect(result.json[0]).toMatchObject({ conference_uuid: uuid, current_subscriber: null });
	});

	it('Call Supervisor POSTs the phone number to /supervisor/', async () => {
		const uuid = await joined(true);
		const result = await run({ operation: 'callSupervisor', conference: uuid, phoneNumber: '+1 415 555 0177' });
		expect(last('POST')).toMatchObject({ path: `/v2/conference/${uuid}/supervisor/`, body: { phone_number: '+1 415 555 0177' } });
		expect(conference()).toMatchObject({ supervisor_number: '14155550177', supervisor_uuid: expect.stringMatching(UUID) });
		expect(result.json[0].supervisor_uuid).toBe(conference().supervisor_uuid);
	});

	it('Transfer to Supervisor POSTs to /subscriber/transfer/ and frees the agent', async () => {
		const uuid = await joined(true);
		await run({ operation: 'callSupervisor', conference: uuid, phoneNumber: '14155550177' });
		const result = await run({ operation: 'transferToSupervisor', conference: uuid });
		expect(last('POST')?.path).toBe(`/v2/conference/${uuid}/subscriber/transfer/`);
		expect(conference()).toMatchObject({ transfers: [contacts[0].id], current_subscriber: null, supervisor_uuid: null });
		expect(result.json[0]).toMatchObject({ conference_uuid: uuid, call_uuid: conference().call_uuid });
	});

	it('Hang Up Supervisor DELETEs /supervisor/; the agent stays with the subscriber', async () => {
		const uuid = await joined(true);
		await run({ operation: 'callSupervisor', conference: uuid, phoneNumber: '14155550177' });
		const result = await run({ operation: 'hangUpSupervisor', conference: uuid });
		expect(last('DELETE')?.path).toBe(`/v2/conference/${uuid}/supervisor/`);
		expect(conference()).toMatchObject({ supervisor_uuid: null, current_subscriber: contacts[0].id });
		expect(result.json[0]).toMatchObject({ conference_uuid: uuid, supervisor_uuid: null });
	});

	it('Remove Agent DELETEs /agent/; CallHub answers nothing, the node says the agent left', async () => {
		const uuid = await joined();
		const result = await run({ operation: 'removeAgent', conference: uuid });
		expect(last('DELETE')).toMatchObject({ path: `/v2/conference/${uuid}/agent/`, status: 204 });
		expect(conference().ended).toBe(true);
		expect(result.json).toEqual([{ conference_uuid: uuid, left: true }]);
	});

	it('walks a whole call session, each step taking conference_uuid from the previous one, as /v2/agent-status/ shows', async () => {
		// Username and password: the whole session signs in once.
		const credentials = passwordCredentials(bed.emulator, agent);
		const rival = addAgent(bed.emulator, { username: 'rival' });
		campaign.assignedAgents.push(rival.id);
		campaign.callsByAgent[rival.id] = 1;
		let item: IDataObject = {};
		const step = async (parameters: INodeParameters) => {
			const result = await runAgent({ parameters: { resource: 'conference', ...parameters }, input: [item], credentials });
			expect(result.error).toBeUndefined();
			item = result.json[0];
			return item;
		};
		const status = async () => {
			const result = await runAgent({ parameters: { resource: 'agent', operation: 'getStatus' }, credentials });
			return result.json[0];
		};
		const idle = { connected_campaign: null, call_uuid: null, current_subscriber: null, subscriber_uuid: null, supervisor_uuid: null };

		expect(await status()).toEqual(idle);

		const { conference_uuid: uuid } = await step({ operation: 'create', campaign: campaign.id });
		expect(await status()).toEqual({ ...idle, connected_campaign: campaign.id });

		await step({ operation: 'joinAgent' });
		const callUuid = conference().call_uuid;
		expect(callUuid).toMatch(UUID);
		expect(await status()).toEqual({ ...idle, connected_campaign: campaign.id, call_uuid: callUuid });

		await step({ operation: 'callNextSubscriber' });
		const onCall = { ...idle, connected_campaign: campaign.id, call_uuid: callUuid, current_subscriber: contacts[0].id, subscriber_uuid: conference().subscriber_uuid };
		expect(await status()).toEqual(onCall);

		await step({ operation: 'callSupervisor', phoneNumber: '14155550177' });
		expect(await status()).toEqual({ ...onCall, supervisor_uuid: conference().supervisor_uuid });

		await step({ operation: 'hangUpSupervisor' });
		expect(await status()).toEqual(onCall);

		await step({ operation: 'callSupervisor', phoneNumber: '14155550177' });
		await step({ operation: 'transferToSupervisor' });
		expect(await status()).toEqual({ ...idle, connected_campaign: campaign.id, call_uuid: callUuid });

		await step({ operation: 'callNextSubscriber' });
		expect(await status()).toMatchObject({ current_subscriber: contacts[1].id, subscriber_uuid: expect.stringMatching(UUID) });

		await step({ operation: 'dropVoicemail' });
		expect(await status()).toEqual({ ...idle, connected_campaign: campaign.id, call_uuid: callUuid });

		const trophy = await runAgent({ parameters: { resource: 'agent', operation: 'getTrophy', campaign: campaign.id }, credentials });
		expect(trophy.json[0]).toMatchObject({ is_trophy: true, best_agent: { id: agent.id, calls: 2 } });

		expect(await step({ operation: 'removeAgent' })).toEqual({ conference_uuid: uuid, left: true });
		expect(await status()).toEqual(idle);

		expect(conference()).toMatchObject({ uuid, transfers: [contacts[0].id], voicemails: [contacts[1].id], ended: true });
		expect(bed.emulator.requests('POST', '/v2/agent-key/')).toHaveLength(1);
		expect(bed.emulator.log.filter((entry) => entry.path.startsWith('/v2/conference/')).every((entry) => entry.path.includes(uuid as string) || entry.path === '/v2/conference/')).toBe(true);
	});
});
