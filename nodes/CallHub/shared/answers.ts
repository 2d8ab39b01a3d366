import type { IDataObject } from 'n8n-workflow';

import type { Flow, OperationContext } from './operation';

const LIST_KEYS = ['results', 'data', 'objects', 'items'];

/**
 * The records of an answer whose shape no client shows: a bare list, a DRF page (`results`), a list
 * under `data` (CallHub's v2 answers) or under a key naming the records (e.g. `agents`), else the
 * answer itself as one record.
 */
export function recordsIn(body: unknown, ...names: string[]): IDataObject[] {
	if (Array.isArray(body)) return body as IDataObject[];
	if (body === null || body === undefined || body === '') return [];
	if (typeof body !== 'object') return [{ value: body }];
	const object = body as IDataObject;
	for (const key of [...names, ...LIST_KEYS]) {
		const value = object[key];
		if (Array.isArray(value)) return value as IDataObject[];
		if (key === 'data' && value !== null && typeof value === 'object') return recordsIn(value, ...names);
	}
	return [object];
}

/** An answer as one output record: CallHub's object (its `data` when wrapped), or `fallback` when it sent nothing. */
export function answerRecord(body: unknown, fallback: IDataObject): IDataObject {
	if (body === null || body === undefined || body === '') return fallback;
	if (typeof body !== 'object' || Array.isArray(body)) return { ...fallback, answer: body as IDataObject[] };
	const object = body as IDataObject;
	const data = object.data;
	const inner = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as IDataObject) : {};
	return { ...fallback, ...object, ...inner };
}

/** An output step that puts the operation's own facts (what was asked) beside CallHub's answer. */
export function withFacts(facts: (ctx: OperationContext) => IDataObject) {
	return async function (this: OperationContext, records: IDataObject[]): Promise<IDataObject[]> {
		const known = facts(this);
		return records.length ? records.map((record) => ({ ...known, ...record })) : [known];
	};
}

/**
 * A read whose answer's shape no client shows: every record of it (see `recordsIn`), following DRF's
 * `next` links when it is paged, so a list is never cut short or read as one record.
 */
export function listAnswer(...names: string[]): Flow {
	return async function (request, send) {
		let body = (await send(request)).body;
		const records = recordsIn(body, ...names);
		for (let pages = 1; pages < 1000; pages++) {
			const next = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as IDataObject).next : undefined;
			if (typeof next !== 'string' || next === '') break;
			body = (await send({ ...request, url: next, qs: {} })).body;
			records.push(...recordsIn(body, ...names));
		}
		return records;
	};
}
