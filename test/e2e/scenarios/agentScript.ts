import { expect } from 'expect';

import { agentCampaigns } from '../../emulator/resources/agentAccounts';
import type { ScriptAnswer } from '../../emulator/resources/agentApi';
import type { ExecuteScenario } from '../scenario';
import { anId } from '../scenario';

const uuid = expect.stringMatching(/^[0-9a-f-]{36}$/);
const notes = 'Will vote on Tuesday; asked where the polling station is.';

export const scenario: ExecuteScenario = {
	kind: 'execute',
	workflow: 'agentScript.json',
	olderReleases: true,
	outputs: {
		'Assigned campaigns': [{ campaigns: [anId, anId] }],
		'Open conference': [{ conference_uuid: uuid }],
		'Join by phone': [{ conference_uuid: uuid, status: 'joined' }],
		'Call next subscriber': [{ conference_uuid: uuid, current_subscriber: anId }],
		// One item per section of the script.
		Script: [
			{ id: anId, type: 'text', title: 'Introduction' },
			{ id: anId, type: 'question', title: 'Will you vote on Tuesday?', choices: ['Yes', 'No', 'Maybe'] },
			{ id: anId, type: 'question', title: 'Anything we should know?' },
		],
		'Submit answers': [{ id: anId, campaign: anId, subscriber: anId, answers: [{ section: anId, answer: 'Yes' }] }],
		'Save notes': [{ id: anId, contact_id: anId, notes }],
		'Contact history': [
			{
				subscriber: anId,
				history: [
					{ type: 'call_center', campaign: anId, campaign_name: 'Get Out The Vote' },
					{ type: 'survey', campaign: anId, answers: [{ section: anId, answer: 'Yes' }] },
					{ type: 'notes', notes },
				],
			},
		],
		'End session': [{ conference_uuid: uuid, left: true }],
	},
	requests: [
		'GET /v2/agent-campaigns/',
		'POST /v2/conference/',
		'PUT /v2/conference/{uuid}/agent/',
		'POST /v2/conference/{uuid}/subscriber/',
		'GET /v2/script-sections/{id}/',
		'POST /v2/script-answers/{id}/',
		'POST /v2/contact-notes/{id}/',
		'GET /v2/subscriber-history/{id}/',
		'DELETE /v2/conference/{uuid}/agent/',
	],
	state: (emulator) => {
		const called = [...agentCampaigns(emulator.state).values()].find((campaign) => campaign.name === 'Get Out The Vote')?.called ?? [];
		expect(called).toHaveLength(1);
		// No subscriber given: CallHub files the answers for the contact on the call.
		expect(emulator.requests('POST', /^\/v2\/script-answers\//)[0].body).toEqual({ answers: [{ section: anId, answer: 'Yes' }] });
		expect([...emulator.state.collection<ScriptAnswer>('scriptAnswers').values()]).toMatchObject([{ subscriber: called[0], answers: [{ answer: 'Yes' }] }]);
		expect(emulator.requests('POST', /^\/v2\/contact-notes\//).map((entry) => [entry.path, entry.body])).toEqual([[`/v2/contact-notes/${called[0]}/`, { notes }]]);
	},
};
