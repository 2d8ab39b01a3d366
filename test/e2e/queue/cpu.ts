/*
 * CPU time of a process tree (Linux /proc), so the figures say what one event costs whatever else
 * the machine was busy with: on a shared machine the wall-clock rate says more about the neighbours.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;

function ticks(): number {
	if (ticksPerSecond === undefined) {
		try {
			ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
		} catch {
			ticksPerSecond = 100;
		}
	}
	return ticksPerSecond;
}

interface ProcessTimes {
	ppid: number;
	/** utime + stime + the times of its children that have ended, in clock ticks. */
	used: number;
}

function processes(): Map<number, ProcessTimes> {
	const found = new Map<number, ProcessTimes>();
	if (!existsSync('/proc')) return found;
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			// Fields after the command name, which may itself hold spaces and parentheses.
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			const [utime, stime, cutime, cstime] = [11, 12, 13, 14].map((index) => Number(fields[index]));
			found.set(Number(entry), { ppid: Number(fields[1]), used: utime + stime + cutime + cstime });
		} catch {
			// The process ended while being read.
		}
	}
	return found;
}

/** CPU seconds used so far by each root process and its living descendants (0 when unknown). */
export function cpuSeconds(roots: Array<number | undefined>): number[] {
	const all = processes();
	const children = new Map<number, number[]>();
	for (const [pid, { ppid }] of all) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
	const tree = (pid: number): number => (all.get(pid)?.used ?? 0) + (children.get(pid) ?? []).reduce((sum, child) => sum + tree(child), 0);
	return roots.map((root) => (root === undefined ? 0 : tree(root) / ticks()));
}
