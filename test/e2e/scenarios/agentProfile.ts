import { expect } from 'expect';

import { agents } from '../../emulator/resources/agentAccounts';
import { DEMO_AGENT } from '../../emulator/resources/agentDemo';
import type { ExecuteScenario } from '../scenario';
import { anId } from '../scenario';

const idle = { connected_campaign: null, call_uuid: null, current_subscriber: null, subscriber_uuid: null, supervisor_uuid: null };
const details = (language: string) => ({
	user: { username: DEMO_AGENT.username, first_name: 'Dana', last_name: 'Caller', email: 'demo_agent@example.org' },
	agent: { country: 'US', phone_no: '14155550100', language },
});

export const scenario: ExecuteScenario = {
	kind: 'execute',
	workflow: 'agentProfile.json',
	olderReleases: true,
	outputs: {
		Status: [idle],
		Details: [details('en')],
		'Answer in Spanish': [details('es')],
		// CallHub writes these ids as bare 19-digit numbers; they come out as exact strings.
		'Assigned campaigns': [{ campaigns: [anId, anId] }],
		'Campaign info': [
			{ id: anId, name: 'Get Out The Vote', status: 'Running', phonebook: [anId] },
			{ id: anId, name: 'Volunteer Recruitment', status: 'Running', phonebook: [anId] },
		],
		'Best agent?': [
			{ is_trophy: false, best_agent: { id: anId, username: 'demo_agent_2', calls: 3 } },
			{ is_trophy: false, best_agent: null },
		],
		'SIP endpoint': [{ sip_domain: 'sip.callhub.io', sip_uri: expect.stringMatching(/^sip:agent[0-9]+@sip\.callhub\.io$/) }],
		'NationBuilder nation': [{ slug: 'demonation' }],
	},
	requests: [
		'GET /v2/agent-status/',
		'GET /v2/user-details/',
		'POST /v2/user-details/',
		'GET /v2/agent-campaigns/',
		expect.stringMatching(/^GET \/v2\/campaign-info\/\?id=%5B[0-9]{19}%2C[0-9]{19}%5D$/) as unknown as string,
		'GET /v2/is-trophy/{id}/',
		'GET /v2/is-trophy/{id}/',
		'GET /v2/sip-endpoint/',
		'GET /v2/nation-builder/',
	],
	state: (emulator) => {
		expect(emulator.requests('POST', '/v2/user-details/')[0].body).toEqual({ agent: { language: 'es' } });
		expect([...agents(emulator.state).values()].find((agent) => agent.username === DEMO_AGENT.username)?.language).toBe('es');
	},
};
