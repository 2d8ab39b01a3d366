import { expect } from 'expect';

import { teams } from '../../emulator/resources/teams';
import type { ExecuteScenario } from '../scenario';
import { anId } from '../scenario';

const team = (name: string) => ({ id: anId, name });
const member = (username: string) => ({ id: anId, username, teams: ['Phone Bank Volunteers', 'n8n example team'] });

export const scenario: ExecuteScenario = {
	kind: 'execute',
	workflow: 'team.json',
	outputs: {
		'Two agents': [{ id: anId, username: 'maria_calls' }, { id: anId, username: 'sam_calls' }],
		'Create team': [team('n8n example team')],
		'Add agents': [{ team_id: anId, agent_ids: [anId, anId], added: true }],
		'Team members': [member('maria_calls'), member('sam_calls')],
		'Remove first member': [{ team_id: anId, agent_ids: [anId], removed: true }],
		'Rename team': [team('n8n example team (renamed)')],
		'Get team': [team('n8n example team (renamed)')],
		'All teams': [team('Phone Bank Volunteers'), team('Staff'), team('n8n example team (renamed)')],
		'Delete team': [{ deleted: true }],
	},
	requests: [
		'GET /v1/agents/?page_size=2',
		'POST /v1/teams/',
		'PUT /v1/teams/{id}/agents/',
		'GET /v1/teams/{id}/agents/?page_size=1000',
		'DELETE /v1/teams/{id}/agents/',
		'PUT /v1/teams/{id}/',
		'GET /v1/teams/{id}/',
		'GET /v1/teams/?page_size=1000',
		'DELETE /v1/teams/{id}/',
	],
	state: (emulator) => {
		// Agent ids go to CallHub as strings, never through a JavaScript number.
		expect(emulator.requests('PUT', /\/agents\/$/)[0].body).toEqual({ agents: [anId, anId] });
		expect(emulator.requests('DELETE', /\/agents\/$/)[0].body).toEqual({ agents: [anId] });
		expect([...teams(emulator.state).values()].map((candidate) => candidate.name)).toEqual(['Phone Bank Volunteers', 'Staff']);
	},
};
