import { expect } from 'expect';

import type { ExecuteScenario } from '../scenario';
import { anId } from '../scenario';

const jane = { id: anId, contact: '14155550199', first_name: 'Jane', last_name: 'Example', email: 'jane@example.org' };

export const scenario: ExecuteScenario = {
	kind: 'execute',
	workflow: 'contact.json',
	// The older n8n releases run it too: flows, tag lookups, Simplify and upsert in one.
	olderReleases: true,
	outputs: {
		'Create contact': [{ ...jane, city: 'Oakland', country_code: 'US', tags: [], custom_fields: {}, phonebooks: [] }],
		// Simplify off: the raw contact, tags with their ids (Remove tag picks one by name).
		'Add tags': [{ id: anId, tags: [{ id: anId, name: 'volunteer' }, { id: anId, name: 'n8n-example' }] }],
		// CallHub's PUT clears tags; the node puts them back.
		'Update contact': [{ ...jane, city: 'Berkeley', job_title: 'Organiser', tags: ['volunteer', 'n8n-example'] }],
		'Remove tag': [{ deleted: true }],
		'Get contact': [{ ...jane, city: 'Berkeley', job_title: 'Organiser', tags: ['volunteer'] }],
		'Find contacts': [{ ...jane, tags: ['volunteer'] }],
		// Matched on its email (exact, from a search), updated, its tag kept.
		'Create or update': [{ ...jane, city: 'Berkeley', job_title: 'Volunteer coordinator', tags: ['volunteer'], action: 'updated' }],
		'Delete contact': [{ deleted: true }],
	},
	requests: [
		'POST /v1/contacts/',
		'GET /v1/contacts/{id}/',
		'GET /v1/tags/?page_size=1000',
		'POST /v2/tags/',
		'PATCH /v2/contacts/{id}/taggings/',
		'GET /v1/contacts/{id}/',
		'PUT /v1/contacts/{id}/',
		'PATCH /v2/contacts/{id}/taggings/',
		'DELETE /v1/contacts/{id}/tags/{id}/',
		'GET /v1/contacts/{id}/',
		'GET /v1/contacts/?search=jane%40example.org&page_size=10',
		'GET /v1/contacts/?search=jane%40example.org&page_size=1000',
		'PUT /v1/contacts/{id}/',
		'PATCH /v2/contacts/{id}/taggings/',
		'DELETE /v1/contacts/{id}/',
	],
	state: (emulator) => {
		expect([...emulator.state.contacts.values()].filter((contact) => contact.contact === '14155550199')).toEqual([]);
		expect([...emulator.state.tags.values()].map((tag) => tag.name)).toContain('n8n-example');
	},
};
