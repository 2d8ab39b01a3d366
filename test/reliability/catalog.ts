import { agentCredentialCases, agentInputCases, agentServerCases } from './agentCases';
import { bulkImportInputCases, bulkImportLargeCases, bulkImportServerCases } from './bulkImportCases';
import { credentialCases, inputCases, serverCases } from './cases';
import { dnsCases } from './dnsCases';
import { managerInputCases, managerServerCases } from './managerCases';
import { suppressionInputCases, suppressionServerCases } from './suppressionCases';
import { triggerCases } from './triggerCases';
import type { CaseGroup, ReliabilityCase } from './types';

/** Every case of the catalog, by what went wrong (each table also runs in its own test file). */
export const catalog: Record<CaseGroup, ReliabilityCase[]> = {
	credential: [...credentialCases, ...agentCredentialCases, ...dnsCases],
	input: [...inputCases, ...bulkImportInputCases, ...bulkImportLargeCases, ...managerInputCases, ...agentInputCases, ...suppressionInputCases],
	server: [...serverCases, ...bulkImportServerCases, ...managerServerCases, ...agentServerCases, ...suppressionServerCases],
};

export { triggerCases };

/** The cases that do not wait, for their table's own test file. */
export function quick(cases: ReliabilityCase[]): ReliabilityCase[] {
	return cases.filter((testCase) => testCase.waits === undefined);
}

/** The cases of a table that wait in this way. */
export function waiting(cases: ReliabilityCase[], kind: NonNullable<ReliabilityCase['waits']>): ReliabilityCase[] {
	return cases.filter((testCase) => testCase.waits === kind);
}
