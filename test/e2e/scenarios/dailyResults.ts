import { expect } from 'expect';

import type { ExecuteScenario } from '../scenario';
import { anId } from '../scenario';

/** Row of the "Get out the vote" export (the demo's "Canvass list": Ada, Katherine, Margaret, Edsger, Radia, Frances). */
const row = (first_name: string, disposition: string) => ({
	contact_id: anId,
	first_name,
	phone_number: expect.stringMatching(/^14155551\d{3}$/),
	disposition,
	duration_seconds: expect.any(Number),
	call_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:15:00$/),
});

// Each contact: read it (tags kept), read the tags, make missing ones, tag it, read custom fields (Simplify).
const tagContact = ['GET /v1/contacts/{id}/', 'GET /v1/tags/?page_size=1000'];

export const scenario: ExecuteScenario = {
	kind: 'execute',
	workflow: 'dailyResults.json',
	outputs: {
		'Call center campaigns': expect.arrayContaining([expect.objectContaining({ name: 'Get out the vote', id: anId })]),
		'Export results': [
			row('Ada', 'Supporter'),
			row('Katherine', 'Undecided'),
			row('Margaret', 'Not home'),
			row('Edsger', 'Wrong number'),
			row('Radia', 'Supporter'),
			row('Frances', 'Undecided'),
		],
		// The first contact of the loop; the others are the node's later runs.
		'Tag by disposition': [{ id: anId, first_name: 'Ada', tags: ['volunteer', 'called', 'supporter'] }],
	},
	requests: [
		'GET /v1/callcenter_campaigns/?page_size=1000',
		'GET /v1/power_campaign/{id}/export/',
		'GET /v1/export_data/export_{id}/',
		'GET /v1/export_data/export_{id}/',
		'GET /v1/export_data/export_{id}/',
		'GET /v1/exports/api/{file}/results.csv',
		// Ada: supporter; the tags "called" and "supporter" are made first.
		...tagContact,
		'POST /v2/tags/',
		'POST /v2/tags/',
		'PATCH /v2/contacts/{id}/taggings/',
		'GET /v1/custom_fields/?page_size=1000',
		// Katherine: undecided (new).
		...tagContact,
		'POST /v2/tags/',
		'PATCH /v2/contacts/{id}/taggings/',
		'GET /v1/custom_fields/?page_size=1000',
		// Margaret: not-home (new).
		...tagContact,
		'POST /v2/tags/',
		'PATCH /v2/contacts/{id}/taggings/',
		'GET /v1/custom_fields/?page_size=1000',
		// Edsger was called two days ago: not tagged. Radia: supporter, Frances: undecided (both exist by then).
		...tagContact,
		'PATCH /v2/contacts/{id}/taggings/',
		'GET /v1/custom_fields/?page_size=1000',
		...tagContact,
		'PATCH /v2/contacts/{id}/taggings/',
		'GET /v1/custom_fields/?page_size=1000',
	],
	state: (emulator) => {
		const tagNames = new Map([...emulator.state.tags.values()].map((tag) => [tag.id, tag.name]));
		const tagsOf = (first: string) => {
			const contact = [...emulator.state.contacts.values()].find((candidate) => candidate.first_name === first);
			return (contact?.tags ?? []).map((id) => tagNames.get(id)).sort();
		};
		expect(tagsOf('Ada')).toEqual(['called', 'supporter', 'volunteer']);
		expect(tagsOf('Margaret')).toEqual(['called', 'donor', 'not-home', 'volunteer']);
		// Called two days ago: left as the demo account has it.
		expect(tagsOf('Edsger')).toEqual(['volunteer']);
		expect(tagsOf('Frances')).toEqual(['called', 'undecided']);
	},
};
