import { useEmulator } from '../../../harness/emulator';
import { addContact, locator } from '../../../harness/fixtures';

describe('CallHub node: errors reach the user as CallHub said them, with what to do', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	it('400: names the parameter behind each field error', async () => {
		const result = await bed.run({
			parameters: { resource: 'contact', operation: 'create', contact: '14155550100', additionalFields: { email: 'not-an-email' } },
		});
		expect(result.error?.message).toBe('CallHub rejected the request: Email (email): Enter a valid email address.');
		expect(result.error?.description).toBe('Fix the Email parameter and run the node again.');
		expect((result.error as { httpCode?: string }).httpCode).toBe('400');
	});

	it('401: says to check the key and the API domain, and never shows the key', async () => {
		const wrongKey = 'wrong-key-0123456789abcdef';
		const result = await bed.run({
			parameters: { resource: 'contact', operation: 'get', contact: locator('1') },
			credentials: { callHubApi: { apiKey: wrongKey, baseUrl: bed.emulator.url } },
		});
		expect(result.error?.message).toBe('CallHub did not accept the API key: Invalid token.');
		expect(result.error?.description).toContain('API Domain');
		expect(JSON.stringify(result.run)).not.toContain(wrongKey);
	});

	it('403: points at the regional API domain', async () => {
		bed.emulator.inject({ status: 403, body: { detail: 'You do not have permission to perform this action.' } });
		const result = await bed.run({ parameters: { resource: 'contact', operation: 'get', contact: locator('1') } });
		expect(result.error?.message).toBe('CallHub refused access: You do not have permission to perform this action.');
		expect(result.error?.description).toContain('API Domain is the one CallHub shows next to the key');
	});

	it('404: names what was not found and the parameter to check', async () => {
		const result = await bed.run({ parameters: { resource: 'contact', operation: 'get', contact: locator('123456') } });
		expect(result.error?.message).toBe('CallHub could not find Contact 123456: Not found.');
		expect(result.error?.description).toContain('Check the Contact parameter');
	});

	it('429: waits for Retry-After, logs how long, then succeeds', async () => {
		const contact = addContact(bed.emulator);
		bed.emulator.inject({ status: 429, headers: { 'Retry-After': '1' }, body: { detail: 'Request was throttled. Expected available in 1 second.' } });
		const started = Date.now();
		const result = await bed.run({ parameters: { resource: 'contact', operation: 'get', contact: locator(contact.id), simplify: false } });
		expect(result.error).toBeUndefined();
		expect(result.json[0].id).toBe(contact.id);
		expect(Date.now() - started).toBeGreaterThanOrEqual(950);
		expect(bed.emulator.log.map((entry) => entry.status)).toEqual([429, 200]);
		expect(result.logs.map((line) => line.message)).toContainEqual(
			expect.stringMatching(/rate limit reached on GET \/v1\/contacts\/\d+\/; waiting 1 s as CallHub asked \(Retry-After\)/),
		);
	});

	it('429: fails with a clear message when CallHub asks for longer than the wait allowed', async () => {
		bed.emulator.inject({ status: 429, headers: { 'Retry-After': '3600' }, body: { detail: 'Request was throttled. Expected available in 3600 seconds.' } });
		const result = await bed.run({ parameters: { resource: 'contact', operation: 'get', contact: locator('1') } });
		expect(result.error?.message).toBe("CallHub's rate limit is still in effect: Request was throttled. Expected available in 3600 seconds.");
		expect(result.error?.description).toContain('beyond the 120 s allowed');
		expect(result.error?.description).toContain('Batching');
	});

	it('rejects an id from an expression that could change the request path, before calling CallHub', async () => {
		const values = ['12/../34', '12?x=1', '12#x', 'https://evil.example/v1/contacts/1/', '..', '12/tags/3'];
		const result = await bed.run({
			parameters: { resource: 'contact', operation: 'get', contact: locator('={{ $json.id }}') },
			input: values.map((id) => ({ id })),
			onError: 'continueRegularOutput',
		});
		expect(result.json.map((item) => item.error)).toEqual(values.map((value) => `The Contact parameter "${value}" is not a valid CallHub ID`));
		expect(bed.emulator.log).toHaveLength(0);
	});

	describe('with "continue on fail"', () => {
		const input = [{ phone: '14155550101' }, { phone: 'not a number' }, { phone: '14155550103' }];
		const parameters = { resource: 'contact', operation: 'create', contact: '={{ $json.phone }}', simplify: false };

		it('every input item produces an output item, paired with its input', async () => {
			const result = await bed.run({ parameters, input, onError: 'continueRegularOutput' });
			expect(result.items).toHaveLength(3);
			expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
			expect(result.json[0].contact).toBe('14155550101');
			expect(result.json[1]).toEqual({ error: 'CallHub rejected the request: Phone Number (contact): Enter a valid phone number.' });
			expect(result.json[2].contact).toBe('14155550103');
		});

		it('failed items go to the error output with their input', async () => {
			const result = await bed.run({ parameters, input, onError: 'continueErrorOutput' });
			expect(result.items.map((item) => item.json.contact)).toEqual(['14155550101', '14155550103']);
			expect(result.errorItems).toHaveLength(1);
			expect(result.errorItems[0].pairedItem).toEqual({ item: 1 });
			expect(result.errorItems[0].json.error).toContain('Enter a valid phone number');
		});
	});
});
