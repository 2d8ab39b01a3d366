import type { ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';

import { createAgent } from '../../../emulator/resources/agents';
import { createTeam } from '../../../emulator/resources/teams';
import { useEmulator } from '../../../harness/emulator';
import { addCustomField } from '../../../harness/fixtures';
import { loadOptionsContext } from '../../../harness/loadOptions';

type Search = (this: ILoadOptionsFunctions, filter?: string, token?: string) => Promise<INodeListSearchResult>;
type Load = (this: ILoadOptionsFunctions) => Promise<INodePropertyOptions[]>;

describe('CallHub node: agent, team and contact field pickers', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	function methods() {
		const { context, nodeType } = loadOptionsContext(bed.credentials);
		return {
			context,
			search: nodeType.methods?.listSearch as Record<string, Search>,
			load: nodeType.methods?.loadOptions as Record<string, Load>,
		};
	}

	it('searches teams by name and offers team names for a new agent', async () => {
		const north = createTeam(bed.emulator.state, 'North Callers');
		createTeam(bed.emulator.state, 'Staff');
		const { context, search, load } = methods();
		const found = await search.searchTeams.call(context, 'north');
		expect(found.results).toEqual([{ name: 'North Callers', value: north.id, url: `${bed.emulator.url}/v1/teams/${north.id}/` }]);
		expect(await load.getTeamNames.call(context)).toEqual([
			{ name: 'North Callers', value: 'North Callers' },
			{ name: 'Staff', value: 'Staff' },
		]);
	});

	it('lists agents by username and email, with their exact ids', async () => {
		const maria = createAgent(bed.emulator.state, { username: 'maria', email: 'maria@example.org' });
		createAgent(bed.emulator.state, { username: 'sam', email: 'sam@example.org' });
		const { context, search, load } = methods();
		expect((await search.searchAgents.call(context, 'MAR')).results).toEqual([{ name: 'maria (maria@example.org)', value: maria.id }]);
		expect((await load.getAgents.call(context)).map((option) => option.value)).toContain(maria.id);
	});

	it('offers the standard and custom contact fields by name for a column mapping', async () => {
		addCustomField(bed.emulator, 'Ward', 'Number');
		const { context, load } = methods();
		const names = (await load.getContactFieldNames.call(context)).map((option) => option.value);
		expect(names).toEqual(expect.arrayContaining(['phone number', 'first name', 'tags', 'Ward']));
	});
});
