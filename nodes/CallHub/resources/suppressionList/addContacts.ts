import type { IDataObject, IExecuteFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { callhubApiError } from '../../shared/errors';
import { ID_PATTERN } from '../../shared/ids';
import { failureItem } from '../../shared/operation';
import { sender } from '../../shared/transport';
import type { Outcome, SuppressionEntry } from './outcomes';
import { batchOutcomes, listErrors } from './outcomes';

/** CallHub takes at most 10 numbers a call (callhub/callhub-mcp docs/API_REFERENCE.md, "DNC & Suppression"). */
export const BATCH_SIZE = 10;

interface Pending {
	itemIndex: number;
	listId: string;
	entry: SuppressionEntry;
}

type ItemResult = { json: IDataObject } | { error: NodeApiError | NodeOperationError };

function text(ctx: IExecuteFunctions, name: string, itemIndex: number): string {
	const value = ctx.getNodeParameter(name, itemIndex, '') as unknown;
	return value === null || value === undefined ? '' : String(value).trim();
}

/** The item's list and numbers, checked before anything is sent. */
function pendingOf(ctx: IExecuteFunctions, itemIndex: number): Pending {
	const listId = String(ctx.getNodeParameter('suppressionList', itemIndex, '', { extractValue: true }) ?? '').trim();
	if (!ID_PATTERN.test(listId)) {
		throw new NodeOperationError(
			ctx.getNode(),
			listId === '' ? 'The Suppression List parameter is empty' : `The Suppression List parameter "${listId.slice(0, 80)}" is not a valid CallHub ID`,
			{ description: "CallHub IDs are made of digits only, e.g. 3966566468442653936: the suppression list's ID from CallHub.", itemIndex },
		);
	}
	const phone = text(ctx, 'phoneNumber', itemIndex);
	const mobile = text(ctx, 'mobileNumber', itemIndex);
	if (phone === '' && mobile === '') {
		throw new NodeOperationError(ctx.getNode(), 'The Phone Number and Mobile Number parameters are both empty', {
			description: 'Give the number to suppress in Phone Number or Mobile Number (e.g. {{ $json.from_number }}).',
			itemIndex,
		});
	}
	return { itemIndex, listId, entry: { ...(phone ? { phone_number: phone } : {}), ...(mobile ? { mobile_number: mobile } : {}) } };
}

/**
 * The entry as sent: CallHub's audit writes the mobile field `mobile`, the MCP server's code
 * `mobile_number` (REAL-CLIENTS.md); both are sent, so the number is read whichever CallHub takes.
 */
function wireEntry(entry: SuppressionEntry): IDataObject {
	return entry.mobile_number ? { ...entry, mobile: entry.mobile_number } : { ...entry };
}

function refusal(ctx: IExecuteFunctions, pending: Pending, status: number, message: string): NodeApiError {
	const number = pending.entry.phone_number ?? pending.entry.mobile_number;
	const parameter = pending.entry.phone_number ? 'Phone Number' : 'Mobile Number';
	return new NodeApiError(ctx.getNode(), { statusCode: status } as JsonObject, {
		message: `CallHub did not add ${number} to suppression list ${pending.listId}: ${message}`,
		description: `Check the ${parameter} parameter of this item (a full number with country code, e.g. +14155550123). The other items of the run are not affected.`,
		httpCode: String(status),
		itemIndex: pending.itemIndex,
	});
}

function unknownOutcome(ctx: IExecuteFunctions, pending: Pending, status: number): NodeApiError {
	const number = pending.entry.phone_number ?? pending.entry.mobile_number;
	return new NodeApiError(ctx.getNode(), { statusCode: status } as JsonObject, {
		message: `CallHub answered ${status} (some numbers may have failed) without saying whether it added ${number} to suppression list ${pending.listId}`,
		description: 'Check the suppression list in CallHub; running the item again is safe (a number is listed once).',
		httpCode: String(status),
		itemIndex: pending.itemIndex,
	});
}

/** A failure of a whole call, as an error of one of its items (each item's error names its own index). */
function forItem(ctx: IExecuteFunctions, error: NodeApiError | NodeOperationError, itemIndex: number): NodeApiError | NodeOperationError {
	const options = { message: error.message, description: error.description ?? undefined, itemIndex };
	if (error instanceof NodeApiError) {
		return new NodeApiError(ctx.getNode(), { statusCode: Number(error.httpCode) || undefined } as JsonObject, { ...options, httpCode: error.httpCode ?? undefined });
	}
	return new NodeOperationError(ctx.getNode(), error.message, options);
}

/**
 * Sends one batch (one list, at most 10 numbers) and gives each of its items its own result. When
 * CallHub refuses the whole list for some bad entries (DRF's 400 with one error per entry), the bad
 * ones fail with their own message and the others are sent again without them.
 */
async function sendBatch(ctx: IExecuteFunctions, batch: Pending[], results: Map<number, ItemResult>): Promise<void> {
	const send = sender(ctx, { credentialType: 'callHubApi' });
	const path = `/suppression-lists/${batch[0].listId}/contacts/`;
	let response;
	try {
		response = await send(
			{ method: 'POST', url: path, body: batch.map((pending) => wireEntry(pending.entry)), json: true },
			(answer) => answer.statusCode === 400,
		);
	} catch (error) {
		for (const pending of batch) results.set(pending.itemIndex, { error: forItem(ctx, error as NodeApiError, pending.itemIndex) });
		return;
	}
	if (response.statusCode === 400) {
		const perEntry = listErrors(response.body, batch.map((pending) => pending.entry));
		if (perEntry === undefined) {
			const error = callhubApiError(ctx.getNode(), response, { method: 'POST', path }, []);
			for (const pending of batch) results.set(pending.itemIndex, { error: forItem(ctx, error, pending.itemIndex) });
			return;
		}
		const retry = batch.filter((pending, index) => {
			const message = perEntry[index];
			if (message !== undefined) results.set(pending.itemIndex, { error: refusal(ctx, pending, 400, message) });
			return message === undefined;
		});
		if (retry.length) await sendBatch(ctx, retry, results);
		return;
	}
	const outcomes: Outcome[] = batchOutcomes(response.body, response.statusCode, batch.map((pending) => pending.entry));
	batch.forEach((pending, index) => {
		const outcome = outcomes[index];
		if (outcome.kind === 'added') {
			results.set(pending.itemIndex, {
				json: { ...outcome.record, suppression_list_id: pending.listId, ...pending.entry, added: true, status: outcome.status },
			});
		} else if (outcome.kind === 'refused') {
			results.set(pending.itemIndex, { error: refusal(ctx, pending, outcome.status, outcome.message) });
		} else {
			results.set(pending.itemIndex, { error: unknownOutcome(ctx, pending, outcome.status) });
		}
	});
}

/**
 * Suppression List → Add Contacts for all input items at once: n8n's declarative runner sends one
 * request per item, but CallHub takes up to 10 numbers a call, so this runs as the node's custom
 * operation (`customOperations`): items are grouped by list into calls of 10, and each entry's status
 * in CallHub's 207 (multi-status) answer becomes its own item's result. With Continue On Fail a
 * refused number fails only its own item; otherwise the first failed item stops the node.
 */
export async function addContacts(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const results = new Map<number, ItemResult>();
	const byList = new Map<string, Pending[]>();
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const pending = pendingOf(this, itemIndex);
			byList.set(pending.listId, [...(byList.get(pending.listId) ?? []), pending]);
		} catch (error) {
			results.set(itemIndex, { error: error as NodeOperationError });
		}
	}
	const batches: Pending[][] = [];
	for (const pendings of byList.values()) {
		for (let start = 0; start < pendings.length; start += BATCH_SIZE) batches.push(pendings.slice(start, start + BATCH_SIZE));
	}
	await Promise.all(batches.map(async (batch) => await sendBatch(this, batch, results)));

	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const result = results.get(itemIndex) as ItemResult;
		if ('json' in result) {
			output.push({ json: result.json, pairedItem: { item: itemIndex } });
			continue;
		}
		const error = result.error;
		error.context.itemIndex = itemIndex;
		if (!this.continueOnFail()) throw error;
		output.push(failureItem(error, itemIndex));
	}
	return [output];
}
