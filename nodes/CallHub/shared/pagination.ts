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
		if (Array.isArray(records)) return records as IDataObject[];
		// Not a page: one record where a list was expected (live agents may answer so; no client shows
		// that answer). Zero items would hide it; an empty object or an empty page is no record.
		const isPage = ['count', 'next', 'previous'].some((key) => key in (body as IDataObject));
		return isPage || Object.keys(body as IDataObject).length === 0 ? [] : [body as IDataObject];
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

interface PageAnswer {
	body: unknown;
}

function nextLink(body: unknown): string | undefined {
	const next = body !== null && typeof body === 'object' ? (body as IDataObject).next : undefined;
	return typeof next === 'string' && next !== '' ? next : undefined;
}

/** The link to page `number`, made from a `next` link of the same list (DRF numbers its pages). */
function linkToPage(next: string, number: number): string | undefined {
	try {
		const url = new URL(next);
		if (!url.searchParams.has('page')) return undefined;
		url.searchParams.set('page', String(number));
		return url.toString();
	} catch {
		return undefined;
	}
}

/**
 * Follows CallHub's page links (`next`, absolute) until `limit` records are collected or the
 * last page is read, asking for pages as large as CallHub allows (1,000) or as the limit needs.
 * With `skip`, reading starts at the page holding the first wanted record.
 *
 * Once the first page tells how many records there are, the next page is requested while the
 * current one is read (one request ahead, never a page that is not needed), so CallHub's time to
 * build a page overlaps with ours to read the last one.
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
	const take = (body: unknown) => {
		for (const record of recordsOf(body, rootProperty)) {
			if (toSkip > 0) {
				toSkip--;
				continue;
			}
			if (records.length >= limit) break;
			records.push(record);
		}
	};
	// `next` already carries every query parameter; sending qs again would duplicate them.
	const fetchLink = async (url: string): Promise<PageAnswer> => await send({ ...request, url, qs: {} });

	const first = await send({
		...request,
		qs: { ...(request.qs ?? {}), page_size: pageSize, ...(firstPage > 1 ? { page: firstPage } : {}) },
	});
	const count =
		first.body !== null && typeof first.body === 'object' && !Array.isArray(first.body)
			? Number((first.body as IDataObject).count)
			: NaN;
	if (options.onCount && Number.isFinite(count)) options.onCount(count);
	take(first.body);
	let next = nextLink(first.body);
	if (next === undefined || records.length >= limit) return records;

	// The last page holding a wanted record: the list's end, or where the limit is reached.
	const wanted = Math.min(count - skip, limit);
	const lastPage = Number.isFinite(wanted) ? firstPage + Math.ceil(((skip % pageSize) + wanted) / pageSize) - 1 : NaN;
	let number = firstPage + 1;
	let pending = fetchLink(next);
	for (;;) {
		const upcoming = number + 1 <= lastPage ? linkToPage(next, number + 1) : undefined;
		const lookahead = upcoming === undefined ? undefined : fetchLink(upcoming);
		// Awaited below; until then a failure must not count as unhandled.
		lookahead?.catch(() => undefined);
		const answer = await pending;
		take(answer.body);
		const following = nextLink(answer.body);
		if (following === undefined || records.length >= limit) {
			// Only when the list changed while being read is a prefetched page not needed.
			await lookahead?.catch(() => undefined);
			return records;
		}
		next = following;
		number++;
		pending = lookahead ?? fetchLink(next);
	}
}
