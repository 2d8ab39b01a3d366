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

export interface PageOptions {
	rootProperty?: string;
	/** Most records to return (default: all). */
	limit?: number;
	/** Records to pass over first, e.g. to read a very long list in parts. */
	skip?: number;
	/** Called with the list's total (`count`) once the first page is in, before more pages are read. */
	onCount?: (count: number) => void;
}

/**
 * Follows CallHub's page links (`next`, absolute) until `limit` records are collected or the
 * last page is read, asking for pages as large as CallHub allows (1,000) or as the limit needs.
 * With `skip`, reading starts at the page holding the first wanted record.
 */
export async function collectPages(
	send: Send,
	request: IHttpRequestOptions,
	options: PageOptions = {},
): Promise<IDataObject[]> {
	const limit = options.limit ?? Infinity;
	const skip = Math.max(0, Math.floor(options.skip ?? 0));
	const rootProperty = options.rootProperty ?? 'results';
	const pageSize = skip > 0 ? MAX_PAGE_SIZE : Math.min(MAX_PAGE_SIZE, limit);
	const firstPage = Math.floor(skip / pageSize) + 1;
	let toSkip = skip % pageSize;
	const records: IDataObject[] = [];
	let page: IHttpRequestOptions = {
		...request,
		qs: { ...(request.qs ?? {}), page_size: pageSize, ...(firstPage > 1 ? { page: firstPage } : {}) },
	};
	for (let first = true; ; first = false) {
		const { body } = await send(page);
		if (first && options.onCount && body !== null && typeof body === 'object' && !Array.isArray(body)) {
			const count = Number((body as IDataObject).count);
			if (Number.isFinite(count)) options.onCount(count);
		}
		for (const record of recordsOf(body, rootProperty)) {
			if (toSkip > 0) {
				toSkip--;
				continue;
			}
			if (records.length >= limit) break;
			records.push(record);
		}
		const next = body !== null && typeof body === 'object' ? (body as IDataObject).next : undefined;
		if (typeof next !== 'string' || next === '' || records.length >= limit) return records;
		// `next` already carries every query parameter; sending qs again would duplicate them.
		page = { ...request, url: next, qs: {} };
	}
}
