import type { INodeParameters } from 'n8n-workflow';

import { addAgent, runAgent, tokenOf } from '../harness/agent';
import { useEmulator } from '../harness/emulator';
import { DEMO_AGENT } from './resources/agentDemo';
import { seedDemoAccount } from './seed';

/** The emulator's agent-facing API, requested over HTTP as any client would. */
describe('Emulator: agent-facing API', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	const call = async (method: string, path: string, token?: string, body?: string, contentType = 'application/x-www-form-urlencoded') => {
		const response = await fetch(`${bed.emulator.url}${path}`, {
			method,
			headers: { ...(token ? { Authorization: `Token ${token}` } : {}), ...(body ? { 'Content-Type': contentType } : {}) },
			body,
		});
		return { status: response.status, body: (await response.json()) as Record<string, unknown> };
	};

	it('signs an agent in without an Authorization header, from a form or JSON, always with the same token', async () => {
		const agent = addAgent(bed.emulator);
		const form = await call('POST', '/v2/agent-key/', undefined, `username=${agent.username}&password=agent-password-1`);
		const json = await call('POST', '/v2/agent-key/', undefined, JSON.stringify({ username: agent.username, password: 'agent-password-1' }), 'application/json');
		expect(form).toEqual({ status: 200, body: { token: expect.stringMatching(/^[0-9a-f]{40}$/) } });
		expect(json.body.token).toBe(form.body.token);
		expect(bed.emulator.tokens.get(form.body.token as string)).toBe(`agent:${agent.id}`);
	});

	it('refuses a wrong password, and an agent who never set one, as DRF does', async () => {
		const agent = addAgent(bed.emulator);
		const pending = addAgent(bed.emulator, { password: undefined });
		for (const [username, password] of [[agent.username, 'nope'], [pending.username, ''], ['nobody', 'x']]) {
			const answer = await call('POST', '/v2/agent-key/', undefined, `username=${username}&password=${password || 'x'}`);
			expect(answer).toEqual({ status: 400, body: { non_field_errors: ['Unable to log in with provided credentials.'] } });
		}
	});

	it("answers 403 to the account's key on agent APIs, and to an agent's token on manager APIs", async () => {
		const token = tokenOf(bed.emulator, addAgent(bed.emulator));
		const refused = { status: 403, body: { detail: 'You do not have permission to perform this action.' } };
		expect(await call('GET', '/v2/agent-status/', bed.emulator.apiKey)).toEqual(refused);
		expect(await call('GET', '/v1/contacts/', token)).toEqual(refused);
		expect((await call('GET', '/v2/agent-status/', token)).status).toBe(200);
	});

	it('answers 401 "Invalid token." to a revoked token and to tokens of a reset account', async () => {
		const agent = addAgent(bed.emulator);
		const token = tokenOf(bed.emulator, agent);
		bed.emulator.reset();
		addAgent(bed.emulator);
		expect(await call('GET', '/v2/agent-status/', token)).toEqual({ status: 401, body: { detail: 'Invalid token.' } });
	});

	it('writes ids in agent answers as raw 19-digit numbers, as CallHub does', async () => {
		const agent = addAgent(bed.emulator);
		const response = await fetch(`${bed.emulator.url}/v2/agent-campaigns/`, { headers: { Authorization: `Token ${tokenOf(bed.emulator, agent)}` } });
		expect(await response.text()).toBe('{"campaigns":[]}');
		bed.emulator.state.collection('callcenterCampaigns').set('3966566468442700000', { id: '3966566468442700000', assignedAgents: [agent.id] });
		const again = await fetch(`${bed.emulator.url}/v2/agent-campaigns/`, { headers: { Authorization: `Token ${tokenOf(bed.emulator, agent)}` } });
		expect(await again.text()).toBe('{"campaigns":[3966566468442700000]}');
	});
});

describe('Sandbox: the demo agent', () => {
	const bed = useEmulator({ seed: (state) => seedDemoAccount(state) });

	it('signs in with the printed username and password and finds campaigns, a script and texting conversations', async () => {
		const credentials = {
			callHubAgentApi: { authMethod: 'usernamePassword', ...DEMO_AGENT, baseUrl: bed.emulator.url, sessionToken: '', sessionOwner: '' },
		};
		const run = async (parameters: INodeParameters) => (await runAgent({ parameters, credentials })).json;

		const campaigns = await run({ resource: 'agent', operation: 'getCampaignInfo', campaignIds: '' });
		expect(campaigns.map((campaign) => campaign.name)).toEqual(['Get Out The Vote', 'Volunteer Recruitment']);
		const sections = await run({ resource: 'script', operation: 'getSections', campaign: String(campaigns[0].id) });
		expect(sections.map((section) => section.type)).toEqual(['text', 'question', 'question']);
		const [texting] = await run({ resource: 'collectiveTexting', operation: 'getCampaigns', returnAll: true });
		const subscribers = await run({ resource: 'collectiveTexting', operation: 'getSubscribers', textingCampaign: String(texting.id), returnAll: true });
		expect(subscribers).toHaveLength(3);
		const messages = await run({ resource: 'collectiveTexting', operation: 'getSubscriberMessages', subscriber: String(subscribers[0].id), returnAll: true });
		expect(messages.map((message) => message.direction)).toEqual(['outbound', 'inbound']);
		expect(bed.emulator.requests('POST', '/v2/agent-key/')).toHaveLength(1);
	});
});
