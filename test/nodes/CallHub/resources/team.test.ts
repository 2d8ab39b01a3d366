import { agents, createAgent } from '../../../emulator/resources/agents';
import { createTeam, teams } from '../../../emulator/resources/teams';
import { useEmulator } from '../../../harness/emulator';
import { locator } from '../../../harness/fixtures';

describe('CallHub node: Team', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	it('Create POSTs the name and returns the team with a string id', async () => {
		const result = await bed.run({ parameters: { resource: 'team', operation: 'create', name: 'Weekend Callers' } });
		expect(bed.emulator.requests('POST', '/v1/teams/')[0].body).toEqual({ name: 'Weekend Callers' });
		const [team] = [...teams(bed.emulator.state).values()];
		expect(result.json[0]).toMatchObject({ id: team.id, name: 'Weekend Callers' });
	});

	it('Get reads the team by id', async () => {
		const team = createTeam(bed.emulator.state, 'Staff');
		const result = await bed.run({ parameters: { resource: 'team', operation: 'get', team: locator(team.id) } });
		expect(bed.emulator.log.map((entry) => entry.path)).toEqual([`/v1/teams/${team.id}/`]);
		expect(result.json[0]).toMatchObject({ id: team.id, name: 'Staff' });
	});

	it('Get Many returns every team with Return All', async () => {
		for (let index = 0; index < 15; index++) createTeam(bed.emulator.state, `Team ${index}`);
		const result = await bed.run({ parameters: { resource: 'team', operation: 'getAll', returnAll: true } });
		expect(result.json).toHaveLength(15);
		expect(bed.emulator.requests('GET', '/v1/teams/')[0].query).toEqual({ page_size: '1000' });
	});

	it('Update PUTs the new name', async () => {
		const team = createTeam(bed.emulator.state, 'Old');
		const result = await bed.run({ parameters: { resource: 'team', operation: 'update', team: locator(team.id), name: 'New' } });
		expect(bed.emulator.requests('PUT')[0]).toMatchObject({ path: `/v1/teams/${team.id}/`, body: { name: 'New' } });
		expect(result.json[0].name).toBe('New');
	});

	it('Delete removes the team and keeps its agents', async () => {
		const team = createTeam(bed.emulator.state, 'Gone');
		const agent = createAgent(bed.emulator.state, { username: 'stays', team: 'Gone' });
		const result = await bed.run({ parameters: { resource: 'team', operation: 'delete', team: locator(team.id) } });
		expect(result.json).toEqual([{ deleted: true }]);
		expect(teams(bed.emulator.state).has(team.id)).toBe(false);
		expect(agents(bed.emulator.state).has(agent.id)).toBe(true);
	});

	it('Get Agents lists the agents of the team', async () => {
		createTeam(bed.emulator.state, 'Other');
		const team = createTeam(bed.emulator.state, 'Callers');
		const [first, second] = ['ana', 'ben'].map((username) => createAgent(bed.emulator.state, { username, team: 'Callers' }));
		createAgent(bed.emulator.state, { username: 'elsewhere', team: 'Other' });
		const result = await bed.run({ parameters: { resource: 'team', operation: 'getAgents', team: locator(team.id), returnAll: true } });
		expect(bed.emulator.requests('GET')[0].path).toBe(`/v1/teams/${team.id}/agents/`);
		expect(result.json.map((agent) => agent.id)).toEqual([first.id, second.id]);
	});

	it('Add Agents PUTs {"agents": [ids as strings]} and says what it did', async () => {
		const team = createTeam(bed.emulator.state, 'Callers');
		const [first, second] = ['ana', 'ben'].map((username) => createAgent(bed.emulator.state, { username }));
		const result = await bed.run({
			parameters: { resource: 'team', operation: 'addAgents', team: locator(team.id), agents: [first.id, second.id] },
		});
		const [request] = bed.emulator.requests('PUT');
		expect(request.path).toBe(`/v1/teams/${team.id}/agents/`);
		expect(request.body).toEqual({ agents: [first.id, second.id] });
		expect(request.contentType).toContain('application/json');
		expect(team.agents).toEqual([first.id, second.id]);
		expect(result.json).toEqual([{ team_id: team.id, agent_ids: [first.id, second.id], added: true }]);
	});

	it('Remove Agents DELETEs with the same body, taking IDs separated by commas', async () => {
		createTeam(bed.emulator.state, 'Callers');
		const [first, second] = ['ana', 'ben'].map((username) => createAgent(bed.emulator.state, { username, team: 'Callers' }));
		const team = [...teams(bed.emulator.state).values()][0];
		const result = await bed.run({
			parameters: { resource: 'team', operation: 'removeAgents', team: locator(team.id), agents: `={{ "${first.id}, ${first.id}" }}` },
		});
		expect(bed.emulator.requests('DELETE')[0]).toMatchObject({ path: `/v1/teams/${team.id}/agents/`, body: { agents: [first.id] } });
		expect(team.agents).toEqual([second.id]);
		expect(result.json[0]).toMatchObject({ agent_ids: [first.id], removed: true });
	});

	it('names the Agents parameter for an id that is not a CallHub id, before calling CallHub', async () => {
		const team = createTeam(bed.emulator.state, 'Callers');
		const result = await bed.run({
			parameters: { resource: 'team', operation: 'addAgents', team: locator(team.id), agents: ['12', 'maria'] },
			onError: 'continueRegularOutput',
		});
		expect(result.json[0].error).toBe('The Agents parameter has "maria", which is not a CallHub ID');
		expect(bed.emulator.log).toHaveLength(0);
	});
});
