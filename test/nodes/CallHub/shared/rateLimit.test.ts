import { useEmulator } from '../../../harness/emulator';
import type { LogEntry } from '../../../emulator/server';
import { ARRIVAL_MARGIN_MS, countFromAnswers, takePaceSlot } from '../../../../nodes/CallHub/shared/rateLimit';

/** What the node lets go at once to one account, per kind of request (rateLimit.ts MAX_IN_FLIGHT). */
const MAX_IN_FLIGHT = 20;

const create = { resource: 'contact', operation: 'create', contact: '={{ $json.phone }}', simplify: false };
const numbers = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => ({ phone: `${prefix}${String(index).padStart(4, '0')}` }));

/** The most requests CallHub saw arrive within any 1-second window. */
function mostInOneSecond(entries: LogEntry[]): number {
	const times = entries.map((entry) => entry.time).sort((a, b) => a - b);
	let most = 0;
	for (let first = 0, last = 0; last < times.length; last++) {
		while (times[last] - times[first] >= 1000) first++;
		most = Math.max(most, last - first + 1);
	}
	return most;
}

describe("CallHub node: CallHub's published rate limit (20 requests a second)", () => {
	const bed = useEmulator({ rates: { general: '20/s', search: 'off', bulk: 'off' } });
	beforeEach(() => bed.emulator.reset());

	it('a 50-item burst goes at 20 a second: every item made, none refused, at most 20 in any second', async () => {
		const input = numbers('1303555', 50);
		const result = await bed.run({ parameters: create, input });

		expect(result.error).toBeUndefined();
		expect(result.json.map((contact) => contact.contact)).toEqual(input.map((item) => item.phone));
		expect(bed.emulator.state.contacts.size).toBe(50);
		const posts = bed.emulator.requests('POST', '/v1/contacts/');
		expect(posts.map((entry) => entry.status)).toEqual(Array(50).fill(201));
		expect(mostInOneSecond(posts)).toBeLessThanOrEqual(20);
		expect(bed.emulator.peakConcurrency).toBeLessThanOrEqual(MAX_IN_FLIGHT);
	});

	it('a run right after, and a list read between, share the one budget: still no refusal', async () => {
		await bed.run({ parameters: create, input: numbers('1303556', 25) });
		const list = await bed.run({ parameters: { resource: 'contact', operation: 'getAll', returnAll: true, simplify: false } });
		expect(list.json).toHaveLength(25);
		const second = await bed.run({ parameters: create, input: numbers('1303557', 25) });
		expect(second.error).toBeUndefined();
		expect(bed.emulator.log.map((entry) => entry.status).filter((status) => status === 429)).toEqual([]);
		expect(mostInOneSecond(bed.emulator.log)).toBeLessThanOrEqual(20);
		expect(bed.emulator.state.contacts.size).toBe(50);
	});
});

describe('CallHub node: an account CallHub limits below its published rate', () => {
	// CallHub takes 10 a second here: the node finds out from its 429s and paces itself at what it accepted.
	const bed = useEmulator({ rates: { general: '10/s', search: 'off', bulk: 'off' } });

	it('waits out the refusals, loses no item, and a run right after is paced without refusals', async () => {
		const first = await bed.run({ parameters: create, input: numbers('1303558', 30), onError: 'continueRegularOutput' });
		expect(first.items.filter((item) => item.json.error !== undefined)).toEqual([]);
		expect(bed.emulator.state.contacts.size).toBe(30);
		const refused = bed.emulator.requests('POST', '/v1/contacts/').filter((entry) => entry.status === 429).length;
		expect(refused).toBeGreaterThanOrEqual(1);
		expect(refused).toBeLessThanOrEqual(MAX_IN_FLIGHT);
		expect(first.logs.map((line) => line.message)).toContainEqual(expect.stringMatching(/waiting 1 s as CallHub asked \(Retry-After\)/));

		// The pace learned above carries over to the next run (within a minute): no refusal, no failed item.
		bed.emulator.log.length = 0;
		const second = await bed.run({ parameters: create, input: numbers('1303559', 12), onError: 'continueRegularOutput' });
		expect(second.items.filter((item) => item.json.error !== undefined)).toEqual([]);
		expect(bed.emulator.requests('POST', '/v1/contacts/').map((entry) => entry.status)).toEqual(Array(12).fill(201));
	});
});

describe('rateLimit.ts takePaceSlot: when a request leaves the window', () => {
	beforeEach(() => jest.useFakeTimers({ now: 1_000_000 }));
	afterEach(() => jest.useRealTimers());

	/** Fills the window of 20 with requests sent now and answered after `answerMs`; returns when the 21st may go. */
	async function twentyFirst(key: string, answerMs: number): Promise<number> {
		const start = Date.now();
		for (let index = 0; index < 20; index++) {
			const slot = await takePaceSlot(key, 'general');
			slot.sent();
			setTimeout(() => slot.answered(), answerMs);
		}
		let wentAt = 0;
		void takePaceSlot(key, 'general').then((slot) => {
			wentAt = Date.now();
			slot.answered();
		});
		for (let step = 0; step < 400 && wentAt === 0; step++) await jest.advanceTimersByTimeAsync(10);
		return wentAt - start;
	}

	it('a slow answer counts from the arrival margin; a quick one from the answer', async () => {
		// Answered after 600 ms: CallHub counted it by the margin (250 ms), so the 21st goes a second after that.
		const slow = await twentyFirst('https://a|slow|general', 600);
		expect(slow).toBeGreaterThanOrEqual(ARRIVAL_MARGIN_MS + 1000);
		expect(slow).toBeLessThan(600 + 1000);
		// Answered after 50 ms: counted from the answer.
		const quick = await twentyFirst('https://a|quick|general', 50);
		expect(quick).toBeGreaterThanOrEqual(1050);
		expect(quick).toBeLessThan(ARRIVAL_MARGIN_MS + 1000);
	});

	it('after CallHub refused a request the window had room for, every request counts from its answer', async () => {
		const key = 'https://a|refused|general';
		expect(countFromAnswers(key, Date.now())).toBe(false); // nothing sent yet: nothing to learn from
		await twentyFirst(key, 10);
		// The first refusal: the margin counted it too early (so it says nothing about CallHub's rate).
		const sentBefore = Date.now() - 5;
		expect(countFromAnswers(key, sentBefore)).toBe(true);
		// Another request of the same burst, sent before the switch: also not a lesson about the rate.
		expect(countFromAnswers(key, sentBefore)).toBe(true);
		await jest.advanceTimersByTimeAsync(2000);
		const after = await twentyFirst(key, 600);
		expect(after).toBeGreaterThanOrEqual(600 + 1000);
		// Refused though counted from its answer: CallHub's limit is lower than published.
		expect(countFromAnswers(key, Date.now())).toBe(false);
	});
});
