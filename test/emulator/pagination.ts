import type { EmuRequest, EmuResponse } from './http';
import { HttpError } from './http';

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 1000;

/** DRF's replace_query_param / remove_query_param: the request's parameters, sorted, page set or dropped. */
function linkTo(req: EmuRequest, page: number): string {
	const entries = [...req.query.entries()].filter(([key]) => key !== 'page');
	if (page > 1) entries.push(['page', String(page)]);
	entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	const search = new URLSearchParams(entries).toString();
	return `${req.origin}${req.path}${search ? `?${search}` : ''}`;
}

/**
 * Django REST Framework's PageNumberPagination as CallHub configures it. `present` turns a stored
 * record into its JSON shape for the requested page only, so paging a 50,000-contact list stays cheap.
 */
export function paginate<T>(req: EmuRequest, records: T[], present: (record: T) => unknown = (record) => record): EmuResponse {
	const requestedSize = Number(req.query.get('page_size'));
	const pageSize =
		Number.isInteger(requestedSize) && requestedSize > 0 ? Math.min(requestedSize, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
	const pageText = req.query.get('page') ?? '1';
	const page = pageText === 'last' ? Math.max(1, Math.ceil(records.length / pageSize)) : Number(pageText);
	const pages = Math.max(1, Math.ceil(records.length / pageSize));
	if (!Number.isInteger(page) || page < 1 || page > pages) throw new HttpError(404, { detail: 'Invalid page.' });
	const results = records.slice((page - 1) * pageSize, page * pageSize).map(present);
	return {
		status: 200,
		body: {
			count: records.length,
			next: page < pages ? linkTo(req, page + 1) : null,
			previous: page > 1 ? linkTo(req, page - 1) : null,
			results,
		},
	};
}
