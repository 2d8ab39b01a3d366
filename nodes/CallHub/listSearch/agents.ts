import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';

import { allAsOptions, searchPage } from './search';

function agentName(agent: IDataObject): string {
	const username = String(agent.username ?? agent.id);
	return agent.email ? `${username} (${String(agent.email)})` : username;
}

export async function searchAgents(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchPage(
		this,
		'/v1/agents/',
		(agent) => ({ name: agentName(agent), value: String(agent.id) }),
		filter,
		paginationToken,
		false,
	);
}

export async function getAgents(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await allAsOptions(this, '/v1/agents/', (agent) => ({ name: agentName(agent), value: String(agent.id) }));
}
