import type { ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';

import { allAsOptions, searchPage } from './search';

export async function searchTeams(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchPage(
		this,
		'/v1/teams/',
		(team) => ({ name: String(team.name ?? team.id), value: String(team.id), url: team.url as string | undefined }),
		filter,
		paginationToken,
		false,
	);
}

/** Teams by name: creating an agent takes the team's name, not its id. */
export async function getTeamNames(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await allAsOptions(this, '/v1/teams/', (team) => ({ name: String(team.name), value: String(team.name) }));
}
