import type { ICredentialDataDecryptedObject, IDataObject, INodeExecutionData } from 'n8n-workflow';

import { useEmulator } from '../harness/emulator';
import type { RunResult } from '../harness/runNode';
import type { Mode, ReliabilityCase } from './types';

const STACK_TRACE = /\n\s+at\s|\bat\s+\S+\s+\(\S+:\d+:\d+\)/;
const ON_ERROR = { stop: undefined, continueRegularOutput: 'continueRegularOutput', continueErrorOutput: 'continueErrorOutput' } as const;

/**
 * Every case runs through n8n-core against the emulator. Whatever goes wrong, the user reads what
 * happened and how to fix it, never a stack or the API key; with "continue" settings no item is lost.
 */
export function runCatalog(category: string, cases: ReliabilityCase[]): void {
	const bed = useEmulator();
	const all = cases.map((testCase) => [category, testCase] as [string, ReliabilityCase]);

	function secretsOf(credentials: IDataObject): string[] {
		return [bed.emulator.apiKey, String(credentials.apiKey ?? '')].filter((secret) => secret.length >= 8);
	}

	function expectNoLeak(result: RunResult, credentials: IDataObject): void {
		const everything = JSON.stringify(result.run) + JSON.stringify(result.logs);
		for (const secret of secretsOf(credentials)) expect(everything).not.toContain(secret);
	}

	function expectExplained(message: unknown, description: unknown, testCase: ReliabilityCase): void {
		expect(typeof message).toBe('string');
		if (testCase.message) expect(message).toMatch(testCase.message);
		if (testCase.description) expect(description).toMatch(testCase.description);
		expect(String(message)).not.toMatch(STACK_TRACE);
		expect(String(description ?? '')).not.toMatch(STACK_TRACE);
		expect(String(message)).not.toMatch(/^(Bad request - please check your parameters|Request failed with status code)/);
	}

	function expectPaired(items: INodeExecutionData[]): void {
		for (const item of items) expect(item.pairedItem).toEqual({ item: expect.any(Number) });
	}

	describe.each(all.map(([category, testCase]) => [category, testCase.name, testCase] as const))('%s: %s', (_category, _name, testCase) => {
		const modes: Mode[] = testCase.modes ?? ['stop', 'continueRegularOutput', 'continueErrorOutput'];

		it.each(modes)('%s', async (mode) => {
			bed.emulator.reset();
			testCase.setup?.(bed.emulator);
			for (const fault of testCase.faults ?? []) bed.emulator.inject({ ...fault });
			const credentials = testCase.credentials?.(bed.emulator) ?? bed.credentials.callHubApi;
			const input = testCase.input ?? [{ item: 0 }, { item: 1 }];
			const parameters = typeof testCase.parameters === 'function' ? testCase.parameters(bed.emulator) : testCase.parameters;

			const result = await bed.run({ parameters, input, credentials: { callHubApi: credentials as ICredentialDataDecryptedObject }, onError: ON_ERROR[mode] });

			expectNoLeak(result, credentials);
			if (testCase.requests !== undefined) expect(bed.emulator.log).toHaveLength(testCase.requests);
			if (testCase.recovers) {
				expect(result.error).toBeUndefined();
				expect(result.items.length).toBeGreaterThan(0);
				expect(result.items.filter((item) => item.error || item.json.error)).toEqual([]);
				expect(result.errorItems).toEqual([]);
				expectPaired(result.items);
				testCase.check?.(bed.emulator, result.json);
				return;
			}
			testCase.check?.(bed.emulator, result.json);
			if (mode === 'stop') {
				expect(result.error).toBeDefined();
				expectExplained(result.error?.message, result.error?.description, testCase);
				return;
			}
			const output = mode === 'continueErrorOutput' ? [...result.items, ...result.errorItems] : result.items;
			expect(output).toHaveLength(input.length);
			expectPaired(output);
			expect([...output].map((item) => (item.pairedItem as { item: number }).item).sort()).toEqual(input.map((_, index) => index));
			const failed = mode === 'continueErrorOutput' ? result.errorItems : result.items.filter((item) => item.json.error);
			expect(failed.length).toBeGreaterThan(0);
			for (const item of failed) expectExplained(item.json.error, item.error?.description, testCase);
		});
	});
}
