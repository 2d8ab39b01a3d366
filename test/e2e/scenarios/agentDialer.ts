import { expect } from 'expect';

import { dialers } from '../../emulator/resources/agentCalls';
import type { ExecuteScenario } from '../scenario';
import { anId } from '../scenario';

const uuid = expect.stringMatching(/^[0-9a-f-]{36}$/);
const ada = { id: anId, contact_id: anId, name: 'Ada Lovelace', last_message: 'Maybe, what time?', unread: true };
const dialer = { dialer_uuid: uuid, contact_id: anId, num_type: 'mobile', call_uuid: uuid, status: 'calling' };

export const scenario: ExecuteScenario = {
	kind: 'execute',
	workflow: 'agentDialer.json',
	olderReleases: true,
	outputs: {
		'Texting campaigns': [{ id: anId, name: 'Weekend rally texts' }],
		Subscribers: [ada, { name: 'Grace Hopper', unread: false }, { name: 'Katherine Johnson', unread: false }],
		'Prepare call': [{ dialer_uuid: uuid }],
		'Call their mobile': [dialer],
		Dialer: [dialer],
	},
	requests: [
		'GET /v2/collective_texting/campaigns/?page_size=1000',
		'GET /v2/collective_texting/campaigns/{id}/subscribers/?page_size=1000',
		'POST /v2/dialer/',
		'POST /v2/dialer/{uuid}/agent/',
		'GET /v2/dialer/{uuid}/',
	],
	state: (emulator) => {
		const ada = [...emulator.state.contacts.values()].find((contact) => contact.first_name === 'Ada');
		expect(emulator.requests('POST', '/v2/dialer/')[0].body).toEqual({ contact_id: ada?.id });
		expect([...dialers(emulator.state).values()]).toMatchObject([{ contact_id: ada?.id, num_type: 'mobile', number: ada?.mobile }]);
	},
};
