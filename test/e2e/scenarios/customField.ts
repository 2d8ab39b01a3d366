import { expect } from 'expect';

import type { ExecuteScenario } from '../scenario';
import { anId } from '../scenario';

const field = { id: anId, name: 'T-shirt size', field_type: 'Multi-choice' };

export const scenario: ExecuteScenario = {
	kind: 'execute',
	workflow: 'customField.json',
	outputs: {
		'Create custom field': [{ ...field, cfmultichoice: ['S', 'M', 'L'] }],
		'Get custom field': [{ ...field, cfmultichoice: ['S', 'M', 'L'] }],
		'Add a choice': [{ ...field, cfmultichoice: ['S', 'M', 'L', 'XL'] }],
		'Delete custom field': [{ deleted: true }],
		'All custom fields': [{ id: anId, name: 'Ward' }, { id: anId, name: 'Support Level' }],
	},
	requests: [
		'POST /v1/custom_fields/',
		// CallHub has no working detail endpoint for custom fields: Get reads the list.
		'GET /v1/custom_fields/?page_size=1000',
		'PUT /v1/custom_fields/{id}/',
		// The update is read back: the choices must have changed.
		'GET /v1/custom_fields/?page_size=1000',
		'DELETE /v1/custom_fields/{id}/',
		'GET /v1/custom_fields/?page_size=1000',
	],
	state: (emulator) => {
		const created = emulator.log.find((entry) => entry.method === 'POST' && entry.path === '/v1/custom_fields/');
		expect(created?.body).toEqual({ name: 'T-shirt size', field_type: 'Multi-choice', choice: ['S', 'M', 'L'] });
		// Sent under both keys: which one CallHub's update reads is not settled (README).
		const updated = emulator.log.find((entry) => entry.method === 'PUT');
		expect(updated?.body).toEqual({ name: 'T-shirt size', choice: ['S', 'M', 'L', 'XL'], options: ['S', 'M', 'L', 'XL'] });
		expect([...emulator.state.customFields.values()].map((candidate) => candidate.name)).not.toContain('T-shirt size');
	},
};
