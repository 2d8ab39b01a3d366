/*
 * npm run bench [-- --quick] [-- --only returnAll,burst]
 * Runs every competitor in this process, through n8n-core, against the emulator in a process of its
 * own; prints the tables and (full runs) writes them into BENCHMARKS.md between its markers.
 */
import { join } from 'node:path';

import { markers, writeMarkedSection } from '../../scripts/markedSection';
import { EmulatorProcess } from './emulatorProcess';
import { seconds } from './measure';
import { machine, renderTables } from './report';
import { burst } from './scenarios/burst';
import { exportRows } from './scenarios/exportRows';
import { importContacts } from './scenarios/importContacts';
import { packageSize } from './scenarios/packageSize';
import { returnAll } from './scenarios/returnAll';
import { returnAllLatency } from './scenarios/returnAllLatency';
import { upsert, upsertByEmail } from './scenarios/upsert';
import type { BenchOptions, BenchResult } from './types';

const SCENARIOS = { returnAll, returnAllLatency, importContacts, upsert, upsertByEmail, burst, exportRows, packageSize };

async function main(): Promise<void> {
	const quick = process.argv.includes('--quick');
	const onlyIndex = process.argv.indexOf('--only');
	const only = onlyIndex === -1 ? undefined : (process.argv[onlyIndex + 1] ?? '').split(',');
	const options: BenchOptions = { quick, log: (line) => process.stdout.write(`${line}\n`) };
	const started = Date.now();
	const emulator = await new EmulatorProcess().start();
	const results: BenchResult[] = [];
	try {
		for (const [name, scenario] of Object.entries(SCENARIOS)) {
			if (only && !only.includes(name)) continue;
			results.push(await scenario(emulator, options));
		}
	} finally {
		await emulator.stop();
	}
	const { measurements, goals } = renderTables(results);
	const missed = results.flatMap((result) => result.goals).filter((goal) => !goal.met);
	const command = `npm run bench${quick ? ' -- --quick' : ''}`;
	const header = `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine()} with \`${command}\` (${seconds(Date.now() - started)} in all).`;
	process.stdout.write(`\n${header}\n\n${measurements}\n\n${goals}\n`);
	if (!quick && !only) {
		const tables = `${header}\n\n### Measurements\n\n${measurements}\n\n### Goals\n\n${goals}`;
		writeMarkedSection(join(__dirname, '..', '..', 'BENCHMARKS.md'), markers('results'), tables);
		process.stdout.write(`\nWrote the tables into BENCHMARKS.md\n`);
	}
	const met = results.flatMap((result) => result.goals).length - missed.length;
	// Quick runs guard against rot in CI: every competitor must run (an error fails the run); the goals
	// are set for the full sizes, so at quick sizes they are shown but not judged.
	process.stdout.write(
		quick || only
			? `\nbench (quick sizes, goals informational): every competitor ran; ${met} goals met, ${missed.length} not at these sizes\n`
			: `\nbenchmark goals: ${met} passed, ${missed.length} failed\n`,
	);
}

main().catch((error: Error) => {
	process.stderr.write(`${error.stack ?? error.message}\n`);
	process.exitCode = 1;
});
