import { expect } from 'expect';

import { dncLists } from '../../emulator/resources/dnc';
import type { ExecuteScenario } from '../scenario';
import { anId } from '../scenario';

// DNC lists carry no id: the node takes it from the end of `url`.
const list = (name: string) => ({ id: anId, name, url: expect.stringMatching(/\/v1\/dnc_lists\/[0-9]+\/$/) });

export const scenario: ExecuteScenario = {
	kind: 'execute',
	workflow: 'dncList.json',
	outputs: {
		'Create DNC list': [list('n8n example opt-outs')],
		'Rename DNC list': [list('n8n example opt-outs (renamed)')],
		'All DNC lists': [list('Do not call'), list('Texting opt-outs'), list('n8n example opt-outs (renamed)')],
		'Delete DNC list': [{ deleted: true }],
	},
	requests: ['POST /v1/dnc_lists/', 'PUT /v1/dnc_lists/{id}/', 'GET /v1/dnc_lists/?page_size=1000', 'DELETE /v1/dnc_lists/{id}/'],
	state: (emulator) => {
		expect([...dncLists(emulator.state).values()].map((candidate) => candidate.name)).toEqual(['Do not call', 'Texting opt-outs']);
	},
};
