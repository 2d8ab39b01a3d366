import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runNode } from '../../harness/runNode';
import type { EmulatorProcess } from '../emulatorProcess';
import { mb, measure, seconds } from '../measure';
import type { BenchOptions, BenchResult, Row } from '../types';

/** The seed's contacts (control.ts): phone 1202 + 7 digits, email person<index>@example.org, no tags. */
const seededPhone = (index: number) => `1202${String(index).padStart(7, '0')}`;
const newPhone = (index: number) => `1404${String(index).padStart(7, '0')}`;
const PAGE = 1_000;
const GENERAL_RATE = 20;

interface UpsertRun {
	ms: number;
	peakHeapGrowth: number;
	failed: number;
	requests: number;
	byRoute: Record<string, number>;
	statuses: Record<string, number>;
	searches: number;
	contacts: number;
	/** Contacts of the input whose first name in CallHub is the one the run sent. */
	applied: number;
	/** From the first request to the first write (the index read), and when CallHub answered 429, in ms from the first write. */
	beforeWritesMs: number;
	refusalsAt: number[];
}

/** One node run of Create or Update against a fresh account of `existing` seeded contacts. */
async function runUpsert(
	emulator: EmulatorProcess,
	setup: { existing: number; general: string; parameters: INodeParameters; input: IDataObject[] },
): Promise<UpsertRun> {
	await emulator.reset({ search: '1/s', general: setup.general });
	await emulator.control('POST', 'seed/contacts', { count: setup.existing });
	await emulator.clearLog();
	let failed = 0;
	const measured = await measure(async () => {
		const result = await runNode({
			credentials: emulator.credentials,
			parameters: { resource: 'contact', operation: 'upsert', simplify: false, ...setup.parameters },
			input: setup.input,
			onError: 'continueRegularOutput',
		});
		failed = result.items.filter((item) => item.json.error).length;
	});
	const stats = await emulator.stats();
	const log = await emulator.control<Array<{ method: string; path: string; query: Record<string, string>; time: number; status: number }>>('GET', 'log');
	const firstWrite = log.find((entry) => entry.method !== 'GET')?.time ?? log[0]?.time ?? 0;
	const beforeWritesMs = firstWrite - (log[0]?.time ?? firstWrite);
	const refusalsAt = log.filter((entry) => entry.status === 429).map((entry) => entry.time - firstWrite);
	const searches = log.filter((entry) => entry.method === 'GET' && entry.path === '/v1/contacts/' && 'search' in entry.query).length;
	// Checked in CallHub's state, not in the node's output: every input item's contact has its new name.
	const names = new Map<string, string>();
	for (const item of setup.input) names.set(String(item.phone), String(item.first_name));
	const applied = await appliedNames(emulator, names);
	return { ms: measured.ms, peakHeapGrowth: measured.peakHeapGrowth, failed, ...stats, searches, applied, beforeWritesMs, refusalsAt };
}

/** How many of these phone numbers hold a contact with the expected first name (read with rates off). */
async function appliedNames(emulator: EmulatorProcess, names: Map<string, string>): Promise<number> {
	await emulator.control('POST', 'rates', { general: 'off', search: 'off', bulk: 'off' });
	let applied = 0;
	let url: string | null = `${emulator.url}/v1/contacts/?page_size=${PAGE}`;
	while (url) {
		const response = await fetch(url, { headers: { Authorization: `Token ${emulator.apiKey}` } });
		const page = (await response.json()) as { next: string | null; results: Array<{ contact: string; first_name: string }> };
		for (const contact of page.results) if (names.get(contact.contact) === contact.first_name) applied++;
		url = page.next;
	}
	return applied;
}

/** The bound on searching item by item: a search and a write per item, at 1 search a second. */
function searchPerItem(benchmark: string, size: number, competitor: string): Row {
	const median = `≥ ${size.toLocaleString('en-US')} s`;
	return { benchmark, competitor, median, requests: `≥ ${size * 2}`, peakMemory: '–', note: "bound by CallHub's 1 search a second" };
}

/**
 * Create or Update of 1,000 contacts (half of them already in CallHub) in an account of 20,000, with
 * contact search limited to 1 a second as on CallHub. Matching on the phone number needs no search.
 */
export async function upsert(emulator: EmulatorProcess, options: BenchOptions): Promise<BenchResult> {
	const existing = options.quick ? 2_000 : 20_000;
	const size = options.quick ? 100 : 1_000;
	const name = `Create or Update ${size.toLocaleString('en-US')} contacts, ${existing.toLocaleString('en-US')} existing`;
	// Every other contact exists.
	const input = Array.from({ length: size }, (_, index) => ({
		phone: index % 2 === 0 ? seededPhone(index) : newPhone(index),
		first_name: `Updated ${index}`,
	}));
	const rows: Row[] = [];
	let limitedMs = 0;
	for (const general of ['off', '20/s']) {
		options.log(`${name}: search 1/s, general limit ${general}`);
		const run = await runUpsert(emulator, {
			existing,
			general,
			input,
			parameters: { matchOn: 'contact', contact: '={{ $json.phone }}', additionalFields: { first_name: '={{ $json.first_name }}' } },
		});
		if (general === 'off') limitedMs = run.ms;
		rows.push({
			benchmark: name,
			competitor: `CallHub node: Create or Update on Phone Number (search 1/s, general ${general})`,
			median: seconds(run.ms),
			requests: run.requests,
			peakMemory: mb(run.peakHeapGrowth),
			note: `${run.failed} failed items; searches: ${run.searches}; ${run.contacts} contacts after`,
		});
	}
	rows.push(searchPerItem(name, size, 'A search per item first (what the node avoids)'));
	return {
		rows,
		goals: [{ benchmark: name, goal: '≤ 60 s with contact search limited to 1/s', measured: seconds(limitedMs), met: limitedMs <= 60_000 }],
	};
}

/**
 * Create or Update of 1,000 contacts matched on Email in an account of 20,000, at CallHub's limits
 * (20 requests a second, search 1 a second). Half the emails are seeded contacts' (updated), half
 * new (created with a new phone number); no contact has tags, so an update is one PUT. The fewest
 * requests that can do it: the account's pages of 1,000 once, then one PUT or POST per item; at
 * 20 a second that is the floor. Searching item by item instead is bound by the 1 search a second.
 */
export async function upsertByEmail(emulator: EmulatorProcess, options: BenchOptions): Promise<BenchResult> {
	const existing = options.quick ? 2_000 : 20_000;
	const size = options.quick ? 100 : 1_000;
	const name = `Create or Update ${size.toLocaleString('en-US')} contacts matched on Email, ${existing.toLocaleString('en-US')} existing`;
	const input = Array.from({ length: size }, (_, index) => {
		const seeded = index % 2 === 0;
		return {
			email: seeded ? `person${index}@example.org` : `new${index}@example.org`,
			phone: seeded ? seededPhone(index) : newPhone(index),
			first_name: `Updated ${index}`,
		};
	});
	const fewest = Math.ceil(existing / PAGE) + size;
	const floorMs = (fewest / GENERAL_RATE) * 1000;
	options.log(`${name}: search 1/s, general limit ${GENERAL_RATE}/s`);
	const run = await runUpsert(emulator, {
		existing,
		general: `${GENERAL_RATE}/s`,
		input,
		parameters: {
			matchOn: 'email',
			email: '={{ $json.email }}',
			contact: '={{ $json.phone }}',
			additionalFields: { first_name: '={{ $json.first_name }}' },
		},
	});
	const ratio = run.ms / floorMs;
	const competitor = `CallHub node: Create or Update on Email (search 1/s, general ${GENERAL_RATE}/s)`;
	return {
		rows: [
			{
				benchmark: name,
				competitor,
				median: seconds(run.ms),
				requests: run.requests,
				peakMemory: mb(run.peakHeapGrowth),
				note:
					`${run.failed} failed items; ${run.applied} of ${size} contacts hold the new name in CallHub; ` +
					`page reads and searches: ${run.byRoute['GET /v1/contacts/'] ?? 0} (searches ${run.searches}); ` +
					`PUT ${run.byRoute['PUT /v1/contacts/{id}/'] ?? 0}, POST ${run.byRoute['POST /v1/contacts/'] ?? 0} ` +
					`(${run.statuses['429'] ?? 0} of all answers 429, each retried); ` +
					`${run.contacts} contacts after; ${(run.requests / (run.ms / 1000)).toFixed(1)} requests/s; ` +
					`index read in ${seconds(run.beforeWritesMs)} before the first write` +
					(run.refusalsAt.length ? `; 429s at ${run.refusalsAt.map((ms) => (ms / 1000).toFixed(1)).join(', ')} s after it` : ''),
			},
			searchPerItem(name, size, 'A search per item first (what the node did before)'),
		],
		goals: [
			{
				benchmark: name,
				goal: `≤ 1.2× the floor of ${GENERAL_RATE} requests/s (${fewest.toLocaleString('en-US')} requests: ${seconds(floorMs)})`,
				measured: `${seconds(run.ms)} (${ratio.toFixed(2)}×), ${run.requests} requests`,
				met: ratio <= 1.2 && run.failed === 0 && run.applied === size,
			},
		],
	};
}
