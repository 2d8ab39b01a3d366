import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { withDisplayOptions } from '../../shared/displayOptions';
import { normaliseIds } from '../../shared/ids';
import type { Flow } from '../../shared/operation';
import { collectPages } from '../../shared/pagination';
import { fail } from '../../shared/fail';
import { contactFieldsOf, findField, PHONE_FIELD_ID } from './importColumns';
import { countryFields, phoneBookId } from './importTarget';

/** A web address CallHub can download from: http(s), a host, no credentials or spaces. */
const WEB_ADDRESS = /^https?:\/\/[^\s/?#@]+[^\s]*$/i;

/**
 * Bulk import from a URL: the same `POST /v1/contacts/bulk_create/` with the form field `csv_url`
 * instead of a file (callhub/callhub-mcp src/callhub/contacts.py, sent form-urlencoded; the NestJS
 * client in REFERENCE.md §14 imports this way live). The node never sees the file, so columns are
 * mapped by position, and `mapping` is the JSON string of field id → column index CallHub reads.
 */
export const importFromUrl: Flow = async function (request, send) {
	const url = String(this.getNodeParameter('csvUrl', '') ?? '').trim();
	if (!WEB_ADDRESS.test(url)) {
		fail(
			this,
			url === '' ? 'The CSV URL parameter is empty' : `The CSV URL parameter "${url.slice(0, 120)}" is not a web address`,
			'Give the http(s) address of the CSV file, reachable by CallHub without signing in (e.g. a public link).',
		);
	}
	const phonebookId = phoneBookId.call(this);
	const country = countryFields.call(this);
	const entries = (this.getNodeParameter('columnMapping.column', []) as IDataObject[]) ?? [];
	if (entries.length === 0) fail(this, 'The Column Mapping parameter has no columns', 'Add a column for Phone Number at least, giving its position in the file (1 is the first column).');
	const fields = contactFieldsOf(normaliseIds(await collectPages(send, { method: 'GET', url: '/v1/contacts/fields/' })));
	const mapping: Record<string, string> = {};
	const columns: IDataObject = {};
	for (const entry of entries) {
		const name = String(entry.field ?? '').trim();
		const column = String(entry.column ?? '').trim();
		const field = findField(fields, name);
		if (!field) {
			fail(this, `The Column Mapping parameter names the contact field "${name}", which CallHub does not have`, `Fields of this account: ${fields.map((candidate) => candidate.name).join(', ')}.`);
		}
		if (!/^\d+$/.test(column) || Number(column) < 1) {
			fail(this, `The Column Mapping parameter gives the column "${column}" for "${field.name}", which is not a position`, 'From a URL, give each column by its position in the file: 1 for the first column, 2 for the second…');
		}
		if (mapping[field.id] !== undefined) fail(this, `The Column Mapping parameter maps two columns to "${field.name}"`, 'Map each contact field to one column only.');
		mapping[field.id] = String(Number(column) - 1);
		columns[field.name] = Number(column);
	}
	if (mapping[PHONE_FIELD_ID] === undefined) fail(this, 'No column of the Column Mapping parameter is the phone number', 'CallHub needs a phone number column: add a Column Mapping entry for "phone number" with its position.');

	const form = new URLSearchParams({ phonebook_id: phonebookId, mapping: JSON.stringify(mapping), csv_url: url, ...country });
	const response = await send({
		...request,
		body: form.toString(),
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
	});
	const answer: IDataObject =
		response.body !== null && typeof response.body === 'object' ? (response.body as IDataObject) : { message: String(response.body ?? '') };
	return { ...answer, phonebook_id: phonebookId, csv_url: url, columns };
};

export const urlFields: INodeProperties[] = withDisplayOptions({ show: { resource: ['contact'], operation: ['bulkImport'], source: ['url'] } }, [
	{
		displayName: 'CSV URL',
		name: 'csvUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://example.org/exports/contacts.csv',
		description: 'Public address of the CSV file; CallHub downloads it. Its first row must be the column names (CallHub skips it).',
	},
]);
