import { sleep } from 'n8n-workflow';

/**
 * CallHub throttles per account and per kind of call (about 20 requests a second in general,
 * contact search 1 a second, bulk import 1 a minute), and n8n runs a node's items concurrently.
 * Three mechanisms keep a run within that, all per account and kind of request:
 * - at most `MAX_IN_FLIGHT` requests under way at once (`enterThrottle`);
 * - CallHub's published budget, kept before anything is refused (`takePaceSlot`, further below);
 * - when CallHub answers 429 anyway, every request of that kind waits as long as CallHub asked, and
 *   from then on is paced at the rate CallHub just showed it accepts (what succeeded in the window
 *   before the refusal), so a burst costs one refusal instead of one per item per second
 *   (`waitForThrottle`, `pauseThrottle`).
 */
interface Throttle {
	pausedUntil: number;
	/** Requests a second once CallHub has throttled us; undefined: not paced. */
	rate?: number;
	/** The rate first learned; after a slow-down the pace creeps back up to it. */
	ceiling?: number;
	/** When CallHub last refused a paced request. */
	lastPacedRefusal?: number;
	nextSlot: number;
	/** The first refusal of a burst, whose accepted requests give the rate once the pause is over. */
	refusedAt?: number;
	refusalWindowMs?: number;
	/** When recent requests succeeded, to learn the rate from. */
	successes: number[];
	lastUsed: number;
	/** When pacing began: a refusal of a request sent before then does not mean the pace is too fast. */
	pacedSince?: number;
	/** Requests of this kind under way, and those waiting for one of them to end. */
	inFlight: number;
	queued: Array<() => void>;
}

const throttles = new Map<string, Throttle>();
/** Pacing is forgotten after a quiet minute: CallHub's windows are a minute at most. */
const FORGET_AFTER_MS = 60_000;
const MARGIN = 0.9;
const RECOVER_AFTER_MS = 5_000;
/** Requests of one kind to one account under way at once (n8n starts all of a node's items together). */
export const MAX_IN_FLIGHT = 20;

export type ThrottleScope = 'general' | 'search' | 'bulk';

export function throttleScope(method: string, path: string, qs: Record<string, unknown> | undefined): ThrottleScope {
	if (/\/contacts\/bulk_create\/?$/.test(path)) return 'bulk';
	const searching = qs?.search !== undefined || /[?&]search=/.test(path);
	if (method === 'GET' && /\/v1\/contacts\/?(\?|$)/.test(path) && searching) return 'search';
	return 'general';
}

export function throttleKey(origin: string, account: string, scope: ThrottleScope): string {
	return `${origin}|${account}|${scope}`;
}

function throttleFor(key: string): Throttle {
	const now = Date.now();
	let throttle = throttles.get(key);
	if (!throttle || (now - throttle.lastUsed > FORGET_AFTER_MS && throttle.pausedUntil < now)) {
		throttle = { pausedUntil: 0, nextSlot: 0, successes: [], lastUsed: now, inFlight: 0, queued: [] };
		throttles.set(key, throttle);
	}
	throttle.lastUsed = now;
	return throttle;
}

/**
 * The rate CallHub accepted in the burst it refused: the successes in its window before the first
 * refusal, and those answered while the pause lasted (a burst's answers arrive in any order).
 */
function learnRate(throttle: Throttle): void {
	if (throttle.refusedAt === undefined) return;
	const windowMs = throttle.refusalWindowMs ?? 1000;
	const from = throttle.refusedAt - windowMs;
	const accepted = throttle.successes.filter((time) => time > from && time <= throttle.pausedUntil).length;
	throttle.rate = (Math.max(1, accepted) * 1000 * MARGIN) / windowMs;
	throttle.ceiling = throttle.rate;
	throttle.nextSlot = Math.max(throttle.nextSlot, throttle.pausedUntil);
	throttle.pacedSince = throttle.nextSlot;
	throttle.refusedAt = undefined;
}

/**
 * Waits until fewer than `MAX_IN_FLIGHT` requests of this kind are under way and takes a place;
 * the returned function gives it back (call it once, when the request is done).
 */
export async function enterThrottle(key: string): Promise<() => void> {
	const throttle = throttleFor(key);
	if (throttle.inFlight >= MAX_IN_FLIGHT) {
		await new Promise<void>((resolve) => throttle.queued.push(resolve));
	} else {
		throttle.inFlight++;
	}
	let left = false;
	return () => {
		if (left) return;
		left = true;
		// The place passes straight to the next waiting request, if any.
		const next = throttle.queued.shift();
		if (next) next();
		else throttle.inFlight--;
	};
}

/**
 * Waits until a request of this kind may go: after any pause CallHub asked for, and in its paced
 * slot. Returns the seconds waited, or, when going would mean waiting longer than `budgetSeconds`,
 * `{ exceeds }` with the wait needed — without waiting or taking a slot.
 */
export async function waitForThrottle(key: string, budgetSeconds = Infinity): Promise<number | { exceeds: number }> {
	const throttle = throttleFor(key);
	const started = Date.now();
	for (;;) {
		const now = Date.now();
		const spent = (now - started) / 1000;
		if (throttle.pausedUntil > now) {
			const needed = (throttle.pausedUntil - now) / 1000;
			if (spent + needed > budgetSeconds) return { exceeds: needed };
			await sleep(throttle.pausedUntil - now);
			continue;
		}
		learnRate(throttle);
		if (throttle.rate === undefined) return spent;
		const slot = Math.max(now, throttle.nextSlot);
		if (spent + (slot - now) / 1000 > budgetSeconds) return { exceeds: (slot - now) / 1000 };
		throttle.nextSlot = slot + 1000 / throttle.rate;
		if (slot > now) await sleep(slot - now);
		if (throttle.pausedUntil <= Date.now()) return (Date.now() - started) / 1000;
	}
}

export function recordSuccess(key: string): void {
	const throttle = throttleFor(key);
	const now = Date.now();
	// A pace slowed by a refusal (a burst on CallHub's side, another client) recovers a hundredth of
	// the learned rate per success once CallHub has accepted everything for a few seconds.
	if (throttle.rate !== undefined && throttle.ceiling !== undefined && throttle.rate < throttle.ceiling && now - (throttle.lastPacedRefusal ?? 0) > RECOVER_AFTER_MS) {
		throttle.rate = Math.min(throttle.ceiling, throttle.rate + throttle.ceiling / 100);
	}
	throttle.successes.push(now);
	if (throttle.successes.length > 4000 || throttle.successes[0] < now - FORGET_AFTER_MS) {
		throttle.successes = throttle.successes.filter((time) => time >= now - FORGET_AFTER_MS);
	}
}

/**
 * CallHub refused with 429: pause this kind of request as long as it asked. The first refusal of a
 * burst marks where to learn the accepted rate; a refusal while already paced means the pace is too
 * fast (another client shares the account), so it slows down. With `learn` false (the published
 * pace counted the request too early, see `countFromAnswers`) it only pauses.
 */
export function pauseThrottle(key: string, seconds: number, sentAt = Date.now(), learn = true): void {
	const throttle = throttleFor(key);
	const now = Date.now();
	const paused = throttle.pausedUntil > now;
	if (!paused && learn) {
		if (throttle.rate === undefined) {
			throttle.refusedAt = now;
			throttle.refusalWindowMs = Math.min(FORGET_AFTER_MS, Math.max(1000, seconds * 1000));
		} else if (sentAt >= (throttle.pacedSince ?? 0)) {
			throttle.rate *= 0.8;
			throttle.lastPacedRefusal = now;
		}
	}
	throttle.pausedUntil = Math.max(throttle.pausedUntil, now + seconds * 1000);
	throttle.nextSlot = Math.max(throttle.nextSlot, throttle.pausedUntil);
}

/**
 * CallHub's published budget per kind of request: at most `requests` in any `windowMs` (DRF keeps a
 * sliding window of when requests arrived). A contact search counts against both the general budget
 * and its own (DRF checks every throttle of a view).
 */
export const PUBLISHED_BUDGET: Record<ThrottleScope, { requests: number; windowMs: number } | undefined> = {
	general: { requests: 20, windowMs: 1000 },
	search: { requests: 1, windowMs: 1000 },
	// Bulk import's 1 a minute is learned from CallHub's 429 (a run sends one import per file).
	bulk: undefined,
};
/** Clock granularity between our answer times and CallHub's window. */
const PACE_MARGIN_MS = 10;
/**
 * How long after the node hands a request to n8n CallHub has surely counted it: local queueing, a new
 * connection's TCP and TLS handshakes (two round trips) and the way there, for a round trip of up to
 * about 100 ms. A request is counted in the window from the earlier of that moment and its answer
 * (CallHub counts a request before answering it). An account whose requests arrive later than this
 * (CallHub refuses a request the window had room for) is counted from the answer from then on.
 */
export const ARRIVAL_MARGIN_MS = 250;

/**
 * Servers known to enforce no rate limit, to which requests are not paced: the test emulator when
 * it runs without limits (test/harness), where pacing would only slow the tests down. Empty in n8n.
 */
const unlimited = new Set<string>();

export function setUnlimitedOrigin(origin: string, isUnlimited: boolean): void {
	if (isUnlimited) unlimited.add(origin);
	else unlimited.delete(origin);
}

export function isUnlimitedOrigin(origin: string): boolean {
	return unlimited.has(origin);
}

/** The budgets a request of this kind counts against. */
export function budgetsOf(scope: ThrottleScope): ThrottleScope[] {
	return scope === 'search' ? ['general', 'search'] : [scope];
}

export interface PaceSlot {
	/** Call when the request goes (after every other wait). */
	sent(): void;
	/** Call when CallHub's answer (its status line) is in, or the request failed. */
	answered(): void;
}

interface Pace {
	budget: { requests: number; windowMs: number };
	/** When each request of the window counts as seen by CallHub: resolves with that time. */
	window: Array<Promise<number>>;
	turn: Promise<unknown>;
	margin: number;
	/** When requests began to be counted from their answers. */
	answersSince?: number;
	lastUsed: number;
}

const paces = new Map<string, Pace>();

function paceFor(key: string, scope: ThrottleScope): Pace | undefined {
	const budget = PUBLISHED_BUDGET[scope];
	if (budget === undefined) return undefined;
	const now = Date.now();
	let pace = paces.get(key);
	if (!pace || now - pace.lastUsed > FORGET_AFTER_MS) {
		pace = { budget, window: [], turn: Promise.resolve(), margin: ARRIVAL_MARGIN_MS, lastUsed: now };
		paces.set(key, pace);
	}
	pace.lastUsed = now;
	return pace;
}

/**
 * Waits until a request of this kind to this account may go without CallHub seeing more than its
 * published budget within its window, across every item, list and node run of this process. A
 * request holds its place until a window after CallHub surely counted it (see `ARRIVAL_MARGIN_MS`),
 * so requests that take long on the way never land more than the budget in one window, and a burst
 * of items earns no 429 where CallHub keeps to what it publishes. The limiter above still applies
 * (at most 20 in flight, pauses CallHub asks for, a slower pace learned from its refusals).
 */
export async function takePaceSlot(key: string, scope: ThrottleScope): Promise<PaceSlot> {
	const pace = paceFor(key, scope);
	if (pace === undefined) return { sent: () => undefined, answered: () => undefined };
	const { budget } = pace;
	let answer = (): void => undefined;
	const answeredAt = new Promise<number>((resolve) => {
		answer = () => resolve(Date.now());
	});
	let send = (): void => undefined;
	const sentAt = new Promise<number>((resolve) => {
		send = () => resolve(Date.now());
	});
	const mine = pace.turn.then(async () => {
		if (pace.window.length >= budget.requests) {
			const counted = await (pace.window.shift() as Promise<number>);
			const wait = counted + budget.windowMs + PACE_MARGIN_MS - Date.now();
			if (wait > 0) await sleep(wait);
		}
		const margin = pace.margin;
		const counted = Number.isFinite(margin)
			? // When the timer fires, not when it was due: a busy event loop delays the request's sending too.
				Promise.race([answeredAt, sentAt.then(async (at) => await sleep(Math.max(0, at + margin - Date.now())).then(() => Date.now()))])
			: answeredAt;
		pace.window.push(counted);
	});
	pace.turn = mine;
	await mine;
	let left = false;
	return {
		sent: send,
		// An answer without the request having gone (it failed on the way) ends the slot all the same.
		answered: () => {
			if (left) return;
			left = true;
			send();
			answer();
		},
	};
}

/**
 * CallHub refused a request sent at `sentAt` that the published budget had room for. If its place was
 * counted from the arrival margin, the margin was too short for this account (CallHub queued the
 * request, or the network is slow): its requests are counted from their answers from now on, and
 * the refusal says nothing about CallHub's rate (returns true). Returns false when the request was
 * already counted from its answer: CallHub's limit is then lower than published.
 */
export function countFromAnswers(key: string, sentAt: number): boolean {
	const pace = paces.get(key);
	if (!pace) return false;
	if (Number.isFinite(pace.margin)) {
		pace.margin = Infinity;
		pace.answersSince = Date.now();
		return true;
	}
	return sentAt < (pace.answersSince ?? 0);
}
