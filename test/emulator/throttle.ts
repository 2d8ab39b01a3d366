/**
 * Django REST Framework's SimpleRateThrottle, which CallHub uses: a sliding window of request times
 * per scope; a refused request is not counted; the wait is spread over the requests still allowed.
 */
export interface Rate {
	requests: number;
	perMs: number;
}

export function parseRate(text: string): Rate | undefined {
	if (text === 'off') return undefined;
	const match = /^(\d+)\/(\d*)(ms|s|sec|m|min|h)$/.exec(text.trim());
	if (!match) throw new Error(`bad rate ${text}`);
	const unit = { ms: 1, s: 1000, sec: 1000, m: 60_000, min: 60_000, h: 3_600_000 }[match[3]] as number;
	return { requests: Number(match[1]), perMs: (match[2] ? Number(match[2]) : 1) * unit };
}

export class Throttle {
	private history: number[] = [];

	constructor(private readonly rate: Rate) {}

	/** Seconds to wait (DRF `wait()`), or undefined when the request may go through (and is counted). */
	check(now = Date.now()): number | undefined {
		while (this.history.length && this.history[this.history.length - 1] <= now - this.rate.perMs) {
			this.history.pop();
		}
		if (this.history.length >= this.rate.requests) {
			const remaining = this.rate.perMs - (now - this.history[this.history.length - 1]);
			const available = this.rate.requests - this.history.length + 1;
			return Math.max(remaining, 0) / 1000 / Math.max(available, 1);
		}
		this.history.unshift(now);
		return undefined;
	}
}
