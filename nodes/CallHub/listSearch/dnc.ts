import type { ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';

import { idFromUrl } from '../shared/ids';
import { allAsOptions, searchPage } from './search';

export async function searchDncLists(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchPage(
		this,
		'/v1/dnc_lists/',
		(list) => ({ name: String(list.name ?? list.id), value: String(list.id), url: list.url as string }),
		filter,
		paginationToken,
		false,
	);
}

export async function getDncLists(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await allAsOptions(this, '/v1/dnc_lists/', (list) => ({ name: String(list.name ?? list.id), value: String(list.id) }));
}

/** DNC entries by phone number; CallHub searches the numbers (digits only, so non-digits are dropped). */
export async function searchDncContacts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchPage(
		this,
		'/v1/dnc_contacts/',
		(entry) => ({
			name: `${String(entry.phone_number)} (DNC list ${idFromUrl(entry.dnc) ?? '?'})`,
			value: String(entry.id),
			url: entry.url as string,
		}),
		filter?.replace(/\D/g, ''),
		paginationToken,
		true,
	);
}
