import { useEmulator } from '../../../harness/emulator';

/** What the node lets go at once to one account, per kind of request (rateLimit.ts MAX_IN_FLIGHT). */
const MAX_IN_FLIGHT = 20;

describe("CallHub node: CallHub's general rate limit (20 requests a second)", () => {
	const bed = useEmulator({ rates: { general: '20/s', search: 'off', bulk: 'off' } });
	beforeEach(() => bed.emulator.reset());

	it('a 50-item burst finishes with 50 successful items, waiting out the 429s', async () => {
		const input = Array.from({ length: 50 }, (_, index) => ({ phone: `1303555${String(index).padStart(4, '0')}` }));
		const result = await bed.run({
			parameters: { resource: 'contact', operation: 'create', contact: '={{ $json.phone }}', simplify: false },
			input,
		});

		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(50);
		expect(result.items.every((item) => item.error === undefined)).toBe(true);
		expect(result.json.map((contact) => contact.contact)).toEqual(input.map((item) => item.phone));
		expect(bed.emulator.state.contacts.size).toBe(50);
		const posts = bed.emulator.requests('POST', '/v1/contacts/');
		expect(posts.filter((entry) => entry.status === 201)).toHaveLength(50);
		// n8n starts all 50 items at once; the node lets 20 go at a time, so only the second 20 are
		// refused, and after that it paces itself at the rate CallHub accepted instead of retrying
		// everything at once (which would cost ~40 refusals here).
		const refused = posts.filter((entry) => entry.status === 429).length;
		expect(refused).toBeGreaterThanOrEqual(1);
		expect(refused).toBeLessThanOrEqual(MAX_IN_FLIGHT);
		expect(bed.emulator.peakConcurrency).toBeLessThanOrEqual(MAX_IN_FLIGHT);
		expect(result.logs.map((line) => line.message)).toContainEqual(expect.stringMatching(/waiting 1 s as CallHub asked \(Retry-After\)/));
	});
});

describe('CallHub node: a run of many more items than CallHub takes at once', () => {
	// 100 a second instead of 20 keeps the test short; the node still has to hold most items back.
	const bed = useEmulator({ rates: { general: '100/s', search: 'off', bulk: 'off' } });
	const create = { resource: 'contact', operation: 'create', contact: '={{ $json.phone }}', simplify: false };
	const numbers = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => ({ phone: `${prefix}${String(index).padStart(4, '0')}` }));

	it('sends at most 20 at once, refuses no item, and a run right after is paced without refusals', async () => {
		const first = await bed.run({ parameters: create, input: numbers('1303556', 300), onError: 'continueRegularOutput' });
		expect(first.items.filter((item) => item.json.error !== undefined)).toEqual([]);
		expect(bed.emulator.state.contacts.size).toBe(300);
		// n8n starts all 300 items together; without the node's limit they would all reach CallHub at once.
		expect(bed.emulator.peakConcurrency).toBeLessThanOrEqual(MAX_IN_FLIGHT);
		const refused = bed.emulator.requests('POST', '/v1/contacts/').filter((entry) => entry.status === 429).length;
		expect(refused).toBeLessThanOrEqual(2 * MAX_IN_FLIGHT);

		// The pace learned above carries over to the next run (within a minute), so it starts paced: no
		// refusal, no failed item (late refusals of the first wave must not have slowed the pace down).
		bed.emulator.log.length = 0;
		const second = await bed.run({ parameters: create, input: numbers('1303557', 60), onError: 'continueRegularOutput' });
		expect(second.items.filter((item) => item.json.error !== undefined)).toEqual([]);
		expect(bed.emulator.requests('POST', '/v1/contacts/').map((entry) => entry.status)).toEqual(Array(60).fill(201));
	});
});
