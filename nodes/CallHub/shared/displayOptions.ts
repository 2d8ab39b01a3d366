import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
	return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof RegExp);
}

/** A deep copy of `target` with `source` merged in: objects key by key, arrays index by index (lodash `merge`). */
function merged(target: unknown, source: unknown): unknown {
	if (source === undefined) return copy(target);
	if (Array.isArray(source)) {
		const result = Array.isArray(target) ? (copy(target) as unknown[]) : [];
		source.forEach((value, index) => {
			if (value !== undefined) result[index] = merged(result[index], value);
		});
		return result;
	}
	if (isPlain(source)) {
		const result: Plain = isPlain(target) ? (copy(target) as Plain) : {};
		for (const [key, value] of Object.entries(source)) {
			if (value !== undefined) result[key] = merged(result[key], value);
		}
		return result;
	}
	return source;
}

function copy(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(copy);
	if (isPlain(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copy(item)]));
	return value;
}

/**
 * `properties` shown only under `displayOptions`, merged into each one's own display options.
 * Same result as n8n-workflow's `updateDisplayOptions`, which deep-merges with lodash and took about
 * 10 ms of the node's 55 ms cold `require` (BENCHMARKS.md, Package); this takes well under 1 ms.
 */
export function withDisplayOptions(displayOptions: IDisplayOptions, properties: INodeProperties[]): INodeProperties[] {
	return properties.map((property) => ({
		...property,
		displayOptions: merged(merged({}, property.displayOptions), displayOptions) as IDisplayOptions,
	}));
}
