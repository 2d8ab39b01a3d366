import type { ChildProcess } from 'node:child_process';

/**
 * Every process the n8n helpers started and that still runs (npm installing n8n, `n8n import`,
 * `n8n start`), so that `npm run dev` stopped by a signal at any step can stop them all.
 */
const running = new Set<ChildProcess>();

export function tracked<T extends ChildProcess>(child: T): T {
	running.add(child);
	child.once('close', () => running.delete(child));
	child.once('error', () => running.delete(child));
	return child;
}

export function runningChildren(): number {
	return running.size;
}

/** SIGTERM to each child still running, SIGKILL after `graceMs`; resolves when all have exited. */
export async function stopChildren(graceMs = 20000): Promise<void> {
	await Promise.all(
		[...running].map(
			(child) =>
				new Promise<void>((resolve) => {
					if (child.exitCode !== null || child.signalCode !== null) return resolve();
					const forced = setTimeout(() => child.kill('SIGKILL'), graceMs);
					child.once('close', () => {
						clearTimeout(forced);
						resolve();
					});
					child.kill('SIGTERM');
				}),
		),
	);
}
