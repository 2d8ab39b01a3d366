import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { ID_PATTERN } from './ids';
import type { OperationContext, Prepare } from './operation';

/** CallHub's campaign statuses, the same for every kind of campaign (CallHub's API reference). */
const STATUSES: Record<'start' | 'pause' | 'abort' | 'end', INodePropertyOptions> = {
	abort: { name: 'Abort', value: 3, description: 'Stop the campaign for good, before it is finished' },
	end: { name: 'End', value: 4, description: 'End the campaign for good' },
	pause: { name: 'Pause', value: 2, description: 'Pause the campaign; it can be started again' },
	start: { name: 'Start', value: 1, description: 'Start or resume the campaign' },
};

export function statusField(kinds: Array<keyof typeof STATUSES>, description: string): INodeProperties {
	return {
		displayName: 'Status',
		name: 'status',
		type: 'options',
		default: 2,
		options: kinds.map((kind) => STATUSES[kind]),
		description,
		routing: { send: { type: 'body', property: 'status' } },
	};
}

function fail(ctx: OperationContext, message: string, description: string): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), message, { description, itemIndex: ctx.getItemIndex() });
}

/** An update without a field to change is a mistake in the workflow; CallHub would answer it unchanged. */
export const requireUpdateFields: Prepare = async function (request) {
	const body = (request.body as IDataObject | undefined) ?? {};
	if (Object.keys(body).length === 0) {
		throw fail(this, 'Nothing to update', "Add a field under 'Update Fields' with the value to change.");
	}
	return request;
};

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
