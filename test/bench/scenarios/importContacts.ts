import { convertToFileCsv } from '../../harness/files';
import { runNode } from '../../harness/runNode';
import type { EmulatorProcess } from '../emulatorProcess';
import { mb, measure, seconds } from '../measure';
import type { BenchOptions, BenchResult } from '../types';

const locator = (value: string) => ({ __rl: true, mode: 'id', value });

/** 10,000 contacts in: one Bulk Import of a CSV versus one Create per item, under CallHub's 20 requests a second. */
export async function importContacts(emulator: EmulatorProcess, options: BenchOptions): Promise<BenchResult> {
	const size = options.quick ? 300 : 10_000;
	const name = `Import ${size.toLocaleString('en-US')} contacts at 20 requests/s`;
	const people = Array.from({ length: size }, (_, index) => ({
		'phone number': `1303${String(index).padStart(7, '0')}`,
		first_name: `Person ${index}`,
		email: `person${index}@example.org`,
	}));

	await emulator.reset({ general: '20/s', bulk: '1/min' });
	const { phoneBookId } = await emulator.control<{ phoneBookId: string }>('POST', 'seed/contacts', { count: 0, phoneBook: 'Import' });
	await emulator.clearLog();
	options.log(`${name}: Bulk Import`);
	const bulk = await measure(async () => {
		const result = await runNode({
			credentials: emulator.credentials,
			parameters: { resource: 'contact', operation: 'bulkImport', phoneBook: locator(phoneBookId) },
			items: [convertToFileCsv(people)],
		});
		if (result.error) throw new Error(result.error.message);
	});
	const bulkStats = await emulator.stats();

	await emulator.reset({ general: '20/s', bulk: '1/min' });
	options.log(`${name}: one Create per item (takes ${Math.round(size / 20)} s or more at 20 requests/s)`);
	let failed = 0;
	const perItem = await measure(async () => {
		const result = await runNode({
			credentials: emulator.credentials,
			parameters: {
				resource: 'contact',
				operation: 'create',
				contact: '={{ $json["phone number"] }}',
				additionalFields: { first_name: '={{ $json.first_name }}', email: '={{ $json.email }}' },
				simplify: false,
			},
			input: people,
			onError: 'continueRegularOutput',
		});
		failed = result.items.filter((item) => item.json.error).length;
	});
	const perItemStats = await emulator.stats();
	const ratio = perItem.ms / bulk.ms;
	return {
		rows: [
			{ benchmark: name, competitor: 'CallHub node: Bulk Import (one CSV)', median: seconds(bulk.ms), requests: bulkStats.requests, peakMemory: mb(bulk.peakHeapGrowth), note: `${bulkStats.contacts} contacts in CallHub after` },
			{
				benchmark: name,
				competitor: 'CallHub node: Create, one item per contact',
				median: seconds(perItem.ms),
				requests: perItemStats.requests,
				peakMemory: mb(perItem.peakHeapGrowth),
				note: `${perItemStats.contacts} contacts created, ${failed} failed items, ${perItemStats.statuses['429'] ?? 0} answers 429`,
			},
		],
		goals: [{ benchmark: name, goal: '≥ 100× faster than one Create per item', measured: `${ratio.toFixed(0)}×`, met: ratio >= 100 }],
	};
}
