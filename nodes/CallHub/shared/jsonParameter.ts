import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { parseJsonLosslessly } from './json';
import type { OperationContext } from './operation';

/**
 * A JSON parameter (an object or a list) as CallHub should receive it. Text is parsed losslessly, so
 * an id written as a number keeps its digits; anything that is not JSON names the parameter.
 */
export function jsonParameter(
	ctx: OperationContext,
	name: string,
	label: string,
	expect: 'object' | 'array' | 'any',
	example: string,
): IDataObject | IDataObject[] {
	const raw = ctx.getNodeParameter(name, '') as unknown;
	let value: unknown = raw;
	if (typeof raw === 'string') {
		try {
			value = raw.trim() === '' ? undefined : parseJsonLosslessly(raw);
		} catch {
			value = undefined;
		}
	}
	const isArray = Array.isArray(value);
	const isObject = value !== null && typeof value === 'object' && !isArray;
	const fits = expect === 'array' ? isArray : expect === 'object' ? isObject : isArray || isObject;
	if (!fits) {
		const what = expect === 'array' ? 'a JSON list' : expect === 'object' ? 'a JSON object' : 'a JSON object or list';
		throw new NodeOperationError(ctx.getNode(), `The ${label} parameter is not ${what}`, {
			description: `Write it as ${what}, e.g. ${example}.`,
			itemIndex: ctx.getItemIndex(),
		});
	}
	return value as IDataObject | IDataObject[];
}
