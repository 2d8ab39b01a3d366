import type { ILoadOptionsFunctions, INodeParameters, INodePropertyOptions } from 'n8n-workflow';

import { createTextingCampaign } from '../../../emulator/resources/collectiveTexting';
import { AGENT_NODE, addAgent, addAgentCampaign, passwordCredentials } from '../../../harness/agent';
import { useEmulator } from '../../../harness/emulator';
import { loadOptionsContext } from '../../../harness/loadOptions';

type Load = (this: ILoadOptionsFunctions) => Promise<INodePropertyOptions[]>;

describe('CallHub Agent node: dropdowns', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	function load(name: string, credentials: ReturnType<typeof passwordCredentials>, parameters: INodeParameters = {}) {
		const { context, nodeType } = loadOptionsContext(credentials, parameters, AGENT_NODE);
		return (nodeType.methods?.loadOptions as Record<string, Load>)[name].call(context);
	}

	it("lists the agent's call-center campaigns by name, signing in with the agent's credential", async () => {
		const agent = addAgent(bed.emulator);
		const zeta = addAgentCampaign(bed.emulator, [agent], { name: 'Zeta calls' }).campaign;
		const alpha = addAgentCampaign(bed.emulator, [agent], { name: 'Alpha calls' }).campaign;
		addAgentCampaign(bed.emulator, [], { name: 'Not assigned' });
		const options = await load('getCampaigns', passwordCredentials(bed.emulator, agent));
		expect(options).toEqual([
			{ name: 'Alpha calls', value: alpha.id, description: `Running campaign ${alpha.id}` },
			{ name: 'Zeta calls', value: zeta.id, description: `Running campaign ${zeta.id}` },
		]);
		expect(bed.emulator.log.map((entry) => entry.path)).toEqual(['/v2/agent-key/', '/v2/agent-campaigns/', '/v2/campaign-info/']);
	});

	it("lists the survey questions of the chosen campaign's script", async () => {
		const agent = addAgent(bed.emulator);
		const { campaign } = addAgentCampaign(bed.emulator, [agent]);
		const options = await load('getScriptQuestions', passwordCredentials(bed.emulator, agent), { resource: 'script', operation: 'submitAnswers', campaign: campaign.id });
		expect(options).toEqual([
			{ name: 'Will you vote?', value: campaign.sections[1].id, description: 'Choices: Yes, No' },
			{ name: 'Comments', value: campaign.sections[2].id, description: undefined },
		]);
	});

	it('lists the collective texting campaigns of the agent by name', async () => {
		const agent = addAgent(bed.emulator);
		const texting = createTextingCampaign(bed.emulator.state, { name: 'Rally texts', agents: [agent.id] });
		const options = await load('getTextingCampaigns', passwordCredentials(bed.emulator, agent));
		expect(options).toEqual([{ name: 'Rally texts', value: texting.id }]);
	});
});
