import { useEmulator } from '../../../harness/emulator';

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
		// The first burst is refused beyond CallHub's 20; after that the node paces itself at the rate
		// CallHub accepted instead of retrying everything at once (which would cost ~40 refusals here).
		const refused = posts.filter((entry) => entry.status === 429).length;
		expect(refused).toBeGreaterThanOrEqual(25);
		expect(refused).toBeLessThanOrEqual(34);
		expect(result.logs.map((line) => line.message)).toContainEqual(expect.stringMatching(/waiting 1 s as CallHub asked \(Retry-After\)/));
	});
});
