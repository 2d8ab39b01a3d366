import { expect } from 'expect';

import { webhooks } from '../../emulator/resources/webhooks';
import type { ExecuteScenario } from '../scenario';
import { anId } from '../scenario';

const hook = { id: anId, event: 'sb.reply', target: 'https://example.org/callhub/text-replies' };

export const scenario: ExecuteScenario = {
	kind: 'execute',
	workflow: 'webhook.json',
	outputs: {
		'Create webhook': [hook],
		'All webhooks': [hook],
		'Delete webhook': [{ deleted: true }],
	},
	requests: ['POST /v1/webhooks/', 'GET /v1/webhooks/?page_size=1000', 'DELETE /v1/webhooks/{id}/'],
	state: (emulator) => {
		expect(emulator.requests('POST', '/v1/webhooks/')[0].body).toEqual({ event: 'sb.reply', target: 'https://example.org/callhub/text-replies' });
		expect(webhooks(emulator.state).size).toBe(0);
	},
};
