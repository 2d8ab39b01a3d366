import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { readCsvRecords } from '../../../nodes/CallHub/shared/csvRows';
import { toCsv } from '../../emulator/resources/reports';
import { mb, measure, median } from '../measure';
import type { BenchOptions, BenchResult, Goal, Row } from '../types';

/** A call-center export as CallHub's would look: 19-digit ids, quoted notes with commas, quotes and line breaks, non-ASCII names. */
function exportCsv(rows: number): string {
	const names = ['Ada', 'José', 'Zoë', '山田', 'Grace', 'Amélie', 'Øyvind', 'Nguyễn'];
	const dispositions = ['Supporter', 'Undecided', 'Not home', 'Wrong number', 'Refused'];
	const records = Array.from({ length: rows }, (_, index) => ({
		contact_id: String(3966566468442653936n + BigInt(index)),
		first_name: names[index % names.length],
		last_name: `Person ${index}`,
		phone_number: `1415${String(5550000 + index).padStart(7, '0')}`,
		disposition: dispositions[index % dispositions.length],
		agent: index % 2 ? 'ada_volunteer' : 'grace_caller',
		call_date: `2026-12-0${1 + (index % 3)} ${String(9 + (index % 8)).padStart(2, '0')}:15:00`,
		duration_seconds: 30 + (index % 600),
		survey_answer: index % 3 ? 'No' : 'Yes',
		notes: index % 10 === 0 ? 'Said "call back", after 6pm\nor Saturday' : '',
	}));
	return toCsv(records);
}

/** What the node does with Output: Items (resources/report/exportOutput.ts): one item per record. */
async function nodeRows(file: string): Promise<INodeExecutionData[]> {
	const items: INodeExecutionData[] = [];
	await readCsvRecords(createReadStream(file), { onRecord: (json) => items.push({ json }) });
	return items;
}

/**
 * The plain streaming loop to compare with: split each chunk into lines and each line at commas into
 * an object keyed by the header (no quotes, no number types, so it reads quoted cells wrongly).
 */
async function plainLoop(file: string): Promise<INodeExecutionData[]> {
	const items: INodeExecutionData[] = [];
	let headers: string[] | undefined;
	let rest = '';
	for await (const chunk of createReadStream(file, { encoding: 'utf8' })) {
		const lines = (rest + (chunk as string)).split('\n');
		rest = lines.pop() ?? '';
		for (const line of lines) {
			const cells = line.replace(/\r$/, '').split(',');
			if (!headers) {
				headers = cells;
				continue;
			}
			const json: IDataObject = {};
			for (let index = 0; index < headers.length; index++) json[headers[index]] = cells[index];
			items.push({ json });
		}
	}
	return items;
}

export async function exportRows(_emulator: unknown, options: BenchOptions): Promise<BenchResult> {
	const count = options.quick ? 5_000 : 100_000;
	const folder = mkdtempSync(join(tmpdir(), 'callhub-export-bench-'));
	const file = join(folder, 'export.csv');
	writeFileSync(file, exportCsv(count));
	const size = statSync(file).size;
	options.log(`Export: ${count.toLocaleString('en-US')}-row CSV (${mb(size)}) into items`);
	try {
		const runs: Record<'node' | 'plain', Array<{ ms: number; heap: number; rows: number }>> = { node: [], plain: [] };
		for (let round = 0; round < 3; round++) {
			for (const [name, read] of [['node', nodeRows], ['plain', plainLoop]] as const) {
				const run = await measure(async () => (await read(file)).length);
				runs[name].push({ ms: run.ms, heap: run.peakHeapGrowth, rows: run.result as number });
			}
		}
		// What the items keep once garbage is collected (the file's rows as n8n holds them).
		const inUse = () => {
			(globalThis as { gc?: () => void }).gc?.();
			const usage = process.memoryUsage();
			return usage.heapUsed + usage.external;
		};
		const base = inUse();
		const kept = await nodeRows(file);
		const retained = inUse() - base;
		if (kept.length !== count) throw new Error(`the node read ${kept.length} rows, not ${count}`);
		// The same reading with the records dropped at once: the parse's own garbage, without items.
		const parseOnly = await measure(async () => await readCsvRecords(createReadStream(file), { onRecord: () => {} }));
		const rate = (name: 'node' | 'plain') => count / (median(runs[name].map((run) => run.ms)) / 1000);
		const heap = (name: 'node' | 'plain') => median(runs[name].map((run) => run.heap));
		if (runs.node.some((run) => run.rows !== count)) throw new Error(`the node read ${runs.node[0].rows} rows, not ${count}`);
		const benchmark = `Export (${count.toLocaleString('en-US')} rows)`;
		const rows: Row[] = [
			{ benchmark, competitor: 'CallHub node: CSV stream → items', median: `${Math.round(rate('node')).toLocaleString('en-US')} rows/s`, requests: '–', peakMemory: mb(heap('node')), note: `file ${mb(size)}; quotes, line breaks and numbers read right` },
			{ benchmark, competitor: 'CallHub node: items kept after a full GC', median: '–', requests: '–', peakMemory: mb(retained), note: `${(retained / size).toFixed(2)}× the file: what the items themselves hold` },
			{ benchmark, competitor: 'CallHub node: parse only (records dropped)', median: '–', requests: '–', peakMemory: mb(parseOnly.peakHeapGrowth), note: `${(parseOnly.peakHeapGrowth / size).toFixed(2)}× the file: the reader's own garbage` },
			{ benchmark, competitor: 'plain streaming split loop', median: `${Math.round(rate('plain')).toLocaleString('en-US')} rows/s`, requests: '–', peakMemory: mb(heap('plain')), note: 'no quotes, no types: misreads quoted cells' },
		];
		const ratio = rate('node') / rate('plain');
		const growth = heap('node') / size;
		const goals: Goal[] = [
			{ benchmark, goal: 'peak memory growth ≤ 3× the file size', measured: `${growth.toFixed(2)}× (${mb(heap('node'))} for ${mb(size)})`, met: growth <= 3 },
			{ benchmark, goal: 'rows/s ≥ 0.8× a plain streaming CSV loop', measured: `${ratio.toFixed(2)}×`, met: ratio >= 0.8 },
		];
		return { rows, goals };
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}
