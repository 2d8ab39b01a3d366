import { errorsSection, ERRORS_SECTION } from '../scripts/errors';
import { readMarkedSection } from '../scripts/markedSection';
import { OPERATIONS_SECTION, operationsTable } from '../scripts/operations';

describe('README', () => {
	it('lists every resource and operation of the nodes (run `npx tsx scripts/operations.ts --write`)', () => {
		expect(readMarkedSection('README.md', OPERATIONS_SECTION)).toBe(operationsTable());
	});

	it('shows the error guide built from the reliability catalog (run `npx tsx scripts/errors.ts --write`)', () => {
		expect(readMarkedSection('README.md', ERRORS_SECTION)).toBe(errorsSection());
	});
});
