import { expect } from 'expect';

import { textingCampaigns } from '../../emulator/resources/collectiveTexting';
import type { ExecuteScenario } from '../scenario';
import { anId } from '../scenario';

const name = 'n8n example: early vote texting';
const campaign = (status: string) => ({ id: anId, name, status });

export const scenario: ExecuteScenario = {
	kind: 'execute',
	workflow: 'p2pCampaign.json',
	outputs: {
		'Phone books': [{ id: anId, name: 'Canvass list' }, { id: anId, name: 'Members' }],
		'Survey templates': [{ id: anId, label: 'Early vote survey' }],
		'Create P2P campaign': [{ ...campaign('Paused'), template_id: anId, phonebooks: [anId], callerid_options: { numbers: ['14155550000'] } }],
		'Two agents': [{ id: anId, username: 'maria_calls' }, { id: anId, username: 'sam_calls' }],
		'Add agents': [{ p2p_campaign_id: anId, agent_ids: [anId, anId], added: true }],
		'Campaign agents': [{ id: anId, username: 'maria_calls' }, { id: anId, username: 'sam_calls' }],
		'Start texting': [{ ...campaign('Running'), statusVerified: true }],
		'Get campaign': [campaign('Running')],
		'Survey questions': [{ campaign_id: anId, questions: [{ question: 'Will you vote early?', type: 1, choices: [{ answer: 'Yes' }, { answer: 'No' }] }] }],
		'Pause texting': [{ ...campaign('Paused'), statusVerified: true }],
		'Copy for next week': [{ id: anId, name: `${name} (copy)`, status: 'Paused' }],
		'All P2P campaigns': expect.arrayContaining([expect.objectContaining(campaign('Paused')), expect.objectContaining({ name: `${name} (copy)` })]),
	},
	requests: [
		'GET /v1/phonebooks/?page_size=1000',
		'GET /v1/templates/?page_size=1000',
		'POST /v1/p2p_campaigns/',
		'GET /v1/agents/?page_size=2',
		'POST /v2/collective_texting/{id}/agents/add/',
		'GET /v2/collective_texting/{id}/agents/',
		'PUT /v2/sms_campaign/snowflake/{id}/',
		// Each status change is read back.
		'GET /v1/p2p_campaigns/{id}/',
		'GET /v1/p2p_campaigns/{id}/',
		'GET /v2/sms_campaign/snowflake/survey-list/{id}/',
		'PUT /v2/sms_campaign/snowflake/{id}/',
		'GET /v1/p2p_campaigns/{id}/',
		'POST /v1/p2p_campaigns/{id}/duplicate/',
		'GET /v1/p2p_campaigns/?page_size=1000',
	],
	state: (emulator) => {
		// Ids go to CallHub as strings: the template, the phone book and the agents.
		expect(emulator.requests('POST', '/v1/p2p_campaigns/')[0].body).toEqual({
			name,
			phonebooks: [anId],
			callerid_options: { numbers: ['14155550000'] },
			template_id: anId,
		});
		expect(emulator.requests('POST', /\/agents\/add\/$/)[0].body).toEqual({ agents: [anId, anId] });
		expect(emulator.requests('PUT').map((entry) => entry.body)).toEqual([{ status: 1 }, { status: 2 }]);
		const ours = [...textingCampaigns(emulator.state).values()].filter((candidate) => candidate.name.startsWith(name));
		expect(ours.map((candidate) => [candidate.name, candidate.status, candidate.agents.length])).toEqual([
			[name, 'Paused', 2],
			[`${name} (copy)`, 'Paused', 2],
		]);
	},
};
