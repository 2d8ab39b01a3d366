import type { IDataObject } from 'n8n-workflow';

import { recordsIn } from '../../shared/answers';

/** One number sent to a suppression list. */
export interface SuppressionEntry {
	phone_number?: string;
	mobile_number?: string;
}

/** What CallHub said about one entry: added, refused with its message and status, or not said. */
export type Outcome =
	| { kind: 'added'; status: number; record: IDataObject }
	| { kind: 'refused'; status: number; message: string; record: IDataObject }
	| { kind: 'unknown'; status: number };

const digits = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value).replace(/\D/g, '') : '');

const NUMBER_KEYS = ['phone_number', 'mobile_number', 'mobile', 'contact', 'number', 'phone'];

function numbersOf(record: IDataObject): string[] {
	return NUMBER_KEYS.map((key) => digits(record[key])).filter(Boolean);
}

function entryNumbers(entry: SuppressionEntry): string[] {
	return [digits(entry.phone_number), digits(entry.mobile_number)].filter(Boolean);
}

/** The texts of an error record, DRF style or flat: `detail`, `error(s)`, `message`, field errors. */
export function messagesOf(value: unknown, field?: string): string[] {
	if (value === null || value === undefined || value === '') return [];
	if (typeof value === 'string') return [field && !['detail', 'error', 'errors', 'message', 'non_field_errors'].includes(field) ? `${field}: ${value}` : value];
	if (Array.isArray(value)) return value.flatMap((entry) => messagesOf(entry, field));
	if (typeof value === 'object') {
		return Object.entries(value as IDataObject)
			.filter(([key]) => !['status', 'status_code', 'code', 'success', 'ok'].includes(key))
			.flatMap(([key, entry]) => messagesOf(entry, key));
	}
	return [];
}

function statusOf(record: IDataObject): number | 'ok' | 'failed' | undefined {
	for (const key of ['status_code', 'status', 'code']) {
		const value = record[key];
		if (typeof value === 'number' || (typeof value === 'string' && /^\d{3}$/.test(value))) return Number(value);
		if (typeof value === 'string') {
			if (/^(created|added|success|succeeded|ok|exists|already)/i.test(value)) return 'ok';
			if (/(fail|error|invalid|reject|refus)/i.test(value)) return 'failed';
		}
	}
	for (const key of ['success', 'ok', 'added', 'created']) {
		if (typeof record[key] === 'boolean') return record[key] ? 'ok' : 'failed';
	}
	return undefined;
}

function outcomeOf(record: IDataObject, batchStatus: number): Outcome {
	const status = statusOf(record);
	const errorText = messagesOf({ detail: record.detail, error: record.error, errors: record.errors, message: status === 'failed' || (typeof status === 'number' && status >= 400) ? record.message : undefined });
	if (status === 'ok' || (typeof status === 'number' && status < 400)) {
		return { kind: 'added', status: typeof status === 'number' ? status : 201, record };
	}
	if (status === 'failed' || typeof status === 'number') {
		return { kind: 'refused', status: typeof status === 'number' ? status : 400, message: errorText.join(' ') || 'refused, without a reason', record };
	}
	if (errorText.length) return { kind: 'refused', status: 400, message: errorText.join(' '), record };
	// No status and no error: a plain success answer lists what it added; a 207 must say each entry's status.
	return batchStatus === 207 ? { kind: 'unknown', status: batchStatus } : { kind: 'added', status: batchStatus, record };
}

/**
 * The result for each entry of a batch, in the batch's order, from CallHub's answer. No client shows
 * the 207 body (callhub/callhub-mcp docs/PUBLIC_API_AUDIT.md A6 says only "Returns: 207 Multi-Status"),
 * so every plausible shape is read: a list of per-entry results (bare, or under `results`, `data`,
 * `contacts`…), matched by position when it has one result per entry and the numbers agree, else by
 * number; a status as a code, a word or a boolean; errors DRF style. An entry CallHub says nothing
 * about is `unknown` after a 207 (the item then fails saying so), and added after a plain 200/201.
 */
export function batchOutcomes(body: unknown, statusCode: number, batch: SuppressionEntry[]): Outcome[] {
	const listed = body !== null && typeof body === 'object' ? recordsIn(body, 'contacts', 'entries', 'responses', 'statuses') : [];
	const records = listed.filter((record): record is IDataObject => record !== null && typeof record === 'object' && !Array.isArray(record));
	const aligned =
		records.length === batch.length &&
		records.every((record, index) => {
			const said = numbersOf(record);
			return said.length === 0 || said.some((number) => entryNumbers(batch[index]).includes(number));
		});
	return batch.map((entry, index) => {
		if (aligned) return outcomeOf(records[index], statusCode);
		const numbers = entryNumbers(entry);
		const match = records.find((record) => numbersOf(record).some((number) => numbers.includes(number)));
		if (match) return outcomeOf(match, statusCode);
		return statusCode === 207 ? { kind: 'unknown', status: statusCode } : { kind: 'added', status: statusCode, record: {} };
	});
}

/**
 * DRF refuses a whole list when one entry is invalid: 400 with one error object per entry, `{}` for
 * the valid ones. The refused entries with their messages, or undefined when the 400 is not of that shape.
 */
export function listErrors(body: unknown, batch: SuppressionEntry[]): Array<string | undefined> | undefined {
	if (!Array.isArray(body) || body.length !== batch.length) return undefined;
	if (!body.every((entry) => entry !== null && typeof entry === 'object' && !Array.isArray(entry))) return undefined;
	const messages = body.map((entry) => {
		const texts = messagesOf(entry);
		return texts.length ? texts.join(' ') : undefined;
	});
	return messages.some((message) => message !== undefined) ? messages : undefined;
}
