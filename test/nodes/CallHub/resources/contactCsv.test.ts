import { eachRow, parseCsv, toCommaSeparated } from '../../../../nodes/CallHub/resources/contact/csv';

describe('CSV files for Bulk Import', () => {
	it('reads quoted cells with commas, doubled quotes and line breaks, CRLF or LF, and a byte order mark', () => {
		const csv = parseCsv('\ufeffphone,notes\r\n14155550100,"Says ""hi"", twice"\n14155550101,"two\r\nlines"\r\n');
		expect(csv).toEqual({
			delimiter: ',',
			rows: [
				['phone', 'notes'],
				['14155550100', 'Says "hi", twice'],
				['14155550101', 'two\r\nlines'],
			],
		});
	});

	it('takes a quote inside a cell as a character, so one stray quote does not swallow the rest of the file', () => {
		expect(parseCsv('phone,screen\n14155550100,5" wide\n14155550101,7"\n').rows).toEqual([
			['phone', 'screen'],
			['14155550100', '5" wide'],
			['14155550101', '7"'],
		]);
	});

	it('finds the delimiter a spreadsheet used, skips blank lines, keeps empty cells and old Mac line ends', () => {
		expect(parseCsv('phone;city\n\n14155550100;"Paris; France"\n14155550101;\n').rows).toEqual([
			['phone', 'city'],
			['14155550100', 'Paris; France'],
			['14155550101', ''],
		]);
		expect(parseCsv('phone\tname\r"14155550100"\tAda\r').rows).toEqual([
			['phone', 'name'],
			['14155550100', 'Ada'],
		]);
	});

	it('stops reading when the visitor says so', () => {
		const seen: string[][] = [];
		eachRow('a,b\n1,2\n3,4\n', ',', (row) => seen.push(row) < 2);
		expect(seen).toEqual([
			['a', 'b'],
			['1', '2'],
		]);
	});

	it('writes rows back with commas, quoting what needs it', () => {
		expect(toCommaSeparated([['phone', 'city'], ['14155550100', 'Paris, France'], ['1', 'say "hi"']])).toBe(
			'phone,city\r\n14155550100,"Paris, France"\r\n1,"say ""hi"""',
		);
	});

	it('reads a 50 MB contact list in a few seconds at most', () => {
		const line = '12025550100,Person,Caller,person@example.org\n';
		const text = `phone,first,last,email\n${line.repeat(Math.ceil((50 * 1024 * 1024) / line.length))}`;
		const started = Date.now();
		let rows = 0;
		eachRow(text, ',', () => {
			rows++;
		});
		expect(rows).toBeGreaterThan(1_000_000);
		expect(Date.now() - started).toBeLessThan(10_000);
	});
});
