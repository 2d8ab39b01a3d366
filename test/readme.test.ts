import { readFileSync } from 'node:fs';

import { END as ERRORS_END, errorsSection, START as ERRORS_START } from '../scripts/errors';
import { END, operationsTable, START } from '../scripts/operations';

describe('README', () => {
	it('lists every resource and operation of the nodes (run `npx tsx scripts/operations.ts --write`)', () => {
		const readme = readFileSync('README.md', 'utf8');
		const table = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END)).trim();
		expect(table).toBe(operationsTable());
	});

	it('shows the error guide built from the reliability catalog (run `npx tsx scripts/errors.ts --write`)', () => {
		const readme = readFileSync('README.md', 'utf8');
		const section = readme.slice(readme.indexOf(ERRORS_START) + ERRORS_START.length, readme.indexOf(ERRORS_END)).trim();
		expect(section).toBe(errorsSection());
	});
});
