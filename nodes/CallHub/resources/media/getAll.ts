import type { IDataObject } from 'n8n-workflow';

import { recordsIn } from '../../shared/answers';
import type { Flow } from '../../shared/operation';
import { listWindow } from '../../shared/operation';

const PAGE = 100;

/**
 * `GET /v2/media/` pages with `offset` and `limit` (callhub/callhub-mcp src/callhub/campaigns.py
 * `get_media_files`), not DRF's `page`. Its answer's shape is not shown, so records are read from a
 * bare list, `results` or `data`; reading stops at a short page, or when a page repeats the last one
 * (an endpoint that ignored `offset`), so a list is never repeated or read forever.
 */
export const getMedia: Flow = async function (request, send) {
	const { limit, skip } = listWindow(this);
	const filters = this.getNodeParameter('filters', {}) as IDataObject;
	const qs: IDataObject = {};
	if (filters.name) qs.name = filters.name;
	if (filters.mediaType) qs.media_type = filters.mediaType;
	if (filters.sortBy) qs.sort_by = filters.sortBy;
	const records: IDataObject[] = [];
	const seen = new Set<string>();
	let offset = skip;
	while (records.length < limit) {
		const size = Math.min(PAGE, limit - records.length);
		const page = recordsIn((await send({ ...request, qs: { ...qs, offset, limit: size } })).body, 'media', 'files');
		const fresh = page.filter((record) => {
			const key = JSON.stringify(record.id ?? record.pk_str ?? record.media_file_id ?? record);
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		});
		records.push(...fresh.slice(0, limit - records.length));
		if (page.length < size || fresh.length === 0) break;
		offset += page.length;
	}
	return records;
};
