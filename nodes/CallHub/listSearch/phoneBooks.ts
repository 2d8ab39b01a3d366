import type { ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';

import { allAsOptions, searchPage } from './search';

export async function searchPhoneBooks(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchPage(
		this,
		'/v1/phonebooks/',
		(book) => ({ name: String(book.name ?? book.id), value: String(book.id), url: book.url as string }),
		filter,
		paginationToken,
		false,
	);
}

/** Phone books as a multi-select, for campaigns that call or text several of them. */
export async function getPhoneBooks(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await allAsOptions(this, '/v1/phonebooks/', (book) => ({ name: String(book.name ?? book.id), value: String(book.id) }));
}
