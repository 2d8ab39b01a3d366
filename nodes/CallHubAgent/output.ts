import type { IDataObject } from 'n8n-workflow';

import type { OperationContext } from '../CallHub/shared/operation';

type Output = (this: OperationContext, records: IDataObject[]) => Promise<IDataObject[]>;

function idText(value: unknown): unknown {
	if (typeof value === 'number' && Number.isInteger(value)) return String(value);
	if (Array.isArray(value)) return value.map(idText);
	return value;
}

/** Ids under names that are not `id`/`*_id` (connected_campaign, campaigns…), as exact strings like every id. */
export function idsAsStrings(...keys: string[]): Output {
	return async function (records) {
		return records.map((record) => {
			const result = { ...record };
			for (const key of keys) if (key in result) result[key] = idText(result[key]) as IDataObject[string];
			return result;
		});
	};
}

/** One item per entry of a list CallHub wraps in an object (`{"script_sections": [...]}`); other shapes as they are. */
export function unwrap(property: string): Output {
	return async function (records) {
		if (records.length === 1 && Array.isArray(records[0][property])) return records[0][property] as IDataObject[];
		return records;
	};
}

/**
 * Adds the conference's or dialer's uuid to what CallHub answered (one item when it answered
 * nothing), so the next step of a call flow finds it in `$json`.
 */
export function withUuid(parameter: string, key: string, confirmation: IDataObject = {}): Output {
	return async function (records) {
		const uuid = String(this.getNodeParameter(parameter, '')).trim();
		if (records.length === 0) return [{ [key]: uuid, ...confirmation }];
		return records.map((record) => ({ [key]: uuid, ...record }));
	};
}
