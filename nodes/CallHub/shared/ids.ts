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
 * `id` / `*_id` / `*_ids` number deeper in the object becomes its digits. Objects are changed in
 * place (they are freshly parsed answers): copying 50,000 contacts would double the memory a list needs.
 */
export function normaliseIds<T>(value: T): T {
	if (Array.isArray(value)) {
		for (let index = 0; index < value.length; index++) value[index] = normaliseIds(value[index]);
		return value;
	}
	if (value === null || typeof value !== 'object') return value;
	const object = value as IDataObject;
	for (const key of Object.keys(object)) {
		const entry = object[key];
		if (entry !== null && typeof entry === 'object') normaliseIds(entry);
		if (isIdKey(key)) object[key] = stringifyIdValue(entry) as IDataObject[string];
	}
	if (typeof object.pk_str === 'string' && object.pk_str !== '') {
		object.id = object.pk_str;
	} else if (object.id === undefined || object.id === null) {
		const fromUrl = idFromUrl(object.url);
		if (fromUrl !== undefined) object.id = fromUrl;
	}
	return value;
}
