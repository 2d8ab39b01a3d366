import { createAgent } from '../../../emulator/resources/agents';
import { createTeam } from '../../../emulator/resources/teams';
import { useEmulator } from '../../../harness/emulator';
import { locator } from '../../../harness/fixtures';

describe('CallHub node: Team → Get Agent', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	it('Team Get Agent reads /v1/teams/{team}/agents/{agent}/', async () => {
		const team = createTeam(bed.emulator.state, 'Callers');
		const agent = createAgent(bed.emulator.state, { username: 'ann', team: 'Callers' });
		const result = await bed.run({ parameters: { resource: 'team', operation: 'getAgent', team: locator(team.id), agent: locator(agent.id) } });
		expect(bed.emulator.log.map((entry) => entry.path)).toEqual([`/v1/teams/${team.id}/agents/${agent.id}/`]);
		expect(result.json[0]).toMatchObject({ id: agent.id, username: 'ann' });
	});
});
