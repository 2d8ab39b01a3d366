import { expect } from 'expect';

import { agents } from '../../emulator/resources/agents';
import type { ExecuteScenario } from '../scenario';
import { anId } from '../scenario';

const invited = { id: anId, username: 'n8n_example_agent', email: 'n8n.agent@example.org', owner: [], teams: ['Phone Bank Volunteers'] };
const verified = (username: string) => ({ id: anId, username, owner: [expect.objectContaining({ username: 'demo_manager' })] });

export const scenario: ExecuteScenario = {
	kind: 'execute',
	workflow: 'agent.json',
	outputs: {
		// An invited agent has no owner until it verifies its account.
		'Invite agent': [invited],
		'Get agent': [invited],
		// Get Many lists verified agents only: the invitation is not among them.
		'Verified agents': [verified('maria_calls'), verified('sam_calls'), verified('organiser'), verified('demo_agent'), verified('demo_agent_2')],
		'Delete agent': [{ deleted: true }],
	},
	requests: ['POST /v1/agents/', 'GET /v1/agents/{id}/', 'GET /v1/agents/?page_size=1000', 'DELETE /v1/agents/{id}/'],
	state: (emulator) => {
		const invite = emulator.log.find((entry) => entry.method === 'POST' && entry.path === '/v1/agents/');
		// CallHub takes the team by name and refuses any other field.
		expect(invite?.body).toEqual({ username: 'n8n_example_agent', email: 'n8n.agent@example.org', team: 'Phone Bank Volunteers' });
		expect([...agents(emulator.state).values()].map((agent) => agent.username)).not.toContain('n8n_example_agent');
	},
};
