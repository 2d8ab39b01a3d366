import { NodeOperationError } from 'n8n-workflow';

import { ID_PATTERN } from './ids';
import type { OperationContext } from './operation';

/**
 * CallHub ids from a parameter holding a list (multi-select, or an array from an expression) or
 * text separated by commas, checked to be ids and kept as strings (they exceed 2^53).
 */
export function idList(ctx: OperationContext, parameter: string, label: string, example: string): string[] {
	const raw = ctx.getNodeParameter(parameter, '') as unknown;
	const list = (Array.isArray(raw) ? raw : String(raw ?? '').split(/[\s,;]+/))
		.map((value) => String(value).trim())
		.filter(Boolean);
	const invalid = list.find((value) => !ID_PATTERN.test(value));
	if (list.length === 0 || invalid !== undefined) {
		throw new NodeOperationError(
			ctx.getNode(),
			list.length === 0 ? `The ${label} parameter is empty` : `The ${label} parameter has "${invalid}", which is not a CallHub ID`,
			{
				description: `Give IDs (digits only) separated by commas, e.g. ${example}.`,
				itemIndex: ctx.getItemIndex(),
			},
		);
	}
	return [...new Set(list)];
}
