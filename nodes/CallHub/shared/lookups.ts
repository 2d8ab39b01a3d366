import type { IDataObject } from 'n8n-workflow';

import { normaliseIds } from './ids';
import { parseJsonLosslessly } from './json';
import { collectPages } from './pagination';
import type { Send } from './transport';

export async function allCustomFields(send: Send): Promise<IDataObject[]> {
	return normaliseIds(await collectPages(send, { method: 'GET', url: '/v1/custom_fields/' }));
}

export async function allTags(send: Send): Promise<IDataObject[]> {
	return normaliseIds(await collectPages(send, { method: 'GET', url: '/v1/tags/' }));
}

/** Tag names as CallHub stores them: `name` on /v1/tags/, `tag` on /v2/tags/. */
export function tagName(tag: IDataObject): string {
	return String(tag.name ?? tag.tag ?? '');
}

/** A contact's custom field values, which CallHub sends as a JSON string keyed by field id. */
export function customFieldValues(contact: IDataObject): IDataObject {
	const raw = contact.custom_fields;
	if (raw === null || raw === undefined || raw === '' || raw === 'null') return {};
	if (typeof raw === 'object') return raw as IDataObject;
	try {
		const parsed = parseJsonLosslessly(String(raw));
		return parsed !== null && typeof parsed === 'object' ? (parsed as IDataObject) : {};
	} catch {
		return {};
	}
}
