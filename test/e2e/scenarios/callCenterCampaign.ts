import { expect } from 'expect';

import { campaigns, STATUS } from '../../emulator/resources/campaigns';
import type { ExecuteScenario } from '../scenario';
import { anId } from '../scenario';

const campaign = (name: string, status: number) => ({ id: anId, name, status, url: expect.stringMatching(/\/v1\/callcenter_campaigns\/[0-9]+\/$/) });

export const scenario: ExecuteScenario = {
	kind: 'execute',
	workflow: 'callCenterCampaign.json',
	outputs: {
		'All call center campaigns': [campaign('Get out the vote', 1), campaign('Volunteer recruitment', 2), campaign('Spring phone bank', 4)],
		// Read back after the change: status 1 before it is a documented code, so the check is certain.
		'Pause campaign': [{ ...campaign('Get out the vote', 2), status_name: 'paused', statusVerified: true }],
		'Check status': [campaign('Get out the vote', 2)],
		'Delete ended campaign': [{ deleted: true }],
	},
	requests: [
		'GET /v1/callcenter_campaigns/?page_size=1000',
		'GET /v1/callcenter_campaigns/{id}/',
		'PUT /v1/callcenter_campaigns/{id}/',
		'GET /v1/callcenter_campaigns/{id}/',
		'GET /v1/callcenter_campaigns/{id}/',
		'DELETE /v1/callcenter_campaigns/{id}/',
	],
	state: (emulator) => {
		const pause = emulator.log.find((entry) => entry.method === 'PUT');
		expect(pause?.body).toEqual({ status: STATUS.PAUSE });
		expect([...campaigns(emulator.state, 'callcenter_campaigns').values()].map(({ name, status }) => ({ name, status }))).toEqual([
			{ name: 'Get out the vote', status: STATUS.PAUSE },
			{ name: 'Volunteer recruitment', status: STATUS.PAUSE },
		]);
	},
};
