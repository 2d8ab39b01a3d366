import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { normaliseIds } from '../shared/ids';
import { collectPages, recordsOf } from '../shared/pagination';
import type { Send } from '../shared/transport';
import { sender } from '../shared/transport';
import { byName } from '../shared/descriptions';

const PAGE_SIZE = 50;

export function loadOptionsSender(ctx: ILoadOptionsFunctions): Send {
	return sender(ctx, { credentialType: 'callHubApi', maxRateLimitWaitSeconds: 10 });
}

/**
 * One page of a CallHub list for a resource locator's "From List" mode. CallHub filters with
 * `search` where the endpoint supports it; elsewhere the page is filtered by name here.
 */
export async function searchPage(
	ctx: ILoadOptionsFunctions,
	path: string,
	toItem: (record: IDataObject) => INodeListSearchItems,
	filter: string | undefined,
	paginationToken: string | undefined,
	serverSearch: boolean,
): Promise<INodeListSearchResult> {
	const page = paginationToken ? Number(paginationToken) : 1;
	const qs: IDataObject = { page, page_size: PAGE_SIZE };
	if (filter && serverSearch) qs.search = filter.trim().replace(/^\+/, '');
	const { body } = await loadOptionsSender(ctx)({ method: 'GET', url: path, qs });
	const needle = (filter ?? '').trim().toLowerCase();
	const results = normaliseIds(recordsOf(body, 'results'))
		.map(toItem)
		.filter((item) => serverSearch || needle === '' || item.name.toLowerCase().includes(needle));
	const next = body !== null && typeof body === 'object' ? (body as IDataObject).next : undefined;
	return { results, paginationToken: typeof next === 'string' && next !== '' ? String(page + 1) : undefined };
}

/** Every record of a (small) CallHub list as dropdown options, sorted by name. */
export async function allAsOptions(
	ctx: ILoadOptionsFunctions,
	path: string,
	toOption: (record: IDataObject) => INodePropertyOptions,
): Promise<INodePropertyOptions[]> {
	const records = normaliseIds(await collectPages(loadOptionsSender(ctx), { method: 'GET', url: path }));
	return records.map(toOption).sort(byName((option) => option.name));
}
