import FormData from 'form-data';
import type { INodeExecutionData, NodeApiError } from 'n8n-workflow';

import { imports } from '../../../emulator/resources/bulkImport';
import { useEmulator } from '../../../harness/emulator';
import { addContact, addCustomField, addPhoneBook, addTag, locator } from '../../../harness/fixtures';
import { binaryItem, convertToFileCsv } from '../../../harness/files';
import type { RunResult } from '../../../harness/runNode';

/** n8n keeps only the message in a failed item's JSON; the description travels on its error. */
const failure = (result: RunResult, index = 0) => ({
	error: result.items[index].json.error,
	description: (result.items[index].error as NodeApiError | undefined)?.description,
});

const people = (count: number) =>
	Array.from({ length: count }, (_, index) => ({
		'Phone Number': `1202555${String(index).padStart(4, '0')}`,
		first_name: `Person ${index}`,
		Email: `person${index}@example.org`,
	}));

describe('CallHub node: Contact → Bulk Import', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	const run = (phoneBookId: string, parameters: Record<string, unknown>, items = [convertToFileCsv(people(3))]) =>
		bed.run({
			parameters: { resource: 'contact', operation: 'bulkImport', phoneBook: locator(phoneBookId), ...parameters },
			items,
			onError: 'continueRegularOutput',
		});

	it('uploads the CSV as multipart/form-data with the mapping as a JSON string, mapped from the header row', async () => {
		const book = addPhoneBook(bed.emulator, 'Imported');
		const item = convertToFileCsv([...people(3), { 'Phone Number': '12025559999', first_name: 'Extra', Email: '', Notes: 'ignored' }]);

		const result = await run(book.id, {}, [item]);

		expect(result.json[0].error).toBeUndefined();
		expect(bed.emulator.log.map((entry) => `${entry.method} ${entry.path}`)).toEqual([
			'GET /v1/contacts/fields/',
			'POST /v1/contacts/bulk_create/',
		]);
		const [upload] = bed.emulator.requests('POST', '/v1/contacts/bulk_create/');
		expect(upload.contentType).toMatch(/^multipart\/form-data; boundary=/);
		expect(upload.body).toEqual({
			phonebook_id: book.id,
			mapping: JSON.stringify({ '0': '0', '3': '1', '4': '2' }),
			country_choice: 'file',
		});
		expect(upload.files).toEqual([{ name: 'contacts_csv', filename: 'File.csv', size: Buffer.from(item.binary?.data.data as string, 'base64').length }]);
		expect(result.json).toEqual([
			{
				message: 'Import in progress. You will get an email when import is complete',
				phonebook_id: book.id,
				rows_sent: 4,
				columns: { 'phone number': 'Phone Number', 'first name': 'first_name', email: 'Email' },
				ignored_columns: ['Notes'],
			},
		]);
		expect(book.contacts.size).toBe(4);
		const imported = [...book.contacts].map((id) => bed.emulator.state.contacts.get(id));
		expect(imported[0]).toMatchObject({ contact: '12025550000', first_name: 'Person 0', email: 'person0@example.org' });
	});

	it('a 1,000-row CSV made the way Convert to File makes it lands 1,000 contacts in the phone book', async () => {
		const book = addPhoneBook(bed.emulator, 'Big list');
		const result = await run(book.id, { countryChoice: 'custom', countryIso: 'us' }, [convertToFileCsv(people(1000))]);
		expect(result.json[0]).toMatchObject({ rows_sent: 1000, phonebook_id: book.id });
		expect(bed.emulator.requests('POST', '/v1/contacts/bulk_create/')[0].body).toMatchObject({ country_choice: 'custom', country_iso: 'US' });
		expect(book.contacts.size).toBe(1000);
		expect(bed.emulator.state.contacts.size).toBe(1000);
		const [job] = [...imports(bed.emulator.state).values()];
		expect(job).toMatchObject({ imported: 1000, failed: 0 });
	});

	it('maps columns chosen by header or position to standard fields, custom fields and tags', async () => {
		const ward = addCustomField(bed.emulator, 'Ward', 'Number');
		addTag(bed.emulator, 'donor');
		const existing = addContact(bed.emulator, { contact: '442079460000', first_name: 'Known' });
		const book = addPhoneBook(bed.emulator, 'Mapped');
		const item = convertToFileCsv([
			{ tel: '020 7946 0000', given: 'Ada', w: '7', labels: 'donor,new' },
			{ tel: '07911 123456', given: 'Grace', w: '3', labels: '' },
		]);

		const result = await run(
			book.id,
			{
				mapColumns: 'manual',
				columnMapping: {
					column: [
						{ field: 'phone number', column: 'TEL' },
						{ field: 'first name', column: '2' },
						{ field: 'Ward', column: 'w' },
						{ field: 'tags', column: 'labels' },
					],
				},
				countryChoice: 'custom',
				countryIso: 'GB',
			},
			[item],
		);

		expect(result.json[0].error).toBeUndefined();
		expect(JSON.parse((bed.emulator.requests('POST')[0].body as { mapping: string }).mapping)).toEqual({ '0': '0', '3': '1', [ward.id]: '2', '16': '3' });
		expect(result.json[0]).toMatchObject({ columns: { 'phone number': 'tel', 'first name': 'given', Ward: 'w', tags: 'labels' }, ignored_columns: [] });
		const updated = bed.emulator.state.contacts.get(existing.id);
		expect(updated).toMatchObject({ first_name: 'Ada', customFields: { [ward.id]: '7' } });
		expect(updated?.tags.map((id) => bed.emulator.state.tags.get(id)?.name)).toEqual(['donor', 'new']);
		expect(book.contacts.size).toBe(2);
	});

	it('rewrites a file saved with semicolons as the comma-separated file CallHub reads', async () => {
		const book = addPhoneBook(bed.emulator, 'Semicolons');
		const result = await run(book.id, {}, [convertToFileCsv([{ phone: '12025550001', city: 'Paris; France' }], { delimiter: ';' })]);
		expect(result.json[0].error).toBeUndefined();
		expect(bed.emulator.state.contacts.get([...book.contacts][0])).toMatchObject({ contact: '12025550001', city: 'Paris; France' });
	});

	describe('says what is wrong with the file, naming the parameter, before uploading anything', () => {
		const expectNoUpload = () => expect(bed.emulator.requests('POST')).toHaveLength(0);

		it('no binary field of that name', async () => {
			const book = addPhoneBook(bed.emulator, 'B');
			const result = await run(book.id, { binaryPropertyName: 'csv' });
			expect(failure(result)).toEqual({
				error: 'The Input Binary Field "csv" is not in the input item',
				description: 'This item has the binary field "data". Set Input Binary Field to the one holding the CSV file.',
			});
			const none = await run(book.id, {}, [{ json: { name: 'no file' } }]);
			expect(failure(none).description).toContain("'Convert to File' node");
			expectNoUpload();
		});

		it('not a CSV file', async () => {
			const book = addPhoneBook(bed.emulator, 'B');
			const pdf = binaryItem(Buffer.from('%PDF-1.7\n\u0000\u0001'), { fileName: 'list.pdf', mimeType: 'application/pdf' });
			const result = await run(book.id, {}, [pdf]);
			expect(result.json[0].error).toBe('The file in Input Binary Field "data" is not a CSV file (application/pdf, list.pdf)');
			const disguised = binaryItem(Buffer.from('PK\u0003\u0004\u0000\u0000'), { fileName: 'list.csv', mimeType: 'text/csv' });
			expect((await run(book.id, {}, [disguised])).json[0].error).toBe(
				'The file in Input Binary Field "data" is not a CSV file (text/csv, list.csv): it holds binary data',
			);
			expectNoUpload();
		});

		it('an empty file, and a file with only its header row', async () => {
			const book = addPhoneBook(bed.emulator, 'B');
			const empty = binaryItem(Buffer.from('\ufeff\n'), { fileName: 'File.csv', mimeType: 'text/csv' });
			expect((await run(book.id, {}, [empty])).json[0].error).toBe('The CSV file in Input Binary Field "data" is empty');
			const headerOnly = binaryItem(Buffer.from('phone,first_name\n'), { fileName: 'File.csv', mimeType: 'text/csv' });
			const result = await run(book.id, {}, [headerOnly]);
			expect(result.json[0].error).toBe('The CSV file in Input Binary Field "data" has a header row but no contacts');
			expect(failure(result).description).toContain('skips it');
			expectNoUpload();
		});

		it('no phone number column', async () => {
			const book = addPhoneBook(bed.emulator, 'B');
			const item = convertToFileCsv([{ first_name: 'Ada', email: 'ada@example.org' }]);
			const result = await run(book.id, {}, [item]);
			expect(result.json[0].error).toBe('No column of the CSV file in Input Binary Field "data" is mapped to the phone number');
			expect(failure(result).description).toContain('(it is: first_name, email)');
			const manual = await run(book.id, { mapColumns: 'manual', columnMapping: { column: [{ field: 'email', column: 'email' }] } }, [item]);
			expect(failure(manual).description).toBe('CallHub needs a phone number column: add a Column Mapping entry for "phone number".');
			expectNoUpload();
		});

		it('a column mapping naming a field or a column that does not exist', async () => {
			const book = addPhoneBook(bed.emulator, 'B');
			const field = await run(book.id, { mapColumns: 'manual', columnMapping: { column: [{ field: 'Shoe Size', column: '1' }] } });
			expect(field.json[0].error).toBe('The Column Mapping parameter names the contact field "Shoe Size", which CallHub does not have');
			const column = await run(book.id, { mapColumns: 'manual', columnMapping: { column: [{ field: 'phone number', column: 'Tel' }] } });
			expect(column.json[0].error).toBe('The Column Mapping parameter names the CSV column "Tel", which the file does not have');
			expect(failure(column).description).toContain('The header row is: Phone Number, first_name, Email.');
			expectNoUpload();
		});

		it('phone numbers a spreadsheet turned into scientific notation', async () => {
			const book = addPhoneBook(bed.emulator, 'B');
			const result = await run(book.id, {}, [convertToFileCsv([{ phone: '12025550001' }, { phone: '4.47911E+11' }])]);
			expect(result.json[0].error).toBe(
				'Row 3 of the CSV file in Input Binary Field "data" has the phone number "4.47911E+11" in scientific notation',
			);
			expectNoUpload();
		});

		it('a missing country when one country is chosen for all rows', async () => {
			const book = addPhoneBook(bed.emulator, 'B');
			const result = await run(book.id, { countryChoice: 'custom', countryIso: 'USA' });
			expect(result.json[0].error).toBe('The Country parameter "USA" is not a two-letter country code');
			expect(bed.emulator.log).toHaveLength(0);
		});
	});

	describe('the emulator checks the upload as CallHub does', () => {
		const post = async (form: FormData | Record<string, unknown>) => {
			const isForm = form instanceof FormData;
			const response = await fetch(`${bed.emulator.url}/v1/contacts/bulk_create/`, {
				method: 'POST',
				headers: {
					Authorization: `Token ${bed.emulator.apiKey}`,
					...(isForm ? form.getHeaders() : { 'Content-Type': 'application/json' }),
				},
				body: isForm ? form.getBuffer() : JSON.stringify(form),
			});
			return { status: response.status, body: await response.json() };
		};
		const form = (mapping: string, bookId: string) => {
			const data = new FormData();
			data.append('phonebook_id', bookId);
			data.append('mapping', mapping);
			data.append('country_choice', 'file');
			data.append('contacts_csv', Buffer.from('phone,name\n12025550001,Ada\n'), { filename: 'c.csv', contentType: 'text/csv' });
			return data;
		};

		it('mapping sent as an object, not a JSON string: 400 Invalid Json [mapping]', async () => {
			const book = addPhoneBook(bed.emulator, 'B');
			const csvUrl = 'https://example.org/contacts.csv';
			expect(await post({ phonebook_id: book.id, csv_url: csvUrl, mapping: { '0': '0' }, country_choice: 'file' })).toEqual({
				status: 400,
				body: { detail: 'Invalid Json [mapping]' },
			});
		});

		it('column indexes as numbers are ignored: 400 No column is set as Phone Number', async () => {
			const book = addPhoneBook(bed.emulator, 'B');
			expect(await post(form('{"0": 0}', book.id))).toEqual({ status: 400, body: { detail: 'No column is set as Phone Number' } });
			expect(await post(form('{"0": "0"}', book.id))).toMatchObject({ status: 200 });
			expect(book.contacts.size).toBe(1);
		});
	});
});

describe('CallHub node: Contact → Bulk Import under CallHub\'s one-a-minute limit (shortened to 2 s)', () => {
	const bed = useEmulator({ rates: { general: 'off', search: 'off', bulk: '1/2s' } });
	beforeEach(() => bed.emulator.reset());

	it('a second import within the limit waits as CallHub asks, logs the wait, then succeeds', async () => {
		const book = addPhoneBook(bed.emulator, 'Twice');
		const parameters = { resource: 'contact', operation: 'bulkImport', phoneBook: locator(book.id) };
		const first = await bed.run({ parameters, items: [convertToFileCsv(people(5))] });
		const started = Date.now();
		const second = await bed.run({ parameters, items: [convertToFileCsv(people(10))] });

		expect(first.error).toBeUndefined();
		expect(second.error).toBeUndefined();
		expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
		expect(bed.emulator.requests('POST', '/v1/contacts/bulk_create/').map((entry) => entry.status)).toEqual([200, 429, 200]);
		expect(second.logs.map((line) => line.message)).toContainEqual(
			expect.stringMatching(/^CallHub rate limit reached on POST \/v1\/contacts\/bulk_create\/; waiting [12] s as CallHub asked \(Retry-After\)/),
		);
		expect(second.json[0]).toMatchObject({ rows_sent: 10 });
		expect(book.contacts.size).toBe(10);
	});

	it('fails with a clear message when CallHub asks for longer than Max Wait', async () => {
		const book = addPhoneBook(bed.emulator, 'Twice');
		const parameters = { resource: 'contact', operation: 'bulkImport', phoneBook: locator(book.id), maxWait: 0 };
		await bed.run({ parameters, items: [convertToFileCsv(people(1))] });
		const second = await bed.run({ parameters, items: [convertToFileCsv(people(2))] });
		// Either CallHub refuses it, or, when an earlier refusal taught the node the pace, the node knows
		// before sending that the next slot is beyond Max Wait.
		expect(second.error?.message).toMatch(
			/^CallHub's rate limit is still in effect: (Request was throttled\. Expected available in [12] seconds?\.|the next POST \/v1\/contacts\/bulk_create\/ may go in \d+ s)$/,
		);
		expect(second.error?.description).toMatch(/beyond the 0 s allowed.*bulk import 1 a minute/);
	});
});

describe('CallHub node: Contact → Bulk Import from a URL (csv_url)', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());
	const run = (phoneBookId: string, parameters: Record<string, unknown>, items: INodeExecutionData[]) =>
		bed.run({
			parameters: { resource: 'contact', operation: 'bulkImport', phoneBook: locator(phoneBookId), ...parameters },
			items,
			onError: 'continueRegularOutput',
		});

	it('POSTs the form CallHub reads: phonebook_id, mapping by position as a JSON string, csv_url and country', async () => {
		const book = addPhoneBook(bed.emulator, 'Imported');
		const result = await run(
			book.id,
			{
				source: 'url',
				csvUrl: 'https://example.org/exports/contacts.csv',
				columnMapping: { column: [{ field: 'phone number', column: '2' }, { field: 'first name', column: '1' }] },
			},
			[{ json: {} }],
		);
		expect(result.json[0].error).toBeUndefined();
		const [request] = bed.emulator.requests('POST', '/v1/contacts/bulk_create/');
		expect(request.files).toEqual([]);
		expect(request.body).toEqual({
			phonebook_id: book.id,
			mapping: JSON.stringify({ 0: '1', 3: '0' }),
			csv_url: 'https://example.org/exports/contacts.csv',
			country_choice: 'file',
		});
		const [job] = [...imports(bed.emulator.state).values()];
		expect(job).toMatchObject({ csv_url: 'https://example.org/exports/contacts.csv', phonebook_id: book.id });
		expect(result.json[0]).toMatchObject({ phonebook_id: book.id, csv_url: 'https://example.org/exports/contacts.csv', columns: { 'phone number': 2, 'first name': 1 } });
	});

	it('refuses a column given by name (the node cannot read the header) and a URL that is not http(s)', async () => {
		const book = addPhoneBook(bed.emulator, 'Imported');
		const byName = await run(book.id, { source: 'url', csvUrl: 'https://example.org/a.csv', columnMapping: { column: [{ field: 'phone number', column: 'Phone' }] } }, [{ json: {} }]);
		expect(failure(byName).error).toBe('The Column Mapping parameter gives the column "Phone" for "phone number", which is not a position');
		const notWeb = await run(book.id, { source: 'url', csvUrl: 'file:///etc/passwd', columnMapping: { column: [{ field: 'phone number', column: '1' }] } }, [{ json: {} }]);
		expect(failure(notWeb).error).toBe('The CSV URL parameter "file:///etc/passwd" is not a web address');
		expect(bed.emulator.requests('POST')).toHaveLength(0);
	});
});
