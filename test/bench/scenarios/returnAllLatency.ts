import { runNode } from '../../harness/runNode';
import { locator } from '../../harness/fixtures';
import type { EmulatorProcess } from '../emulatorProcess';
import { floorRow, mb, measure, median, rateLimitFloorMs, seconds } from '../measure';
import type { BenchOptions, BenchResult, Goal, Row } from '../types';
import { httpRequestNodeCompetitor } from './httpRequestNode';
import { rawLoop } from './returnAll';

/**
 * The latency the emulator adds here, an assumption (BENCHMARKS.md, "Latency model"): a round trip
 * to CallHub's API from a cloud host, and the time its server takes per record of a page.
 */
export const LATENCY = { latency: '80ms', perRecord: '0.3ms' };
const ROUND_TRIP_MS = 80;
const PER_RECORD_MS = 0.3;

interface Sample {
	ms: number;
	heap: number;
	requests: number;
	refused: number;
	bytes: number;
	items: number;
}

async function sample(emulator: EmulatorProcess, run: () => Promise<number>): Promise<Sample> {
	// The competitor before must leave CallHub's 1-second window first: a user runs one client at a time.
	await new Promise((resolve) => setTimeout(resolve, 1100));
	await emulator.clearLog();
	const measured = await measure(run);
	const stats = await emulator.stats();
	return { ms: measured.ms, heap: measured.peakHeapGrowth, requests: stats.requests, refused: stats.statuses['429'] ?? 0, bytes: stats.bytesSent, items: measured.result as number };
}

function row(benchmark: string, competitor: string, entry: Sample): Row {
	return {
		benchmark,
		competitor,
		median: seconds(entry.ms),
		requests: entry.refused ? `${entry.requests} (${entry.refused} refused)` : entry.requests,
		peakMemory: mb(entry.heap),
		note: `${Math.round(entry.items / (entry.ms / 1000)).toLocaleString('en-US')} records/s; ${entry.items.toLocaleString('en-US')} items`,
	};
}

async function runCallHub(emulator: EmulatorProcess, parameters: Record<string, unknown>): Promise<number> {
	const result = await runNode({ credentials: emulator.credentials, parameters: { simplify: false, returnAll: true, ...parameters } });
	if (result.error) throw new Error(result.error.message);
	return result.items.length;
}

/**
 * Return All against an emulator that answers as slowly as CallHub over the internet, with CallHub's
 * rate limits on: the CallHub node (pages read together within the rate budget), n8n's HTTP Request
 * node paginated as its docs suggest, and a sequential keep-alive loop; then the other lists that
 * share the pagination (Phone Book → Get Contacts, DNC Contact → Get Many) and a search (1 a second).
 */
export async function returnAllLatency(emulator: EmulatorProcess, options: BenchOptions): Promise<BenchResult> {
	const size = options.quick ? 5_000 : 50_000;
	const rounds = options.quick ? 1 : 2;
	const name = `Return All, ${size.toLocaleString('en-US')} contacts, with latency`;
	await emulator.reset({ general: '20/s', search: '1/s', bulk: '1/min' });
	const seeded = await emulator.control<{ phoneBookId: string }>('POST', 'seed/contacts', { count: size, phoneBook: 'Bench book' });
	await emulator.control('POST', 'seed/dnc', { count: size });
	await emulator.control('POST', 'latency', LATENCY);
	options.log(`${name}: seeded; ${rounds} rounds; latency ${LATENCY.latency} + ${LATENCY.perRecord} a record`);

	const competitors: Array<{ name: string; run: () => Promise<number> }> = [
		{ name: 'CallHub node (Get Many, Return All)', run: async () => await runCallHub(emulator, { resource: 'contact', operation: 'getAll' }) },
		{ name: 'Raw sequential keep-alive loop', run: async () => await rawLoop(emulator) },
	];
	const httpNode = await httpRequestNodeCompetitor(emulator, options);
	if (httpNode) competitors.push(httpNode);

	const rows: Row[] = [];
	const goals: Goal[] = [];
	const summary = new Map<string, Sample>();
	try {
		const samples = new Map<string, Sample[]>();
		for (let round = 0; round < rounds; round++) {
			for (const competitor of round % 2 === 0 ? competitors : [...competitors].reverse()) {
				const measured = await sample(emulator, competitor.run);
				samples.set(competitor.name, [...(samples.get(competitor.name) ?? []), measured]);
				options.log(`  round ${round + 1} ${competitor.name}: ${seconds(measured.ms)}, ${measured.requests} requests (${measured.refused} refused), ${measured.items} items`);
			}
		}
		for (const competitor of competitors) {
			const list = samples.get(competitor.name) ?? [];
			const entry: Sample = {
				ms: median(list.map((one) => one.ms)),
				heap: Math.max(...list.map((one) => one.heap)),
				requests: Math.max(...list.map((one) => one.requests)),
				refused: Math.max(...list.map((one) => one.refused)),
				bytes: list[0].bytes,
				items: Math.min(...list.map((one) => one.items)),
			};
			summary.set(competitor.name, entry);
			rows.push(row(name, competitor.name, entry));
		}

		const pages = Math.ceil(size / 1000);
		const ours = summary.get(competitors[0].name) as Sample;
		const raw = summary.get(competitors[1].name) as Sample;
		// The floor CallHub's rate limit sets: the first page's time, then the other pages at 20 a second.
		const pageMs = ROUND_TRIP_MS + PER_RECORD_MS * 1000;
		const floorMs = rateLimitFloorMs(pages, pageMs);
		rows.push(floorRow(name, pages, floorMs, `a page takes ${pageMs} ms under the latency model; no client that keeps to CallHub's 20 requests a second can be faster`));
		goals.push({ benchmark: name, goal: `≤ 1.3× the rate limit's floor (${seconds(floorMs)}: first page + ceil(${pages - 1} / 20) s)`, measured: `${(ours.ms / floorMs).toFixed(2)}× (${seconds(ours.ms)})`, met: ours.ms <= 1.3 * floorMs });
		goals.push({ benchmark: name, goal: `exactly ${pages} requests, no 429`, measured: `${ours.requests} requests, ${ours.refused} refused`, met: ours.requests === pages && ours.refused === 0 });
		goals.push({
			benchmark: name,
			goal: 'peak memory growth ≤ 3× the data size (pages that arrive early wait in order)',
			measured: `${mb(ours.heap)} for ${mb(ours.bytes)} of JSON (${(ours.heap / ours.bytes).toFixed(2)}×; the raw loop ${(raw.heap / ours.bytes).toFixed(2)}×)`,
			met: ours.heap <= 3 * ours.bytes,
		});
		goals.push({ benchmark: name, goal: 'faster than the raw sequential loop', measured: `${(raw.ms / ours.ms).toFixed(2)}× its throughput`, met: raw.ms > ours.ms });
		if (httpNode) {
			const other = summary.get(httpNode.name) as Sample;
			goals.push({ benchmark: name, goal: "≥ 5× the HTTP Request node's throughput", measured: `${(other.ms / ours.ms).toFixed(2)}×`, met: other.ms / ours.ms >= 5 });
		}

		// The lists that share the pagination, and a search (CallHub allows 1 a second).
		const searchTerm = 'Person 1';
		const matching = [...Array(size).keys()].filter((index) => String(index).startsWith('1')).length;
		const others: Array<{ benchmark: string; parameters: Record<string, unknown>; expected: number; search?: boolean }> = [
			{ benchmark: `Phone Book → Get Contacts, ${size.toLocaleString('en-US')}, with latency`, parameters: { resource: 'phoneBook', operation: 'getContacts', phoneBook: locator(seeded.phoneBookId) }, expected: size },
			{ benchmark: `DNC Contact → Get Many, ${size.toLocaleString('en-US')}, with latency`, parameters: { resource: 'dncContact', operation: 'getAll' }, expected: size },
			{ benchmark: `Return All with a search (${matching.toLocaleString('en-US')} matches), with latency`, parameters: { resource: 'contact', operation: 'getAll', filters: { search: searchTerm } }, expected: matching, search: true },
		];
		for (const other of others) {
			const measured = await sample(emulator, async () => await runCallHub(emulator, other.parameters));
			options.log(`  ${other.benchmark}: ${seconds(measured.ms)}, ${measured.requests} requests (${measured.refused} refused), ${measured.items} items`);
			rows.push(row(other.benchmark, 'CallHub node', measured));
			const otherPages = Math.ceil(other.expected / 1000);
			const otherFloor = rateLimitFloorMs(otherPages, pageMs, other.search ? 1 : 20);
			goals.push({
				benchmark: other.benchmark,
				goal: other.search
					? `all ${other.expected.toLocaleString('en-US')} records in ${otherPages} searches, none refused, ≤ 1.3× the floor of 1 search a second (${seconds(otherFloor)})`
					: `all records in ${otherPages} requests, none refused, ≤ 1.3× the rate limit's floor (${seconds(otherFloor)})`,
				measured: `${measured.items.toLocaleString('en-US')} records, ${measured.requests} requests, ${measured.refused} refused, ${seconds(measured.ms)}`,
				met: measured.items === other.expected && measured.requests === otherPages && measured.refused === 0 && measured.ms <= 1.3 * otherFloor,
			});
		}
	} finally {
		await emulator.control('POST', 'latency', { latency: 'off' });
	}
	return { rows, goals };
}
