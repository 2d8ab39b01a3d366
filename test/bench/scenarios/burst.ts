import { runNode } from '../../harness/runNode';
import type { EmulatorProcess } from '../emulatorProcess';
import { mb, measure, seconds } from '../measure';
import type { BenchOptions, BenchResult } from '../types';

/**
 * 500 items sent at three times CallHub's 20 requests a second (n8n's Batching: 60 items a second):
 * nothing may fail, and the run should take little more than the 25 s the limit itself imposes.
 */
export async function burst(emulator: EmulatorProcess, options: BenchOptions): Promise<BenchResult> {
	const size = options.quick ? 60 : 500;
	const rate = 20;
	const name = `Throttled burst: ${size} items at 3× the limit of ${rate}/s`;
	const minimumMs = (size / rate) * 1000;
	await emulator.reset({ general: `${rate}/s` });
	options.log(`${name} (at least ${seconds(minimumMs)})`);
	let failed = 0;
	let firstRequestAfter = 0;
	const input = Array.from({ length: size }, (_, index) => ({ phone: `1505${String(index).padStart(7, '0')}` }));
	const started = Date.now();
	const measured = await measure(async () => {
		const result = await runNode({
			credentials: emulator.credentials,
			parameters: {
				resource: 'contact',
				operation: 'create',
				contact: '={{ $json.phone }}',
				simplify: false,
				requestOptions: { batching: { batch: { batchSize: rate * 3, batchInterval: 1000 } } },
			},
			input,
			onError: 'continueRegularOutput',
		});
		failed = result.items.filter((item) => item.json.error).length;
	});
	const log = await emulator.control<Array<{ time: number; path: string }>>('GET', 'log');
	firstRequestAfter = (log.find((entry) => entry.path === '/v1/contacts/')?.time ?? started) - started;
	const stats = await emulator.stats();
	const ratio = measured.ms / minimumMs;
	return {
		rows: [
			{
				benchmark: name,
				competitor: 'CallHub node: Create, Batching 60 items/s',
				median: seconds(measured.ms),
				requests: stats.requests,
				peakMemory: mb(measured.peakHeapGrowth),
				note: `${failed} failed items; ${stats.statuses['429'] ?? 0} answers 429; first request after ${seconds(firstRequestAfter)}`,
			},
		],
		goals: [
			{ benchmark: name, goal: '0 failed items', measured: String(failed), met: failed === 0 },
			{
				benchmark: name,
				goal: `total time ≤ 1.2× the minimum the limit sets (${seconds(minimumMs)})`,
				measured: `${seconds(measured.ms)} (${ratio.toFixed(2)}×)`,
				met: ratio <= 1.2,
			},
		],
	};
}
