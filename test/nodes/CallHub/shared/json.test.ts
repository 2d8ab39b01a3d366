import { idFromUrl, normaliseIds } from '../../../../nodes/CallHub/shared/ids';
import { parseJsonLosslessly } from '../../../../nodes/CallHub/shared/json';

describe('lossless JSON', () => {
	it('keeps every digit of ids beyond 2^53', () => {
		expect(parseJsonLosslessly('{"id": 3966566468442653936, "n": 5}')).toEqual({ id: '3966566468442653936', n: 5 });
		expect(JSON.parse('{"id": 3966566468442653936}').id).not.toBe(3966566468442653936n.toString());
	});

	it('leaves numbers a double holds exactly, floats, and digits inside strings alone', () => {
		expect(parseJsonLosslessly('[9007199254740991, 1.5e300, 12345678901234567.5, "3966566468442653936 x", -3966566468442653936]')).toEqual([
			9007199254740991,
			1.5e300,
			12345678901234567.5,
			'3966566468442653936 x',
			'-3966566468442653936',
		]);
	});

	it('copes with escaped quotes before a big number', () => {
		expect(parseJsonLosslessly('{"a": "say \\"hi\\"", "id": 1910874392879957535}')).toEqual({ a: 'say "hi"', id: '1910874392879957535' });
	});
});

describe('normaliseIds', () => {
	it('sets id to pk_str, derives ids from urls, and stringifies nested ids', () => {
		expect(
			normaliseIds({
				id: '3966566468442653936',
				pk_str: '3966566468442653936',
				tags: [{ id: 12, name: 'a' }],
				contact_ids: [1, 2],
			}),
		).toEqual({ id: '3966566468442653936', pk_str: '3966566468442653936', tags: [{ id: '12', name: 'a' }], contact_ids: ['1', '2'] });
		expect(normaliseIds({ url: 'https://api.callhub.io/v1/dnc_contacts/1910874392879957535/', phone_number: '1' })).toMatchObject({
			id: '1910874392879957535',
		});
	});

	it('finds the id at the end of a CallHub url', () => {
		expect(idFromUrl('https://api-na1.callhub.io/v1/dnc_lists/42/')).toBe('42');
		expect(idFromUrl('https://api-na1.callhub.io/v1/dnc_lists/')).toBeUndefined();
	});
});

describe('lossless JSON on awkward input', () => {
	it('leaves digits inside strings alone, also after escaped quotes and backslashes', () => {
		const text = '{"a": "x\\\\", "b": "say \\"3966566468442653936\\"", "c": 3966566468442653937, "d": "1910874392879957535", "e": [1910874392879957536]}';
		expect(parseJsonLosslessly(text)).toEqual({
			a: 'x\\',
			b: 'say "3966566468442653936"',
			c: '3966566468442653937',
			d: '1910874392879957535',
			e: ['1910874392879957536'],
		});
	});

	it('agrees with JSON.parse wherever JSON.parse is exact', () => {
		const sample = { n: 12, f: -1.5e-7, big: 9007199254740991, s: 'a"b\\c', nested: [{ id: 7, x: null, t: true }], unicode: 'Zoë 🙂' };
		const text = JSON.stringify(sample);
		expect(parseJsonLosslessly(text)).toEqual(JSON.parse(text));
	});

	it('keeps exponents and fractions of long numbers as numbers', () => {
		expect(parseJsonLosslessly('[12345678901234567e2, 1234567890123456789.5, -39665664684426539360]')).toEqual([
			12345678901234567e2,
			1234567890123456789.5,
			'-39665664684426539360',
		]);
	});
});

describe('lossless JSON where document order and key order differ', () => {
	it('keeps each id with its own key when an object has index keys (listed first by JavaScript)', () => {
		const parsed = parseJsonLosslessly('{"a": 1910874392879957535, "10": 3966566468442653936, "b": [3966566468442653937]}');
		expect(parsed).toEqual({ a: '1910874392879957535', 10: '3966566468442653936', b: ['3966566468442653937'] });
	});

	it('takes the last of repeated keys, as JSON.parse does, with every digit', () => {
		expect(parseJsonLosslessly('{"a": "x", "b": 3966566468442653936, "a": 1910874392879957535}')).toEqual({
			a: '1910874392879957535',
			b: '3966566468442653936',
		});
		expect(parseJsonLosslessly('{"a": 1910874392879957535, "b": 3966566468442653936, "a": "x"}')).toEqual({ a: 'x', b: '3966566468442653936' });
	});

	it('keeps ids apart that the same double would stand for', () => {
		expect(parseJsonLosslessly('[3966566468442653936, 3966566468442653937, {"id": 3966566468442653938}]')).toEqual([
			'3966566468442653936',
			'3966566468442653937',
			{ id: '3966566468442653938' },
		]);
	});

	it('gives a page of 1,000 records the same result as parsing a copy with every long id quoted', () => {
		const records = Array.from({ length: 1000 }, (_, index) => ({
			url: `https://api-na1.callhub.io/v1/contacts/${3966566468442653936n + BigInt(index * 7919)}/`,
			id: `${3966566468442653936n + BigInt(index * 7919)}`,
			tags: [{ id: `${1910874392879957535n + BigInt(index)}`, name: `tag ${index}` }],
			n: index,
		}));
		const text = JSON.stringify({ count: 1000, results: records }).replace(/"(\d{19})"/g, '$1');
		expect(parseJsonLosslessly(text)).toEqual({ count: 1000, results: records });
	});
});
