import type { ReliabilityCase } from './types';

/** A host under .invalid (RFC 2606) never resolves; nock answers for it, so nothing leaves the machine. */
export const UNRESOLVABLE = 'https://api-zz9.callhub.invalid';

/** nock is loaded only by the test that runs these cases (loading it patches Node's http for the whole process). */
function nock(): typeof import('nock') {
	return require('nock') as typeof import('nock');
}

/**
 * A resolver error as Node raises it. An Error, not a plain `{ code }` object: nock 14's interceptor
 * library takes any plain object for a response and fails on it.
 */
function dnsError(code: string): Error {
	return Object.assign(new Error(`getaddrinfo ${code} api-zz9.callhub.invalid`), { code, syscall: 'getaddrinfo', hostname: 'api-zz9.callhub.invalid' });
}

let attempts = 0;

const listContacts = { resource: 'contact', operation: 'getAll', returnAll: true, simplify: false };
const credentials = () => ({ apiKey: 'emu-key-that-is-long-enough', baseUrl: UNRESOLVABLE });

/**
 * DNS failures, which the emulator cannot produce: the API Domain's host does not exist (a typo,
 * a region that is not the account's), or the resolver failed for a moment.
 */
export const dnsCases: ReliabilityCase[] = [
	{
		name: "DNS failure: the API Domain's host does not exist",
		raisedBy: 'network',
		parameters: listContacts,
		credentials,
		setup: () => {
			nock().cleanAll();
			attempts = 0;
			nock()(UNRESOLVABLE)
				.get(/.*/)
				.times(Infinity)
				.replyWithError(dnsError('ENOTFOUND'))
				.on('request', () => attempts++);
		},
		message: /^Could not reach CallHub at https:\/\/api-zz9\.callhub\.invalid: the host name could not be found \(DNS\)$/,
		description: /Check the API Domain in the CallHub credential/,
		requests: 0,
		// A host that does not exist will not exist a moment later: one attempt per item, no retries.
		check: () => expect([1, 2]).toContain(attempts),
	},
	{
		name: 'DNS failure for a moment on a read is retried',
		parameters: listContacts,
		credentials,
		input: [{}],
		setup: () => {
			nock().cleanAll();
			nock()(UNRESOLVABLE)
				.get('/v1/contacts/')
				.query(true)
				.replyWithError(dnsError('EAI_AGAIN'))
				.get('/v1/contacts/')
				.query(true)
				.reply(200, '{"count": 1, "next": null, "previous": null, "results": [{"id": 3966566468442653936, "pk_str": "3966566468442653936", "contact": "14155550100"}]}', {
					'Content-Type': 'application/json',
				});
		},
		recovers: true,
		modes: ['continueRegularOutput'],
		check: (_emulator, json) => {
			expect(json).toEqual([expect.objectContaining({ id: '3966566468442653936', contact: '14155550100' })]);
			expect(nock().isDone()).toBe(true);
		},
	},
];
