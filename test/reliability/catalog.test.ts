import { catalog, triggerCases } from './catalog';
import type { GuideEntry } from './guide';
import { guide } from './guide';

/** The message a case expects, as a pattern to hold the guide's examples against. */
function expectedMessages(entry: GuideEntry): Array<{ name: string; matches: (text: string) => boolean; status?: number }> {
	if (entry.group !== 'trigger') {
		return Object.values(catalog)
			.flat()
			.map((testCase) => ({ name: testCase.name, matches: (text) => testCase.message?.test(text) ?? false }));
	}
	return triggerCases.map((testCase) => ({
		name: testCase.name,
		status: testCase.status,
		matches: (text) => {
			const { response } = testCase;
			if (response instanceof RegExp) return response.test(text);
			return [response.message, response.ignored].includes(text);
		},
	}));
}

describe('reliability catalog', () => {
	const nodeCases = Object.values(catalog).flat();

	it('has at least 60 cases', () => {
		expect(nodeCases.length + triggerCases.length).toBeGreaterThanOrEqual(60);
	});

	it('names each case once (the error guide refers to cases by name)', () => {
		const names = nodeCases.map((testCase) => testCase.name);
		expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
	});

	it('runs each case that waits in one mode', () => {
		const waits = nodeCases.filter((testCase) => testCase.waits !== undefined);
		expect(waits.length).toBeGreaterThan(0);
		for (const testCase of waits) expect({ name: testCase.name, modes: testCase.modes?.length }).toEqual({ name: testCase.name, modes: 1 });
	});

	it('names each trigger case once', () => {
		const names = triggerCases.map((testCase) => testCase.name);
		expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
	});

	it('covers every node and each kind of failure', () => {
		expect(new Set(nodeCases.map((testCase) => testCase.node ?? 'callHub'))).toEqual(new Set(['callHub', 'callHubAgent']));
		for (const cases of Object.values(catalog)) expect(cases.some((testCase) => testCase.node === 'callHubAgent')).toBe(true);
	});
});

describe("README's error guide", () => {
	it.each(guide.map((entry) => [entry.group, entry.message, entry] as const))('%s: "%s" is what its cases produce', (_group, _message, entry) => {
		const cases = expectedMessages(entry);
		expect(entry.cases.length).toBeGreaterThan(0);
		for (const name of entry.cases) {
			const testCase = cases.find((candidate) => candidate.name === name);
			expect({ name, found: testCase !== undefined }).toEqual({ name, found: true });
			const examples = entry.examples ?? [entry.message];
			expect({ name, matched: examples.some((example) => testCase?.matches(example)) }).toEqual({ name, matched: true });
			if (entry.status !== undefined) expect({ name, status: testCase?.status }).toEqual({ name, status: entry.status });
		}
	});
});
