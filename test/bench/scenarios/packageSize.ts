import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { BenchOptions, BenchResult, Goal, Row } from '../types';

const root = join(__dirname, '..', '..', '..');

/** Milliseconds to require a file in a fresh Node.js process, after n8n-workflow (n8n has it loaded). */
function coldRequire(file: string): number {
	const script = `require('n8n-workflow'); const t = process.hrtime.bigint(); require(${JSON.stringify(file)}); console.log(Number(process.hrtime.bigint() - t) / 1e6);`;
	const runs = [0, 1, 2].map(() => Number(execFileSync(process.execPath, ['-e', script], { cwd: root }).toString().trim()));
	return runs.sort((a, b) => a - b)[1];
}

export async function packageSize(_emulator: unknown, options: BenchOptions): Promise<BenchResult> {
	options.log('Package: build, pack, cold require');
	execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'ignore' });
	const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--silent'], { cwd: root }).toString()) as Array<{ size: number; unpackedSize: number; entryCount: number }>;
	const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; n8n: { nodes: string[] } };
	const dependencies = Object.keys(manifest.dependencies ?? {}).length;
	const name = 'Package';
	const rows: Row[] = [
		{ benchmark: name, competitor: 'npm pack', median: `${(pack.size / 1024).toFixed(0)} KB packed`, requests: '–', peakMemory: '–', note: `${(pack.unpackedSize / 1024).toFixed(0)} KB unpacked, ${pack.entryCount} files, ${dependencies} runtime dependencies` },
	];
	const goals: Goal[] = [
		{ benchmark: name, goal: 'packed size ≤ 200 KB', measured: `${(pack.size / 1024).toFixed(0)} KB`, met: pack.size <= 200 * 1024 },
		{ benchmark: name, goal: 'zero runtime dependencies', measured: String(dependencies), met: dependencies === 0 },
	];
	for (const node of manifest.n8n.nodes) {
		const ms = coldRequire(join(root, node));
		const label = node.replace(/^dist\/nodes\/[^/]+\//, '');
		rows.push({ benchmark: name, competitor: `cold require ${label}`, median: `${ms.toFixed(1)} ms`, requests: '–', peakMemory: '–' });
		goals.push({ benchmark: name, goal: `cold require of ${label} ≤ 50 ms`, measured: `${ms.toFixed(1)} ms`, met: ms <= 50 });
	}
	return { rows, goals };
}
