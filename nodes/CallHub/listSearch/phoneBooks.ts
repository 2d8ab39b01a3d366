import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchPage } from './search';

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
