import type { IDataObject } from 'n8n-workflow';

import type { Prepare } from './operation';

/**
 * Sends a parameter in a shape of its own (trimmed, digits only, a list) when it is set: a `prepare`
 * step rather than a routing expression, so the value is the same however n8n runs the operation (the
 * custom operations build plain `routing.send` only, shared/customOperations.ts).
 */
export function sendParameter(
	parameter: string,
	to: 'body' | 'qs',
	property: string,
	shape: (value: unknown) => unknown,
): Prepare {
	return async function (request) {
		const value = this.getNodeParameter(parameter, null) as unknown;
		if (value === null || value === undefined) return request;
		const target = { ...((request[to] as IDataObject | undefined) ?? {}) };
		target[property] = shape(value) as IDataObject[string];
		return { ...request, [to]: target };
	};
}
