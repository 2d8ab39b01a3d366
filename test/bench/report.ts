import { cpus, totalmem, type } from 'node:os';

import type { BenchResult } from './types';

export function machine(): string {
	const cpu = cpus();
	return `${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, ${type()}, Node.js ${process.version}`;
}

function table(header: string[], rows: string[][]): string {
	const escape = (cell: string) => cell.replace(/\|/g, '\\|');
	return [
		`| ${header.join(' | ')} |`,
		`| ${header.map(() => '---').join(' | ')} |`,
		...rows.map((row) => `| ${row.map(escape).join(' | ')} |`),
	].join('\n');
}

export function renderTables(results: BenchResult[]): { measurements: string; goals: string } {
	const rows = results.flatMap((result) => result.rows);
	const goals = results.flatMap((result) => result.goals);
	return {
		measurements: table(
			['Benchmark', 'Competitor', 'Median time', 'Requests', 'Peak memory growth (JS heap + buffers)', 'Notes'],
			rows.map((row) => [row.benchmark, row.competitor, row.median, String(row.requests), row.peakMemory, row.note ?? '']),
		),
		goals: table(
			['Benchmark', 'Goal', 'Measured', 'Met'],
			goals.map((goal) => [goal.benchmark, goal.goal, goal.measured, goal.met ? 'yes' : '**no**']),
		),
	};
}
