import { agents, createAgent } from '../../../emulator/resources/agents';
import { createTeam, teams } from '../../../emulator/resources/teams';
import { useEmulator } from '../../../harness/emulator';
import { locator } from '../../../harness/fixtures';

describe('CallHub node: Agent', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	describe('Create', () => {
		it('POSTs only username, email and the team NAME, and returns the pending agent', async () => {
			const team = createTeam(bed.emulator.state, 'Phone Bank');
			const result = await bed.run({
				parameters: { resource: 'agent', operation: 'create', username: 'maria', email: 'maria@example.org', team: 'Phone Bank' },
			});

			expect(result.error).toBeUndefined();
			const [request] = bed.emulator.requests('POST', '/v1/agents/');
			expect(request.body).toEqual({ username: 'maria', email: 'maria@example.org', team: 'Phone Bank' });
			expect(request.status).toBe(201);
			const [agent] = [...agents(bed.emulator.state).values()];
			expect(agent).toMatchObject({ username: 'maria', pending: true });
			expect(team.agents).toEqual([agent.id]);
			expect(result.json).toEqual([{ id: agent.id, username: 'maria', email: 'maria@example.org', owner: [], teams: ['Phone Bank'] }]);
		});

		it('turns a team ID from an expression into the team name CallHub wants', async () => {
			const team = createTeam(bed.emulator.state, 'Staff');
			await bed.run({
				parameters: { resource: 'agent', operation: 'create', username: 'sam', email: 'sam@example.org', team: `={{ "${team.id}" }}` },
			});
			expect(bed.emulator.requests('GET', '/v1/teams/')).toHaveLength(1);
			expect(bed.emulator.requests('POST', '/v1/agents/')[0].body).toMatchObject({ team: 'Staff' });
		});

		it('reports a taken username with CallHub\'s message and the parameter to fix', async () => {
			createTeam(bed.emulator.state, 'Staff');
			createAgent(bed.emulator.state, { username: 'maria', team: 'Staff' });
			const result = await bed.run({
				parameters: { resource: 'agent', operation: 'create', username: 'maria', email: 'maria2@example.org', team: 'Staff' },
			});
			expect(result.error?.message).toBe('CallHub rejected the request: Username (username): A user with that username already exists.');
			expect(result.error?.description).toBe('Fix the Username parameter and run the node again.');
		});

		it('is rejected by the emulator, like CallHub, when a field other than the three is sent', async () => {
			createTeam(bed.emulator.state, 'Staff');
			const response = await fetch(`${bed.emulator.url}/v1/agents/`, {
				method: 'POST',
				headers: { Authorization: `Token ${bed.emulator.apiKey}`, 'Content-Type': 'application/json' },
				body: JSON.stringify({ username: 'x', email: 'x@example.org', team: 'Staff', first_name: 'X' }),
			});
			expect(response.status).toBe(400);
			expect(await response.json()).toEqual({
				non_field_errors: ['Unexpected field(s): first_name. Only username, email and team are accepted.'],
			});
			expect(agents(bed.emulator.state).size).toBe(0);
		});
	});

	it('Get reads the agent by its exact 19-digit id', async () => {
		createTeam(bed.emulator.state, 'Staff');
		const agent = createAgent(bed.emulator.state, { username: 'organiser', team: 'Staff' });
		const result = await bed.run({ parameters: { resource: 'agent', operation: 'get', agent: locator(agent.id) } });
		expect(bed.emulator.log.map((entry) => entry.path)).toEqual([`/v1/agents/${agent.id}/`]);
		expect(result.json[0]).toMatchObject({ id: agent.id, username: 'organiser', teams: ['Staff'] });
	});

	it('Get Many pages through the verified agents', async () => {
		for (let index = 0; index < 12; index++) createAgent(bed.emulator.state, { username: `agent${index}` });
		createAgent(bed.emulator.state, { username: 'not-yet-verified', pending: true });
		const result = await bed.run({ parameters: { resource: 'agent', operation: 'getAll', returnAll: false, limit: 10 } });
		expect(bed.emulator.requests('GET', '/v1/agents/')[0].query).toEqual({ page_size: '10' });
		expect(result.json).toHaveLength(10);
		const all = await bed.run({ parameters: { resource: 'agent', operation: 'getAll', returnAll: true } });
		expect(all.json.map((agent) => agent.username)).not.toContain('not-yet-verified');
		expect(all.json).toHaveLength(12);
	});

	it('Delete removes the agent from the account and its teams', async () => {
		const team = createTeam(bed.emulator.state, 'Staff');
		const agent = createAgent(bed.emulator.state, { username: 'gone', team: 'Staff' });
		const result = await bed.run({ parameters: { resource: 'agent', operation: 'delete', agent: locator(agent.id) } });
		expect(bed.emulator.requests('DELETE').map((entry) => entry.path)).toEqual([`/v1/agents/${agent.id}/`]);
		expect(result.json).toEqual([{ deleted: true }]);
		expect(agents(bed.emulator.state).has(agent.id)).toBe(false);
		expect(teams(bed.emulator.state).get(team.id)?.agents).toEqual([]);
	});
});
