import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import type { CallHubResponse } from './errors';
import { MAX_IN_FLIGHT } from './rateLimit';
import type { Send } from './transport';

export const MAX_PAGE_SIZE = 1000;
/** Most pages requested ahead of the one awaited: as many as may be under way at once. */
export const PAGE_WINDOW = MAX_IN_FLIGHT;
/** Pages a second CallHub's general limit allows (rateLimit.ts PUBLISHED_BUDGET). */
const PAGES_PER_SECOND = 20;

/**
 * How many pages to request ahead: enough to keep CallHub's 20 a second busy while each page takes
 * as long as the first did (plus one, and at least 2), never more than may be under way. A quick server needs few pages in hand, so early pages do not pile up in memory; a
 * slow one gets up to 20.
 */
export function pagesAhead(firstPageMs: number): number {
	return Math.min(PAGE_WINDOW, Math.max(2, Math.ceil((PAGES_PER_SECOND * firstPageMs) / 1000) + 1));
}

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

/** A record's id as text, to tell a record already output (ids are exact digits, never numbers here). */
function idOf(record: IDataObject): string | undefined {
	const id = record?.id;
	return typeof id === 'string' || typeof id === 'number' || typeof id === 'bigint' ? String(id) : undefined;
}

/** A page past the list's end: the list shrank after its first page was read (DRF: 404 "Invalid page."). */
const pastTheEnd = (response: CallHubResponse) => response.statusCode === 404;

/**
 * Reads a list's records in order until `limit` records are collected or the list ends, asking for
 * pages as large as CallHub allows (1,000) or as the limit needs. With `skip`, reading starts at the
 * page holding the first wanted record.
 *
 * The first page's `count` tells which pages hold wanted records; the rest are then requested
 * together; the transport paces them, with every other request to the account, to CallHub's
 * published budget (rateLimit.ts `takePaceSlot`: 20 a second, contact search 1 a second) and through
 * the shared limiter (at most 20 under way, 429s waited out). No page beyond the limit is asked for.
 * Pages are taken in order; one that arrives early waits, and no more than `pagesAhead` pages (what
 * the rate needs at the first page's speed, at most 20) are requested ahead of the one being waited
 * for, so memory holds at most that window besides the records collected. A record that moved to
 * the next page while the list changed is output once (by id). Where the list has no `count` or its
 * links are not page-numbered, or the list grew past what its first page said, reading follows
 * `next` one page after another.
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
	const seen = new Set<string>();
	const take = (body: unknown) => {
		for (const record of recordsOf(body, rootProperty)) {
			if (toSkip > 0) {
				toSkip--;
				continue;
			}
			if (records.length >= limit) break;
			const id = idOf(record);
			if (id !== undefined) {
				if (seen.has(id)) continue;
				seen.add(id);
			}
			records.push(record);
		}
	};
	// `next` already carries every query parameter; sending qs again would duplicate them.
	const fetchLink = async (url: string): Promise<CallHubResponse> => await send({ ...request, url, qs: {} }, pastTheEnd);

	const firstSent = Date.now();
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
	const ahead = pagesAhead(first.answeredInMs ?? Date.now() - firstSent);

	// The last page holding a wanted record: the list's end, or where the limit is reached.
	const wanted = Math.min(count - skip, limit);
	const lastPage = Number.isFinite(wanted) ? firstPage + Math.ceil(((skip % pageSize) + wanted) / pageSize) - 1 : NaN;
	if (Number.isFinite(lastPage) && linkToPage(next, firstPage + 1) !== undefined) {
		const link = next;
		const pages = new Map<number, Promise<CallHubResponse>>();
		let requested = firstPage;
		const requestMore = (from: number) => {
			while (requested < lastPage && requested < from + ahead) {
				requested++;
				const answer = fetchLink(linkToPage(link, requested) as string);
				// Awaited in order below; until then a failure must not count as unhandled.
				answer.catch(() => undefined);
				pages.set(requested, answer);
			}
		};
		let ended = false;
		try {
			for (let number = firstPage + 1; number <= lastPage; number++) {
				requestMore(number);
				const answer = await (pages.get(number) as Promise<CallHubResponse>);
				pages.delete(number);
				if (pastTheEnd(answer)) {
					ended = true;
					break;
				}
				take(answer.body);
				next = nextLink(answer.body);
				if (next === undefined || records.length >= limit) {
					ended = true;
					break;
				}
			}
		} finally {
			// Pages no longer needed (the list changed, or a page failed) are let finish, not left dangling.
			await Promise.all([...pages.values()].map(async (page) => await page.catch(() => undefined)));
		}
		if (ended) return records;
	}
	// No page numbers to request ahead, or the list grew beyond its first count: follow `next`.
	while (next !== undefined && records.length < limit) {
		const answer = await fetchLink(next);
		if (pastTheEnd(answer)) break;
		take(answer.body);
		next = nextLink(answer.body);
	}
	return records;
}
