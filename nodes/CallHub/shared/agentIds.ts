import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { answerRecord } from './answers';
import { idList } from './idList';
import type { Flow } from './operation';

/** The agents an operation adds or moves: chosen from the account's agents, or ids from an expression. */
export const agentsField: INodeProperties = {
	displayName: 'Agent Names or IDs',
	name: 'agents',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getAgents' },
	required: true,
	default: [],
	description:
		'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

/**
 * Sends `{"agents": [ids]}` (ids as strings) to the declared request, as CallHub's MCP server does for
 * campaigns (callhub/callhub-mcp src/callhub/campaigns.py `add_agents_to_power_campaign`,
 * src/callhub/p2p_campaigns.py `add_agents_to_p2p_campaign`). CallHub's answer is not shown by any
 * client, so the output says what was asked beside whatever CallHub answered.
 */
export function sendAgents(campaignKey: string, placeholder: string): Flow {
	return async function (request, send, path) {
		const agents = idList(this, 'agents', 'Agents', '3966566468442653936, 3966566468442661855');
		const response = await send({ ...request, body: { ...((request.body as IDataObject) ?? {}), agents } });
		return answerRecord(response.body, { [campaignKey]: path[placeholder], agent_ids: agents, added: true });
	};
}
