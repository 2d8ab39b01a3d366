/*
 * The queue-mode scenario's figures: printed after each run and, with --write, recorded in
 * BENCHMARKS.md between the queue markers.
 */
import { join } from 'node:path';

import { markers, writeMarkedSection } from '../../../scripts/markedSection';
import { machine } from '../../bench/report';
import { repoRoot } from '../../n8n/package';

export interface KillFigures {
	worker: string;
	/** Events delivered to n8n when the worker was killed. */
	afterDelivered: number;
	/** Executions the killed worker had started and not finished (from its log). */
	held: number;
	/** Executions that ended failed (n8n's stalled-job error, or crashed). */
	failed: number;
	/** Of those, how many had created their contact in CallHub before the worker died. */
	reachedCallHub: number;
	/** Seconds from the kill until n8n had recorded the last of them. */
	recordedAfter: number;
	/** The error n8n recorded for them. */
	message: string;
}

export interface RunFigures {
	name: string;
	events: number;
	accepted: number;
	executions: number;
	byStatus: Record<string, number>;
	lost: number;
	duplicated: number;
	/** Distinct event numbers CallHub was asked to create a contact for, and extra requests for one. */
	callhubContacts: number;
	callhubDuplicates: number;
	/** Finished executions n8n's list still left out at the end (main still followed them). */
	unlisted: number;
	/** Executions finished by each worker (from the workers' logs). */
	byWorker: Record<string, number>;
	/** Seconds: the burst's deliveries, then until the last successful execution ended. */
	sendSeconds: number;
	doneSeconds: number;
	/** Milliseconds of CPU per accepted event, by process (absent for the run that kills a worker). */
	cpuMsPerEvent?: Record<string, number>;
	killed?: KillFigures;
}

const seconds = (value: number) => `${value.toFixed(1)} s`;

export function figuresTable(runs: RunFigures[]): string {
	const header = ['Run', 'Events', 'Accepted (HTTP 200)', 'Executions', 'By status', 'Lost', 'Duplicated', 'CallHub contacts', 'Burst sent in', 'All done in', 'Executions/s', 'By worker'];
	const rows = runs.map((run) => [
		run.name,
		String(run.events),
		String(run.accepted),
		String(run.executions),
		Object.entries(run.byStatus)
			.map(([status, count]) => `${status} ${count}`)
			.join(', '),
		String(run.lost),
		String(run.duplicated),
		`${run.callhubContacts}${run.callhubDuplicates ? ` (+${run.callhubDuplicates} twice)` : ''}`,
		seconds(run.sendSeconds),
		seconds(run.doneSeconds),
		((run.byStatus.success ?? 0) / run.doneSeconds).toFixed(1),
		Object.entries(run.byWorker)
			.map(([worker, count]) => `${worker} ${count}`)
			.join(', '),
	]);
	const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
	for (const run of runs) {
		if (run.cpuMsPerEvent) {
			const parts = Object.entries(run.cpuMsPerEvent).map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`);
			const total = Object.values(run.cpuMsPerEvent).reduce((sum, ms) => sum + ms, 0);
			lines.push('', `${run.name}: CPU time per event ${total.toFixed(0)} ms (${parts.join(', ')}), so about ${(2000 / total).toFixed(0)} events/s if n8n had 2 cores to itself.`);
		}
		if (run.unlisted) {
			lines.push('', `${run.name}: n8n's execution list left out ${run.unlisted} finished execution${run.unlisted === 1 ? '' : 's'} that main still followed as running; read one by one, ${run.unlisted === 1 ? 'it was' : 'they were'} there.`);
		}
		const kill = run.killed;
		if (!kill) continue;
		lines.push(
			'',
			`${run.name}: ${kill.worker} was killed (SIGKILL) after ${kill.afterDelivered} events had been delivered; ${kill.held} execution${kill.held === 1 ? '' : 's'} it had started had not finished. ` +
				`${kill.failed} execution${kill.failed === 1 ? '' : 's'} (the jobs it had taken from the queue) ended failed, recorded by n8n ${seconds(kill.recordedAfter)} after the kill with "${kill.message}" ` +
				`${reachedText(kill.reachedCallHub, kill.failed)} None ran twice.`,
		);
	}
	return lines.join('\n');
}

export function header(command: string, took: number): string {
	return `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine()} with \`${command}\` (${seconds(took / 1000)} in all).`;
}

/** Replaces the figures between the queue markers of BENCHMARKS.md. */
export function writeFigures(text: string): void {
	writeMarkedSection(join(repoRoot, 'BENCHMARKS.md'), markers('queue'), text);
}

/** How many failed executions had created their contact in CallHub before the worker died. */
function reachedText(reached: number, failed: number): string {
	if (reached === 0) return `None of them had reached CallHub (no contact created).`;
	if (reached === failed) return `All ${failed} had created their contact in CallHub before the worker died.`;
	return `${reached} of them had created their contact in CallHub before the worker died, the other ${failed - reached} had not.`;
}
