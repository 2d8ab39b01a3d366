import type { IDataObject } from 'n8n-workflow';

export const ID_PATTERN = /^\d{1,20}$/;
const ID_AT_END_OF_URL = /\/(\d{1,20})\/?(?:[?#].*)?$/;

export function idFromUrl(url: unknown): string | undefined {
	if (typeof url !== 'string') return undefined;
	return ID_AT_END_OF_URL.exec(url)?.[1];
}

function isIdKey(key: string): boolean {
	return key === 'id' || key.endsWith('_id') || key.endsWith('_ids');
}

function stringifyIdValue(value: unknown): unknown {
	if (typeof value === 'number' && Number.isInteger(value)) return String(value);
	if (Array.isArray(value)) return value.map(stringifyIdValue);
	return value;
}

/**
 * Makes every id in a CallHub object a string: `id` equals `pk_str` when CallHub sends one,
 * is taken from the object's `url` when it has no id (DNC contacts, DNC lists), and any
 * `id` / `*_id` / `*_ids` number deeper in the object becomes its digits.
 */
export function normaliseIds<T>(value: T): T {
	if (Array.isArray(value)) return value.map((entry) => normaliseIds(entry)) as T;
	if (value === null || typeof value !== 'object') return value;
	const source = value as IDataObject;
	const result: IDataObject = {};
	for (const [key, entry] of Object.entries(source)) {
		result[key] = (isIdKey(key) ? stringifyIdValue(normaliseIds(entry)) : normaliseIds(entry)) as IDataObject[string];
	}
	if (typeof source.pk_str === 'string' && source.pk_str !== '') {
		result.id = source.pk_str;
	} else if (result.id === undefined || result.id === null) {
		const fromUrl = idFromUrl(source.url);
		if (fromUrl !== undefined) result.id = fromUrl;
	}
	return result as T;
}
