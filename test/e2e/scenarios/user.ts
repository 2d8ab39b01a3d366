import { expect } from 'expect';

import type { ExecuteScenario } from '../scenario';

export const scenario: ExecuteScenario = {
	kind: 'execute',
	workflow: 'user.json',
	outputs: {
		// CallHub answers a page holding the key's one user; the node outputs the user.
		'Account user': [
			{
				username: 'demo_manager',
				email: 'manager@example.org',
				phonebooks: [expect.stringMatching(/\/v1\/phonebooks\/[0-9]+\/$/), expect.stringMatching(/\/v1\/phonebooks\/[0-9]+\/$/)],
				callcenter_campaigns: expect.arrayContaining([expect.stringMatching(/\/v1\/callcenter_campaigns\/[0-9]+\/$/)]),
			},
		],
	},
	requests: ['GET /v1/users/'],
};
