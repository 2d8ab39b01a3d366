import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { Emulator } from '../emulator/server';
import { addPhoneBook, locator } from '../harness/fixtures';
import { binaryItem, convertToFileCsv } from '../harness/files';
import type { ReliabilityCase } from './types';

const NGINX_413 = '<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n<body>\r\n<center><h1>413 Request Entity Too Large</h1></center>\r\n</body>\r\n</html>\r\n';

function book(emulator: Emulator): string {
	return [...emulator.state.phoneBooks.values()][0]?.id ?? addPhoneBook(emulator, 'Import').id;
}

/** Contact → Bulk Import into the account's phone book (made when there is none). */
export const importInto =
	(extra: IDataObject = {}) =>
	(emulator: Emulator) => ({ resource: 'contact', operation: 'bulkImport', phoneBook: locator(book(emulator)), ...extra });

const people = (first: number, count = 2) =>
	Array.from({ length: count }, (_, index) => ({ phone: `1202555${String(first + index).padStart(4, '0')}`, first_name: `Person ${first + index}` }));

/** Two items, each with a CSV file of its own rows, as Convert to File makes them. */
const twoFiles =
	(rows: (item: number) => IDataObject[], options: Parameters<typeof convertToFileCsv>[1] = {}) =>
	(): INodeExecutionData[] =>
		[0, 1].map((item) => convertToFileCsv(rows(item), options));

const twoRaw = (text: string, fileName = 'contacts.csv', mimeType = 'text/csv') => (): INodeExecutionData[] =>
	[0, 1].map(() => binaryItem(Buffer.from(text, 'utf8'), { fileName, mimeType }));

const uploads = (emulator: Emulator) => emulator.requests('POST', '/v1/contacts/bulk_create/');
const nothingUploaded = (emulator: Emulator) => expect(uploads(emulator)).toEqual([]);
const contactsIn = (emulator: Emulator) => [...emulator.state.phoneBooks.values()][0].contacts.size;

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const XLSX = Buffer.concat([Buffer.from('504b030414000600080000002100', 'hex'), Buffer.alloc(64)]);

/** A bad CSV, mapping or binary field: refused before anything is uploaded, naming the parameter. */
export const bulkImportInputCases: ReliabilityCase[] = [
	{
		name: 'Bulk Import: CSV without a phone number column',
		parameters: importInto(),
		items: twoFiles(() => [{ first_name: 'Ada', email: 'ada@example.org' }]),
		message: /^No column of the CSV file in Input Binary Field "data" is mapped to the phone number$/,
		description: /Name it "phone number" or "phone" in the header row \(it is: first_name, email\)/,
		check: nothingUploaded,
	},
	{
		name: 'Bulk Import: empty file',
		parameters: importInto(),
		items: twoRaw(''),
		message: /^The CSV file in Input Binary Field "data" is empty$/,
		description: /Convert to File/,
		requests: 0,
	},
	{
		name: 'Bulk Import: header row only',
		parameters: importInto(),
		items: twoRaw('phone number,first_name\r\n'),
		message: /^The CSV file in Input Binary Field "data" has a header row but no contacts$/,
		description: /contacts must start on the second row/,
		requests: 0,
	},
	{
		name: 'Bulk Import: a file separated by semicolons is sent with commas',
		parameters: importInto(),
		items: twoFiles((item) => people(item * 2), { delimiter: ';' }),
		recovers: true,
		modes: ['continueErrorOutput'],
		check: (emulator) => expect(contactsIn(emulator)).toBe(4),
	},
	{
		name: 'Bulk Import: a file separated by tabs is sent with commas',
		parameters: importInto(),
		items: twoFiles((item) => people(item * 2), { delimiter: '\t' }),
		recovers: true,
		modes: ['continueErrorOutput'],
		check: (emulator) => expect(contactsIn(emulator)).toBe(4),
	},
	{
		name: 'Bulk Import: a file separated by another character',
		parameters: importInto(),
		items: twoRaw('phone|first_name\n12025550100|Ada\n'),
		message: /^No column of the CSV file in Input Binary Field "data" is mapped to the phone number$/,
		description: /reads as one column \("phone\|first_name"\).*Save it separated by commas/,
		check: nothingUploaded,
	},
	{
		name: 'Bulk Import: Column Mapping names a field CallHub does not have',
		parameters: importInto({ mapColumns: 'manual', columnMapping: { column: [{ field: 'phone number', column: '1' }, { field: 'Wrad', column: '2' }] } }),
		items: twoFiles((item) => people(item)),
		message: /^The Column Mapping parameter names the contact field "Wrad", which CallHub does not have$/,
		description: /^Fields of this account: phone number, mobile number/,
		check: nothingUploaded,
	},
	{
		name: 'Bulk Import: Column Mapping names a column the file does not have',
		parameters: importInto({ mapColumns: 'manual', columnMapping: { column: [{ field: 'phone number', column: 'Telephone' }] } }),
		items: twoFiles((item) => people(item)),
		message: /^The Column Mapping parameter names the CSV column "Telephone", which the file does not have$/,
		description: /The header row is: phone, first_name\.$/,
		check: nothingUploaded,
	},
	{
		name: 'Bulk Import: Column Mapping without the phone number',
		parameters: importInto({ mapColumns: 'manual', columnMapping: { column: [{ field: 'first name', column: 'first_name' }] } }),
		items: twoFiles((item) => people(item)),
		message: /is mapped to the phone number$/,
		description: /add a Column Mapping entry for "phone number"/,
		check: nothingUploaded,
	},
	{
		name: 'Bulk Import: Input Binary Field the item does not have',
		parameters: importInto({ binaryPropertyName: 'file' }),
		items: twoFiles((item) => people(item)),
		message: /^The Input Binary Field "file" is not in the input item$/,
		description: /This item has the binary field "data"\. Set Input Binary Field to the one holding the CSV file\./,
		requests: 0,
	},
	{
		name: 'Bulk Import: item without a file',
		parameters: importInto(),
		message: /^The Input Binary Field "data" is not in the input item$/,
		description: /This item has no file\. Put the contacts into a CSV file first/,
		requests: 0,
	},
	{
		name: 'Bulk Import: empty Input Binary Field from an expression',
		parameters: importInto({ binaryPropertyName: '={{ $json.field }}' }),
		items: twoFiles((item) => people(item)),
		message: /^The Input Binary Field parameter is empty$/,
		description: /binary field holding the CSV file/,
		requests: 0,
	},
	{
		name: 'Bulk Import: an image instead of a CSV file',
		parameters: importInto(),
		items: () => [0, 1].map(() => binaryItem(PNG, { fileName: 'logo.png', mimeType: 'image/png' })),
		message: /^The file in Input Binary Field "data" is not a CSV file \(image\/png, logo\.png\)$/,
		description: /Convert to File/,
		requests: 0,
	},
	{
		name: 'Bulk Import: a spreadsheet saved under a .csv name',
		parameters: importInto(),
		items: () => [0, 1].map(() => binaryItem(XLSX, { fileName: 'contacts.csv', mimeType: 'text/csv' })),
		message: /^The file in Input Binary Field "data" is not a CSV file \(text\/csv, contacts\.csv\): it holds binary data$/,
		description: /Convert to CSV/,
		requests: 0,
	},
	{
		name: 'Bulk Import: phone numbers in scientific notation',
		parameters: importInto(),
		items: twoRaw('Phone,Name\n4.47911E+11,Ada\n'),
		message: /^Row 2 of the CSV file in Input Binary Field "data" has the phone number "4\.47911E\+11" in scientific notation$/,
		description: /Make the phone column text/,
		check: nothingUploaded,
	},
	{
		name: 'Bulk Import: phone book id with a path',
		parameters: importInto({ phoneBook: locator('={{ "1/../2" }}') }),
		items: twoFiles((item) => people(item)),
		message: /^The Phone Book parameter "1\/\.\.\/2" is not a valid CallHub ID$/,
		description: /Pick the phone book/,
		requests: 0,
	},
	{
		name: 'Bulk Import: Country that is not a two-letter code',
		parameters: importInto({ countryChoice: 'custom', countryIso: 'USA' }),
		items: twoFiles((item) => people(item)),
		message: /^The Country parameter "USA" is not a two-letter country code$/,
		description: /e\.g\. US, GB, AU/,
		requests: 0,
	},
];

/** CallHub refusing or throttling an import: waited out within Max Wait, explained otherwise, never sent twice. */
export const bulkImportServerCases: ReliabilityCase[] = [
	{
		name: 'Bulk Import: 429 with Retry-After is waited out',
		waits: 'rateLimit',
		parameters: importInto(),
		items: twoFiles((item) => people(item * 2)),
		faults: [{ method: 'POST', path: '/v1/contacts/bulk_create/', status: 429, headers: { 'Retry-After': '1' }, body: { detail: 'Request was throttled. Expected available in 1 second.' } }],
		recovers: true,
		modes: ['continueRegularOutput'],
		check: (emulator) => expect(uploads(emulator).map((entry) => entry.status)).toEqual([429, 200, 200]),
	},
	{
		name: 'Bulk Import: 429 without Retry-After backs off and retries',
		waits: 'rateLimit',
		parameters: importInto(),
		items: () => [convertToFileCsv(people(0))],
		faults: [{ method: 'POST', path: '/v1/contacts/bulk_create/', status: 429, body: { detail: 'Request was throttled.' } }],
		recovers: true,
		modes: ['continueRegularOutput'],
		check: (emulator) => expect(uploads(emulator).map((entry) => entry.status)).toEqual([429, 200]),
	},
	{
		name: 'Bulk Import: 429 asking for longer than Max Wait fails at once',
		parameters: importInto({ maxWait: 5 }),
		items: twoFiles((item) => people(item)),
		faults: [
			{
				method: 'POST',
				path: '/v1/contacts/bulk_create/',
				times: Infinity,
				status: 429,
				headers: { 'Retry-After': '60' },
				body: { detail: 'Request was throttled. Expected available in 60 seconds.' },
			},
		],
		message: /^CallHub's rate limit is still in effect: Request was throttled\. Expected available in 60 seconds\.$/,
		description: /^Waited 0 s in all; CallHub asked for 60 s more, beyond the 5 s allowed\./,
		check: (emulator) => expect(uploads(emulator).length).toBeLessThanOrEqual(2),
	},
	{
		name: 'Bulk Import: the proxy refuses the file as too large (413 page)',
		parameters: importInto(),
		items: twoFiles((item) => people(item)),
		faults: [{ method: 'POST', path: '/v1/contacts/bulk_create/', times: Infinity, status: 413, raw: NGINX_413, headers: { 'Content-Type': 'text/html' } }],
		message: /^CallHub refused the file from Input Binary Field \(contacts_csv\) as too large \(\d+ KB sent\): 413 Request Entity Too Large$/,
		description: /Split the contacts into smaller CSV files/,
	},
	{
		name: 'Bulk Import: CallHub rejects the column mapping',
		parameters: importInto(),
		items: twoFiles((item) => people(item)),
		faults: [{ method: 'POST', path: '/v1/contacts/bulk_create/', times: Infinity, status: 400, body: { detail: 'No column is set as Phone Number' } }],
		message: /^CallHub rejected the request: No column is set as Phone Number$/,
		description: /phone number/i,
	},
	{
		name: 'Bulk Import: phone book that does not exist',
		parameters: importInto({ phoneBook: locator('123') }),
		items: twoFiles((item) => people(item)),
		message: /^CallHub rejected the request: Phone Book \(phonebook_id\): Phone book "123" does not exist\.$/,
		description: /Fix the Phone Book parameter/,
	},
	{
		name: 'Bulk Import: a server error on the upload is not repeated',
		parameters: importInto(),
		items: () => [convertToFileCsv(people(0))],
		faults: [{ method: 'POST', path: '/v1/contacts/bulk_create/', times: Infinity, status: 503, body: { detail: 'Service unavailable.' } }],
		message: /^CallHub failed to process the request \(HTTP 503\): Service unavailable\.$/,
		description: /not repeated, because it may have been carried out/,
		check: (emulator) => expect(uploads(emulator)).toHaveLength(1),
	},
	{
		name: 'Bulk Import: a server error reading the contact fields is retried',
		waits: 'backoff',
		parameters: importInto(),
		items: () => [convertToFileCsv(people(0))],
		faults: [{ method: 'GET', path: '/v1/contacts/fields/', status: 502, raw: '<title>502 Bad Gateway</title>' }],
		recovers: true,
		modes: ['continueRegularOutput'],
		check: (emulator) => expect(uploads(emulator)).toHaveLength(1),
	},
];

const MB = 1024 * 1024;
let largeCsv: Buffer | undefined;

/** A CSV file of about `megabytes` MB (made once, in memory: it is never committed). */
function csvOfSize(megabytes: number): Buffer {
	if (largeCsv?.length !== undefined && largeCsv.length >= megabytes * MB) return largeCsv;
	const rows = ['phone number,first_name,last_name,email'];
	let size = rows[0].length + 1;
	for (let index = 0; size < megabytes * MB; index++) {
		const row = `1202${String(index).padStart(7, '0')},Person${index},Caller,person${index}@example.org`;
		rows.push(row);
		size += row.length + 1;
	}
	largeCsv = Buffer.from(rows.join('\n'), 'utf8');
	return largeCsv;
}

/**
 * A 50 MB file. CallHub publishes no upload limit, so the node does not invent one: it uploads the
 * file, and when CallHub (its proxy) refuses it with 413, says so naming the parameter. The emulator
 * answers 413 above MAX_BODY_BYTES (25 MB), as a proxy in front of CallHub's API would.
 */
export const bulkImportLargeCases: ReliabilityCase[] = [
	{
		name: 'Bulk Import: a 50 MB CSV file is refused by CallHub as too large',
		parameters: importInto(),
		items: () => [binaryItem(csvOfSize(50), { fileName: 'everyone.csv', mimeType: 'text/csv' })],
		message: /^CallHub refused the file from Input Binary Field \(contacts_csv\) as too large \(50\.\d MB sent\): 413 Request Entity Too Large$/,
		description: /Split the contacts into smaller CSV files/,
		// One mode: it moves 50 MB through n8n-core and HTTP, and the error path is the same in all.
		modes: ['continueErrorOutput'],
		check: (emulator) => expect(uploads(emulator).map((entry) => entry.status)).toEqual([413]),
	},
];
