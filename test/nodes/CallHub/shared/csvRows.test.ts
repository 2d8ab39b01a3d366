import { readCsvRecords } from '../../../../nodes/CallHub/shared/csvRows';

const CSV =
	'\ufeffid,name,phone_number,calls,score,notes,\r\n' +
	'3966566468442653936,"Doe, ""Jo""",14155550123,3,007,"line1\nline2",\r\n' +
	'12,José Ñúñez,+4420,2.5,-4,,\r\n' +
	'13,山田 太郎,0447911123456,12345678901234567,1e5,"a,b"\n' +
	'14,short';

const EXPECTED = [
	{ id: '3966566468442653936', name: 'Doe, "Jo"', phone_number: '14155550123', calls: 3, score: '007', notes: 'line1\nline2', column_7: '' },
	{ id: '12', name: 'José Ñúñez', phone_number: '+4420', calls: 2.5, score: -4, notes: '', column_7: '' },
	{ id: '13', name: '山田 太郎', phone_number: '0447911123456', calls: '12345678901234567', score: '1e5', notes: 'a,b', column_7: null },
	{ id: '14', name: 'short', phone_number: null, calls: null, score: null, notes: null, column_7: null },
];

async function* pieces(bytes: Buffer, size: number) {
	for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

describe('readCsvRecords', () => {
	it.each([1, 2, 3, 5, 64, 100000])('reads the same records whatever the chunk size (%d bytes, UTF-8 split inside characters)', async (size) => {
		const records: unknown[] = [];
		const rows = await readCsvRecords(pieces(Buffer.from(CSV, 'utf8'), size), { onRecord: (record) => records.push(record) });
		expect(records).toEqual(EXPECTED);
		expect(rows).toBe(4);
	});

	it('makes headers unique and names blank ones by position', async () => {
		let headers: string[] = [];
		await readCsvRecords(pieces(Buffer.from('a,,a\n1,2,3\n'), 4), { onHeaders: (names) => (headers = names), onRecord: () => {} });
		expect(headers).toEqual(['a', 'column_2', 'a_2']);
	});
});
