import { catalog, triggerCases } from './catalog';

describe('reliability catalog', () => {
	const nodeCases = Object.values(catalog).flat();

	it('has at least 60 cases', () => {
		expect(nodeCases.length + triggerCases.length).toBeGreaterThanOrEqual(60);
	});

	it('names each case once (the error guide refers to cases by name)', () => {
		const names = nodeCases.map((testCase) => testCase.name);
		expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
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
