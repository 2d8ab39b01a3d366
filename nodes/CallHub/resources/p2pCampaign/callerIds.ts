import { NodeOperationError } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';

/** Caller IDs as CallHub keeps numbers (digits with the country prefix), from a list or comma-separated text. */
export function callerNumbers(ctx: OperationContext): string[] {
	const raw = ctx.getNodeParameter('callerIds', '') as unknown;
	const texts = (Array.isArray(raw) ? raw : String(raw ?? '').split(/[,;\n]+/)).map((value) => String(value).trim()).filter(Boolean);
	const invalid = texts.find((text) => !/^\+?[\d\s().-]+$/.test(text) || text.replace(/\D/g, '').length < 7);
	if (texts.length === 0 || invalid !== undefined) {
		throw new NodeOperationError(
			ctx.getNode(),
			texts.length === 0 ? 'The Caller IDs parameter is empty' : `The Caller IDs parameter has "${invalid?.slice(0, 40)}", which is not a phone number`,
			{
				description: 'Give numbers rented or validated in your CallHub account, with country code, separated by commas, e.g. +14155550123.',
				itemIndex: ctx.getItemIndex(),
			},
		);
	}
	return [...new Set(texts.map((text) => text.replace(/\D/g, '')))];
}
