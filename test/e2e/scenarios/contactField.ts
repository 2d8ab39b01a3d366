import { expect } from 'expect';

import type { ExecuteScenario } from '../scenario';
import { anId } from '../scenario';

export const scenario: ExecuteScenario = {
	kind: 'execute',
	workflow: 'contactField.json',
	outputs: {
		'Contact fields': expect.arrayContaining([
			{ id: '0', name: 'phone number' },
			{ id: '16', name: 'tags' },
			{ id: anId, name: 'Ward' },
			{ id: anId, name: 'Support Level' },
		]),
	},
	requests: ['GET /v1/contacts/fields/?page_size=1000'],
};
