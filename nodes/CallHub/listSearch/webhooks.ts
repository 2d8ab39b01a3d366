import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchPage } from './search';

export async function searchWebhooks(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchPage(
		this,
		'/v1/webhooks/',
		(hook) => ({ name: `${String(hook.event)} → ${String(hook.target)}`, value: String(hook.id), url: hook.url as string }),
		filter,
		paginationToken,
		false,
	);
}
