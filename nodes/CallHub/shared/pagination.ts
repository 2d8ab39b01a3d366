import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import type { Send } from './transport';

export const MAX_PAGE_SIZE = 1000;

/** The records of one answer: a page's `results`, a bare array (custom fields), or one object. */
export function recordsOf(body: unknown, rootProperty: string | undefined): IDataObject[] {
	if (Array.isArray(body)) return body as IDataObject[];
	if (body === null || body === undefined) return [];
	if (typeof body !== 'object') return [{ value: body } as IDataObject];
	if (rootProperty !== undefined) {
		const records = (body as IDataObject)[rootProperty];
		return Array.isArray(records) ? (records as IDataObject[]) : [];
	}
	return [body as IDataObject];
}

/**
 * Follows CallHub's page links (`next`, absolute) until `limit` records are collected or the
 * last page is read, asking for pages as large as CallHub allows (1,000) or as the limit needs.
 */
export async function collectPages(
	send: Send,
	request: IHttpRequestOptions,
	options: { rootProperty?: string; limit?: number } = {},
): Promise<IDataObject[]> {
	const limit = options.limit ?? Infinity;
	const rootProperty = options.rootProperty ?? 'results';
	const records: IDataObject[] = [];
	let page: IHttpRequestOptions = {
		...request,
		qs: { ...(request.qs ?? {}), page_size: Math.min(MAX_PAGE_SIZE, limit) },
	};
	for (;;) {
		const { body } = await send(page);
		for (const record of recordsOf(body, rootProperty)) {
			if (records.length >= limit) break;
			records.push(record);
		}
		const next = body !== null && typeof body === 'object' ? (body as IDataObject).next : undefined;
		if (typeof next !== 'string' || next === '' || records.length >= limit) return records;
		// `next` already carries every query parameter; sending qs again would duplicate them.
		page = { ...request, url: next, qs: {} };
	}
}
