import { sleep } from 'n8n-workflow';

/**
 * CallHub throttles per account and per kind of call (about 20 requests a second in general,
 * contact search 1 a second, bulk import 1 a minute). When one request is told to wait, every
 * request of the same kind to the same account waits with it instead of hammering CallHub:
 * items run concurrently, so without this a burst would turn into a storm of 429 answers.
 */
const pausedUntil = new Map<string, number>();

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

export async function waitForThrottle(key: string): Promise<void> {
	for (;;) {
		const remaining = (pausedUntil.get(key) ?? 0) - Date.now();
		if (remaining <= 0) return;
		await sleep(remaining);
	}
}

export function pauseThrottle(key: string, seconds: number): void {
	const until = Date.now() + seconds * 1000;
	if ((pausedUntil.get(key) ?? 0) < until) pausedUntil.set(key, until);
}
