import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { withDisplayOptions } from '../../shared/displayOptions';
import { normaliseIds } from '../../shared/ids';
import { multipartBody } from '../../shared/multipart';
import type { Flow, OperationContext } from '../../shared/operation';
import { collectPages } from '../../shared/pagination';
import { route } from '../../shared/route';
import { phoneBookLocator } from '../phoneBook/fields';
import { commaSeparatedLine, eachRow } from './csv';
import type { CsvFile } from './csvFile';
import { fail, readCsvFile } from './csvFile';
import { importFromUrl, urlFields } from './importUrl';
import { countryFields, phoneBookId } from './importTarget';
import type { ColumnMapping, ContactField } from './importColumns';
import { autoMapping, contactFieldsOf, findColumn, findField, PHONE_FIELD_ID } from './importColumns';

/** How a spreadsheet writes a long number it holds as a number, e.g. 4.47911E+11: digits are lost. */
const SCIENTIFIC = /^[+-]?\d+(\.\d+)?e[+-]?\d+$/i;

function manualMapping(this: OperationContext, fields: ContactField[], header: string[]): ColumnMapping {
	const entries = (this.getNodeParameter('columnMapping.column', []) as IDataObject[]) ?? [];
	if (entries.length === 0) {
		fail(this, 'The Column Mapping parameter has no columns', "Add a column for Phone Number at least, or set Map Columns to 'Automatically by Header Name'.");
	}
	const result: ColumnMapping = { mapping: {}, columns: {}, ignored: [] };
	for (const entry of entries) {
		const name = String(entry.field ?? '').trim();
		const column = String(entry.column ?? '').trim();
		const field = findField(fields, name);
		if (!field) {
			fail(
				this,
				`The Column Mapping parameter names the contact field "${name}", which CallHub does not have`,
				`Fields of this account: ${fields.map((candidate) => candidate.name).join(', ')}.`,
			);
		}
		const index = findColumn(header, column);
		if (index === undefined) {
			fail(
				this,
				`The Column Mapping parameter names the CSV column "${column}", which the file does not have`,
				`Give a column's header as in the first row, or its position (1 is the first column). The header row is: ${header.join(', ')}.`,
			);
		}
		if (result.mapping[field.id] !== undefined) {
			fail(this, `The Column Mapping parameter maps two columns to "${field.name}"`, 'Map each contact field to one column only.');
		}
		result.mapping[field.id] = String(index);
		result.columns[field.name] = header[index];
	}
	result.ignored = header.filter((_, index) => !Object.values(result.mapping).includes(String(index)));
	return result;
}

/**
 * One pass over the file: counts the contacts, refuses phone numbers a spreadsheet wrote in
 * scientific notation, and rewrites a file saved with semicolons or tabs with the commas CallHub reads.
 */
function checkedRows(this: OperationContext, csv: CsvFile, property: string, phoneColumn: number): { rows: number; data: Buffer } {
	const lines: string[] | undefined = csv.delimiter === ',' ? undefined : [];
	let number = 0;
	eachRow(csv.text, csv.delimiter, (row) => {
		number++;
		lines?.push(commaSeparatedLine(row));
		const phone = (row[phoneColumn] ?? '').trim();
		if (number > 1 && SCIENTIFIC.test(phone)) {
			fail(
				this,
				`Row ${number} of the CSV file in Input Binary Field "${property}" has the phone number "${phone}" in scientific notation`,
				'The numbers were stored as numbers, not text, when the file was made, and lost digits. Make the phone column text (e.g. with an Edit Fields node) before converting the items to a file.',
			);
		}
	});
	return { rows: number - 1, data: lines ? Buffer.from(lines.join('\r\n'), 'utf8') : csv.data };
}

/**
 * Uploads the CSV as CallHub's bulk import: multipart/form-data with the file, the phone book, the
 * country choice and `mapping`, a JSON *string* of field id → column index (both strings; CallHub
 * answers "Invalid Json [mapping]" for an object and ignores number values).
 */
const bulkImport: Flow = async function (request, send) {
	if (this.getNodeParameter('source', 'binary') === 'url') return await importFromUrl.call(this, request, send, {});
	const property = String(this.getNodeParameter('binaryPropertyName', 'data') ?? '').trim();
	const phonebookId = phoneBookId.call(this);
	const country = countryFields.call(this);
	const csv = await readCsvFile.call(this, property);
	const { file, header } = csv;

	const fields = contactFieldsOf(normaliseIds(await collectPages(send, { method: 'GET', url: '/v1/contacts/fields/' })));
	const automatic = this.getNodeParameter('mapColumns', 'auto') === 'auto';
	const columns = automatic ? autoMapping(fields, header) : manualMapping.call(this, fields, header);
	if (columns.mapping[PHONE_FIELD_ID] === undefined) {
		// A file separated by anything but commas, semicolons or tabs reads as one column.
		const oneColumn = header.length === 1 && /[|:^~]/.test(header[0]);
		fail(
			this,
			`No column of the CSV file in Input Binary Field "${property}" is mapped to the phone number`,
			oneColumn
				? `The header row reads as one column ("${header[0].slice(0, 80)}"): the file's columns are separated by something other than commas, semicolons or tabs. Save it separated by commas, e.g. with 'Convert to File' (Convert to CSV).`
				: automatic
				? `CallHub needs a phone number column. Name it "phone number" or "phone" in the header row (it is: ${header.join(', ')}), or set Map Columns to 'Manually' and add it to the Column Mapping parameter.`
				: 'CallHub needs a phone number column: add a Column Mapping entry for "phone number".',
		);
	}

	const { rows, data } = checkedRows.call(this, csv, property, Number(columns.mapping[PHONE_FIELD_ID]));

	const upload = multipartBody(
		{ phonebook_id: phonebookId, mapping: JSON.stringify(columns.mapping), ...country },
		[
			{
				name: 'contacts_csv',
				filename: file.fileName || 'contacts.csv',
				contentType: 'text/csv',
				data,
			},
		],
	);
	const response = await send({
		method: 'POST',
		url: '/v1/contacts/bulk_create/',
		body: upload.body,
		headers: { 'Content-Type': upload.contentType },
	});
	const answer: IDataObject =
		response.body !== null && typeof response.body === 'object' ? (response.body as IDataObject) : { message: String(response.body ?? '') };
	return {
		...answer,
		phonebook_id: phonebookId,
		rows_sent: rows,
		columns: columns.columns,
		ignored_columns: columns.ignored,
	};
};

export const option: INodePropertyOptions = {
	name: 'Bulk Import',
	value: 'bulkImport',
	action: 'Import contacts from a CSV file',
	description:
		'Import many contacts from a CSV file into a phone book (CallHub imports in the background and allows one import a minute)',
	routing: route({ method: 'POST', url: '/v1/contacts/bulk_create/' }, { flow: bulkImport, maxWaitParameter: 'maxWait' }),
};

const show = { show: { resource: ['contact'], operation: ['bulkImport'] } };

const columnMappingField: INodeProperties = {
		displayName: 'Column Mapping',
		name: 'columnMapping',
		type: 'fixedCollection',
		placeholder: 'Add Column',
		default: {},
		typeOptions: { multipleValues: true },
		description: 'Which CSV column holds which contact field. A phone number column is required.',
		options: [
			{
				displayName: 'Column',
				name: 'column',
				values: [
					{
						displayName: 'Contact Field Name or ID',
						name: 'field',
						type: 'options',
						typeOptions: { loadOptionsMethod: 'getContactFieldNames' },
						default: '',
						description:
							'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
					},
					{
						displayName: 'CSV Column',
						name: 'column',
						type: 'string',
						default: '',
						placeholder: 'e.g. Phone, or 2 for the second column',
						description: 'The column\'s name in the header row (case is ignored), or its position, 1 being the first column',
					},
				],
			},
		],
	};


export const fields: INodeProperties[] = [
	...withDisplayOptions(show, [
		{ ...phoneBookLocator, description: 'The phone book the imported contacts are added to' },
		{
			displayName: 'Source',
			name: 'source',
			type: 'options',
			default: 'binary',
			description: 'Where the CSV file comes from',
			options: [
				{ name: 'Binary File', value: 'binary', description: 'A file in the input item, e.g. from Convert to File' },
				{ name: 'URL', value: 'url', description: 'A public web address CallHub downloads the file from' },
			],
		},
	]),
	...urlFields,
	...withDisplayOptions({ show: { ...show.show, source: ['binary'] } }, [
		{
			displayName: 'Input Binary Field',
			name: 'binaryPropertyName',
			type: 'string',
			default: 'data',
			required: true,
			hint: 'The name of the input binary field containing the CSV file',
			description:
				"Binary field of the input item holding the CSV file, e.g. from the 'Convert to File' node. Its first row must be the column names; CallHub skips it.",
		},
		{
			displayName: 'Map Columns',
			name: 'mapColumns',
			type: 'options',
			default: 'auto',
			description: 'How the columns of the file are matched to contact fields',
			options: [
				{
					name: 'Automatically by Header Name',
					value: 'auto',
					description:
						'Columns named like a contact field (e.g. "phone number" or "phone", "first_name", "Email", a custom field\'s name) are imported; others are ignored',
				},
				{ name: 'Manually', value: 'manual', description: 'Say which column holds which field' },
			],
		},
	]),
	...withDisplayOptions({ show: { ...show.show, source: ['binary'], mapColumns: ['manual'] } }, [columnMappingField]),
	...withDisplayOptions({ show: { ...show.show, source: ['url'] } }, [
		{
			...columnMappingField,
			required: true,
			description: 'Which CSV column holds which contact field, by position (1 is the first column): the node cannot read the header of a file CallHub downloads. A phone number column is required.',
		},
	]),
	...withDisplayOptions(show, [
		{
			displayName: 'Country of Numbers',
			name: 'countryChoice',
			type: 'options',
			default: 'file',
			description: 'How CallHub tells which country each phone number belongs to',
			options: [
				{
					name: 'From the File',
					value: 'file',
					description: 'Numbers carry their country code, or a mapped Country Code column gives each row\'s country',
				},
				{ name: 'Same Country for All Rows', value: 'custom', description: 'Numbers without a country code belong to the Country below' },
			],
		},
	]),
	...withDisplayOptions({ show: { ...show.show, countryChoice: ['custom'] } }, [
		{
			displayName: 'Country',
			name: 'countryIso',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. US',
			description: 'Two-letter ISO code of the country the phone numbers belong to',
		},
	]),
	...withDisplayOptions(show, [
		{
			displayName: 'Max Wait for Rate Limit (Seconds)',
			name: 'maxWait',
			type: 'number',
			default: 120,
			typeOptions: { minValue: 0 },
			description:
				'CallHub accepts one import a minute. When it asks to wait, the node waits (and logs how long) up to this many seconds in all, then fails.',
		},
	]),
];
