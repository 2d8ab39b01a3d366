import { readFileSync } from 'node:fs';

import { END, operationsTable, START } from '../scripts/operations';

describe('README', () => {
	it('lists every resource and operation of the nodes (run `npx tsx scripts/operations.ts --write`)', () => {
		const readme = readFileSync('README.md', 'utf8');
		const table = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END)).trim();
		expect(table).toBe(operationsTable());
	});
});
