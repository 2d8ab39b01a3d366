import { expect } from 'expect';

import type { ExecuteScenario } from '../scenario';
import { anId } from '../scenario';

export const scenario: ExecuteScenario = {
	kind: 'execute',
	workflow: 'tag.json',
	outputs: {
		'Create tag': [{ id: anId, name: 'n8n-example-tag' }],
		'Get tag': [{ id: anId, name: 'n8n-example-tag' }],
		'Rename tag': [{ id: anId, name: 'n8n-example-renamed' }],
		'Delete tag': [{ deleted: true }],
		'All tags': [
			{ id: anId, name: 'volunteer' },
			{ id: anId, name: 'donor' },
			{ id: anId, name: 'do-not-knock' },
		],
	},
	requests: ['POST /v2/tags/', 'GET /v1/tags/{id}/', 'PATCH /v1/tags/{id}/', 'DELETE /v1/tags/{id}/', 'GET /v1/tags/?page_size=1000'],
	state: (emulator) => {
		expect([...emulator.state.tags.values()].map((tag) => tag.name).sort()).toEqual(['do-not-knock', 'donor', 'volunteer']);
	},
};
