import type { Row } from './types';
export interface Measurement {
	ms: number;
	/** Highest resident memory seen during the run, above what it was just before. */
	peakRssGrowth: number;
	/** Highest JavaScript memory in use (V8 heap plus buffers) during the run, above what it was just before. */
	peakHeapGrowth: number;
}

function collectGarbage(): void {
	(globalThis as { gc?: () => void }).gc?.();
}

/** Wall time and memory growth of one run, sampled every 5 ms. */
export async function measure(run: () => Promise<unknown>): Promise<Measurement & { result: unknown }> {
	collectGarbage();
	const before = process.memoryUsage();
	let peakRss = before.rss;
	const inUse = (usage: NodeJS.MemoryUsage) => usage.heapUsed + usage.external;
	let peakHeap = inUse(before);
	const sampler = setInterval(() => {
		const now = process.memoryUsage();
		peakRss = Math.max(peakRss, now.rss);
		peakHeap = Math.max(peakHeap, inUse(now));
	}, 5);
	const started = performance.now();
	try {
		const result = await run();
		const ms = performance.now() - started;
		const after = process.memoryUsage();
		peakRss = Math.max(peakRss, after.rss);
		peakHeap = Math.max(peakHeap, inUse(after));
		return { ms, peakRssGrowth: peakRss - before.rss, peakHeapGrowth: peakHeap - inUse(before), result };
	} finally {
		clearInterval(sampler);
	}
}

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const seconds = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`);

/**
 * The least time CallHub's rate limit allows for reading `pages` pages: the first page's time, then
 * the other pages at `perSecond` a second (20 in general, 1 for a contact search).
 */
export function rateLimitFloorMs(pages: number, pageMs: number, perSecond = 20): number {
	return pageMs + Math.ceil((pages - 1) / perSecond) * 1000;
}

/** The floor as a row beside the competitors, so a table shows what no client keeping the limit can beat. */
export function floorRow(benchmark: string, pages: number, floorMs: number, note: string): Row {
	return {
		benchmark,
		competitor: 'Rate-limit floor: the first page, then 20 pages a second (computed)',
		median: seconds(floorMs),
		requests: pages,
		peakMemory: '–',
		note,
	};
}
