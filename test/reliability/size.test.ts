import { credentialCases, inputCases, serverCases } from './cases';

describe('reliability catalog', () => {
	it('has at least 60 cases', () => {
		expect(inputCases.length + credentialCases.length + serverCases.length).toBeGreaterThanOrEqual(60);
	});
});
