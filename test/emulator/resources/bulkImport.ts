import { COUNTRIES } from '../../../nodes/CallHub/shared/phone';
import { readCsvRows } from '../csv';
import type { EmuRequest, Router } from '../http';
import { badRequest, bodyObject, HttpError, ok, required } from '../http';
import type { AccountState, Contact, Json } from '../state';
import { createContact, phoneDigits, STANDARD_FIELDS } from './contacts';
import { createTag } from './tags';

export interface ImportJob extends Json {
	id: string;
	phonebook_id: string;
	mapping: Record<string, string>;
	country_choice: string;
	country_iso?: string;
	filename?: string;
	csv_url?: string;
	imported: number;
	failed: number;
}

export function imports(state: AccountState) {
	return state.collection<ImportJob>('imports');
}

/**
 * `mapping` must be a JSON *string* of field id → column index; values that are not strings are
 * ignored (CallHub answers "No column is set as Phone Number" when the phone's was a number).
 */
function parseMapping(raw: unknown): Record<string, string> {
	if (typeof raw !== 'string') badRequest({ detail: 'Invalid Json [mapping]' });
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw as string);
	} catch {
		badRequest({ detail: 'Invalid Json [mapping]' });
	}
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) badRequest({ detail: 'Invalid Json [mapping]' });
	const mapping: Record<string, string> = {};
	for (const [fieldId, column] of Object.entries(parsed as Json)) {
		if (typeof column === 'string' && /^\d+$/.test(column)) mapping[fieldId] = column;
	}
	if (mapping['0'] === undefined) badRequest({ detail: 'No column is set as Phone Number' });
	return mapping;
}

/** The number with its country's calling code, as CallHub stores numbers (digits, no +). */
function numberFor(value: string, iso: string | undefined): string | undefined {
	const digits = phoneDigits(value);
	const country = iso ? COUNTRIES[iso.toUpperCase()] : undefined;
	if (!digits || !country || value.trim().startsWith('+')) return digits;
	if (country.trunk && digits.startsWith(country.trunk) && digits.length - country.trunk.length <= country.max) {
		return `${country.code}${digits.slice(country.trunk.length)}`;
	}
	return digits.length <= country.max ? `${country.code}${digits}` : digits;
}

function tagIds(state: AccountState, text: string): string[] {
	return text
		.split(',')
		.map((name) => name.trim())
		.filter(Boolean)
		.map((name) => ([...state.tags.values()].find((tag) => tag.name.toLowerCase() === name.toLowerCase()) ?? createTag(state, name)).id);
}

/** One CSV row into the phone book: a new contact, or the contact that already has the number. */
function importRow(req: EmuRequest, bookId: string, mapping: Record<string, string>, row: string[], iso?: string): boolean {
	const cell = (fieldId: string) => (mapping[fieldId] === undefined ? '' : (row[Number(mapping[fieldId])] ?? '').trim());
	const number = numberFor(cell('0'), iso ?? (cell('5') || undefined));
	if (!number) return false;
	const fields: Json = {};
	const custom: Record<string, unknown> = {};
	for (const fieldId of Object.keys(mapping)) {
		const value = cell(fieldId);
		const standard = STANDARD_FIELDS.find((field) => String(field.id) === fieldId);
		if (value === '' || fieldId === '0') continue;
		if (standard && !['name', 'additional_vars', 'tags'].includes(standard.key)) fields[standard.key] = value;
		else if (!standard && req.state.customFields.has(fieldId)) custom[fieldId] = value;
	}
	const state = req.state;
	let contact: Contact | undefined = state.contacts.findByPhone(number);
	try {
		if (contact) {
			Object.assign(contact, fields);
		} else {
			contact = createContact(state, { ...fields, contact: number }, req.origin).contact;
		}
	} catch (error) {
		if (error instanceof HttpError) return false;
		throw error;
	}
	if (!contact) return false;
	Object.assign(contact.customFields, custom);
	if (cell('16')) contact.tags = [...new Set([...contact.tags, ...tagIds(state, cell('16'))])];
	state.phoneBooks.get(bookId)?.contacts.add(contact.id);
	return true;
}

/**
 * CallHub's CSV import (throttled to one a minute by the server's `bulk` rate). CallHub imports in
 * the background and emails when done; the emulator imports before answering so tests can count.
 */
export function registerBulkImport(router: Router): void {
	router.post('/v1/contacts/bulk_create/', (req) => {
		const body = bodyObject(req);
		const bookId = required(body, 'phonebook_id');
		if (!req.state.phoneBooks.has(bookId)) badRequest({ phonebook_id: [`Phone book "${bookId}" does not exist.`] });
		const file = req.files.find((part) => part.name === 'contacts_csv');
		const csvUrl = typeof body.csv_url === 'string' ? body.csv_url : undefined;
		if (!file && !csvUrl) badRequest({ detail: 'Either Upload file or CSV url is required' });
		const mapping = parseMapping(body.mapping);
		const choice = required(body, 'country_choice');
		if (!['file', 'custom'].includes(choice)) badRequest({ country_choice: [`"${choice}" is not a valid choice.`] });
		const iso = choice === 'custom' ? required(body, 'country_iso').toUpperCase() : undefined;
		if (iso !== undefined && !/^[A-Z]{2}$/.test(iso)) badRequest({ country_iso: ['Enter a valid 2 letter country code.'] });

		const job: ImportJob = {
			id: req.state.newId(),
			phonebook_id: bookId,
			mapping,
			country_choice: choice,
			country_iso: iso,
			filename: file?.filename,
			csv_url: csvUrl,
			imported: 0,
			failed: 0,
		};
		// The first row holds the column names and is skipped.
		const rows = file ? readCsvRows(file.data.toString('utf8')).slice(1) : [];
		for (const row of rows) {
			if (importRow(req, bookId, mapping, row, iso)) job.imported++;
			else job.failed++;
		}
		imports(req.state).set(job.id, job);
		return ok({ message: 'Import in progress. You will get an email when import is complete' });
	});
}
