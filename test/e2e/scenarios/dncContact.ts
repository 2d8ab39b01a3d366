import { expect } from 'expect';

import { dncContacts } from '../../emulator/resources/dnc';
import type { ExecuteScenario } from '../scenario';
import { anId } from '../scenario';

const entry = { id: anId, phone_number: '14155550123', dnc: expect.stringMatching(/\/v1\/dnc_lists\/[0-9]+\/$/) };

export const scenario: ExecuteScenario = {
	kind: 'execute',
	workflow: 'dncContact.json',
	outputs: {
		'DNC lists': [{ id: anId, name: 'Do not call' }, { id: anId, name: 'Texting opt-outs' }],
		'Opt out a number': [{ ...entry, alreadyListed: false }],
		// CallHub answers 400 for a number already listed; the node returns the entry instead.
		'Opt out again': [{ ...entry, alreadyListed: true }],
		'Find the number': [entry],
		'Calls only': [entry],
		'Opt back in': [{ deleted: true, phone_number: '14155550123', removed: 1, dncContacts: [entry] }],
	},
	requests: [
		'GET /v1/dnc_lists/?page_size=1000',
		'POST /v1/dnc_contacts/',
		'POST /v1/dnc_contacts/',
		'GET /v1/dnc_contacts/?search=4155550123&page_size=1000',
		'GET /v1/dnc_contacts/?search=14155550123&page_size=10',
		'PUT /v1/dnc_contacts/{id}/',
		'GET /v1/dnc_contacts/?search=4155550123&page_size=1000',
		'DELETE /v1/dnc_contacts/{id}/',
	],
	state: (emulator) => {
		const [added] = emulator.requests('POST', '/v1/dnc_contacts/');
		// The list is named by its URL on the credential's domain; the number goes in E.164.
		expect(added.body).toEqual({ dnc: expect.stringMatching(new RegExp(`^${emulator.url}/v1/dnc_lists/[0-9]+/$`)), phone_number: '+14155550123', category: 3 });
		expect(emulator.requests('PUT')[0].body).toMatchObject({ phone_number: '14155550123', category: 1 });
		expect([...dncContacts(emulator.state).values()].filter((candidate) => candidate.phone_number === '14155550123')).toEqual([]);
	},
};
