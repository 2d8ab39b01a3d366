import { expect } from 'expect';

import type { ExecuteScenario } from '../scenario';
import { anId } from '../scenario';

const list = { id: anId, pk_str: anId, name: 'n8n example list', description: 'Made by the n8n example workflow' };
const contact = { id: anId, contact: expect.stringMatching(/^1415555/), tags: expect.any(Array) };

export const scenario: ExecuteScenario = {
	kind: 'execute',
	workflow: 'phoneBook.json',
	outputs: {
		'Create phone book': [list],
		'Get 3 contacts': [contact, contact, contact],
		'Add contacts': [{ ...list, count: '3' }],
		'Count numbers': [{ phonenumber_count: 3, mobilenumber_count: 3 }],
		'List its contacts': [contact, contact, contact],
		'Remove a contact': [{ ...list, count: '2' }],
		'Rename phone book': [{ ...list, name: 'n8n example list (renamed)' }],
		'Get phone book': [{ ...list, name: 'n8n example list (renamed)' }],
		'Delete phone book': [{ deleted: true }],
		// Only the demo account's phone books are left.
		'All phone books': [{ id: anId, name: 'Canvass list' }, { id: anId, name: 'Members' }],
	},
	requests: [
		'POST /v1/phonebooks/',
		'GET /v1/contacts/?page_size=3',
		'GET /v1/custom_fields/?page_size=1000',
		'POST /v1/phonebooks/{id}/contacts/',
		'GET /v1/phonebooks/{id}/numbers_count/',
		'GET /v1/phonebooks/{id}/contacts/?page_size=1000',
		'GET /v1/custom_fields/?page_size=1000',
		'DELETE /v1/phonebooks/{id}/contacts/',
		'PATCH /v1/phonebooks/{id}/',
		'GET /v1/phonebooks/{id}/',
		'DELETE /v1/phonebooks/{id}/',
		'GET /v1/phonebooks/?page_size=1000',
	],
	state: (emulator) => {
		// Deleting a phone book keeps its contacts.
		expect(emulator.state.contacts.size).toBe(12);
		const added = emulator.log.find((entry) => entry.method === 'POST' && /^\/v1\/phonebooks\/[0-9]+\/contacts\/$/.test(entry.path));
		expect(added?.body).toEqual({ contact_ids: [anId, anId, anId] });
	},
};
