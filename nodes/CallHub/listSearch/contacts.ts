import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchPage } from './search';

function contactName(contact: IDataObject): string {
	const name = [contact.first_name, contact.last_name].filter(Boolean).join(' ');
	const phone = String(contact.contact ?? contact.mobile ?? contact.email ?? '');
	return name ? `${name} (${phone})` : phone || String(contact.id);
}

export async function searchContacts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchPage(
		this,
		'/v1/contacts/',
		(contact) => ({ name: contactName(contact), value: String(contact.id), url: contact.url as string }),
		filter,
		paginationToken,
		true,
	);
}
