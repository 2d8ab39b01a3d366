import { runNode } from '../../harness/runNode';
import type { EmulatorProcess } from '../emulatorProcess';
import { mb, measure, seconds } from '../measure';
import type { BenchOptions, BenchResult, Row } from '../types';

/**
 * Create or Update of 1,000 contacts (half of them already in CallHub) in an account of 20,000, with
 * contact search limited to 1 a second as on CallHub. Matching on the phone number needs no search.
 */
export async function upsert(emulator: EmulatorProcess, options: BenchOptions): Promise<BenchResult> {
	const existing = options.quick ? 2_000 : 20_000;
	const size = options.quick ? 100 : 1_000;
	const name = `Create or Update ${size.toLocaleString('en-US')} contacts, ${existing.toLocaleString('en-US')} existing`;
	const input = Array.from({ length: size }, (_, index) => ({
		// Every other contact exists (the seed numbers them 1202 + 7 digits).
		phone: index % 2 === 0 ? `1202${String(index).padStart(7, '0')}` : `1404${String(index).padStart(7, '0')}`,
		first_name: `Updated ${index}`,
	}));
	const rows: Row[] = [];
	let limitedMs = 0;
	for (const general of ['off', '20/s']) {
		await emulator.reset({ search: '1/s', general });
		await emulator.control('POST', 'seed/contacts', { count: existing });
		await emulator.clearLog();
		options.log(`${name}: search 1/s, general limit ${general}`);
		let failed = 0;
		const measured = await measure(async () => {
			const result = await runNode({
				credentials: emulator.credentials,
				parameters: {
					resource: 'contact',
					operation: 'upsert',
					matchOn: 'contact',
					contact: '={{ $json.phone }}',
					additionalFields: { first_name: '={{ $json.first_name }}' },
					simplify: false,
				},
				input,
				onError: 'continueRegularOutput',
			});
			failed = result.items.filter((item) => item.json.error).length;
		});
		const stats = await emulator.stats();
		if (general === 'off') limitedMs = measured.ms;
		rows.push({
			benchmark: name,
			competitor: `CallHub node: Create or Update on Phone Number (search 1/s, general ${general})`,
			median: seconds(measured.ms),
			requests: stats.requests,
			peakMemory: mb(measured.peakHeapGrowth),
			note: `${failed} failed items; searches: ${stats.byRoute['GET /v1/contacts/'] ?? 0}; ${stats.contacts} contacts after`,
		});
	}
	rows.push({
		benchmark: name,
		competitor: 'A search per item first (what the node avoids)',
		median: `≥ ${size.toLocaleString('en-US')} s`,
		requests: `≥ ${size * 2}`,
		peakMemory: '–',
		note: 'bound by CallHub\'s 1 search a second',
	});
	return {
		rows,
		goals: [{ benchmark: name, goal: '≤ 60 s with contact search limited to 1/s', measured: seconds(limitedMs), met: limitedMs <= 60_000 }],
	};
}
