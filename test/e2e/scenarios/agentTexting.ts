import type { ExecuteScenario } from '../scenario';
import { anId } from '../scenario';

export const scenario: ExecuteScenario = {
	kind: 'execute',
	workflow: 'agentTexting.json',
	olderReleases: true,
	outputs: {
		'Texting campaigns': [{ id: anId, name: 'Weekend rally texts', status: 'Running', subscribers: 3 }],
		'Saved replies': [
			{ id: anId, title: 'Rally details', message: 'The rally starts at 10am on Saturday at Riverside Park.' },
			{ id: anId, title: 'Opt out', message: 'Sorry to bother you, we will not text you again.' },
		],
		Subscribers: [
			{ id: anId, contact_id: anId, name: 'Ada Lovelace', phone_number: '16285552000', unread: true },
			{ id: anId, name: 'Grace Hopper', unread: false },
			{ id: anId, name: 'Katherine Johnson', unread: false },
		],
		Conversation: [
			{ id: anId, direction: 'outbound', message: 'Hi! Will you join our rally on Saturday?' },
			{ id: anId, direction: 'inbound', message: 'Maybe, what time?' },
		],
	},
	requests: [
		'GET /v2/collective_texting/campaigns/?page_size=1000',
		'GET /v2/collective_texting/campaigns/{id}/saved_replies/?page_size=1000',
		'GET /v2/collective_texting/campaigns/{id}/subscribers/?page_size=1000',
		'GET /v2/collective_texting/subscribers/{id}/messages/?page_size=1000',
	],
};
