import type { INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { ID_PATTERN } from './ids';
import type { OperationContext } from './operation';

function fail(ctx: OperationContext, message: string, description: string): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), message, { description, itemIndex: ctx.getItemIndex() });
}

/** The Phone Books multi-select of campaign operations (read with `phoneBookIds`). */
export function phoneBooksField(description: string, required = true): INodeProperties {
	return {
		displayName: 'Phone Book Names or IDs',
		name: 'phoneBooks',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getPhoneBooks' },
		...(required ? { required: true } : {}),
		default: [],
		description: `${description}. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	};
}

/** Phone book ids from a multi-select, or from an expression giving an array or a comma-separated text. */
export function phoneBookIds(ctx: OperationContext, parameter: string): string[] {
	const raw = ctx.getNodeParameter(parameter, []) as unknown;
	const ids = (Array.isArray(raw) ? raw : String(raw ?? '').split(/[\s,;]+/)).map((id) => String(id).trim()).filter(Boolean);
	const invalid = ids.find((id) => !ID_PATTERN.test(id));
	if (ids.length === 0 || invalid !== undefined) {
		throw fail(
			ctx,
			ids.length === 0 ? 'No phone book is selected' : `The Phone Books parameter has "${invalid}", which is not a CallHub ID`,
			'Choose the phone books from the list, or give their IDs (digits only) separated by commas.',
		);
	}
	return [...new Set(ids)];
}

/** The Caller ID parameter of campaign creates (read with `callerIdParameter`). */
export function callerIdField(what: 'calls' | 'texts'): INodeProperties {
	return {
		displayName: 'Caller ID',
		name: 'callerId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. +14155550123',
		description: `The number ${what} come from: one validated or rented in your CallHub account`,
	};
}

/** A caller ID as CallHub keeps numbers: digits with the country prefix, no `+`. */
export function callerIdParameter(ctx: OperationContext): string {
	const text = String(ctx.getNodeParameter('callerId', '')).trim();
	const digits = text.replace(/\D/g, '');
	if (!/^\+?[\d\s().-]+$/.test(text) || digits.length < 7) {
		throw fail(
			ctx,
			text === '' ? 'The Caller ID parameter is empty' : `The Caller ID "${text.slice(0, 40)}" is not a phone number`,
			'Use a number validated or rented in your CallHub account, with country code, e.g. +14155550123.',
		);
	}
	return digits;
}
