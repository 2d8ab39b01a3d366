import type { ChildProcess } from 'node:child_process';
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

import { expect } from 'expect';

import { repoRoot } from '../../n8n/package';

/** The ports `npm run dev` holds by default: n8n, its two task brokers, the CallHub sandbox. */
export const DEV_PORTS = [5678, 5679, 5680, 4010];

function portFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const probe = createServer();
		probe.once('error', () => resolve(false));
		probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
	});
}

async function busyPorts(): Promise<number[]> {
	const busy: number[] = [];
	for (const port of DEV_PORTS) if (!(await portFree(port))) busy.push(port);
	return busy;
}

/** Every process below `pid` (n8n, its task runner, an import under way). */
function descendants(pid: number): number[] {
	let children: number[];
	try {
		children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
			.split('\n')
			.map((line) => Number(line.trim()))
			.filter((child) => child > 0);
	} catch {
		children = []; // ps exits 1 when there are none
	}
	return children.flatMap((child) => [child, ...descendants(child)]);
}

/** Running, not a zombie (a zombie is gone, only not yet reaped by a container's PID 1). */
function alive(pid: number): boolean {
	try {
		return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
	} catch {
		return false;
	}
}

function commandOf(pid: number): string {
	try {
		return `${pid} ${readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').slice(0, 160)}`;
	} catch {
		return String(pid);
	}
}

function startDev(): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
	// Detached: a signal reaches only the process `npm run dev` is, as from an IDE's stop button or `kill $!`.
	const child = spawn('npm', ['run', 'dev'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	let output = '';
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
	return { child, output: () => output, exited };
}

async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} after ${ms / 1000} s`)), ms)));
	try {
		return await Promise.race([promise, timeout]);
	} finally {
		clearTimeout(timer);
	}
}

/**
 * `npm run dev` until n8n is up, then `signal` to the process npm is: it must stop n8n, its task
 * runner and the sandbox, leaving the ports free and no process behind.
 */
export async function checkDevStopsOn(signal: 'SIGTERM' | 'SIGINT', firstRun = false): Promise<void> {
	expect({ busyBeforeStart: await busyPorts() }).toEqual({ busyBeforeStart: [] });
	const dev = startDev();
	const pid = dev.child.pid as number;
	let left: number[] = [];
	try {
		await within(
			(async () => {
				while (!dev.output().includes('is running with n8n-nodes-callhub')) {
					if (dev.child.exitCode !== null) throw new Error(`npm run dev exited (${dev.child.exitCode}):\n${dev.output().slice(-2000)}`);
					await new Promise((resolve) => setTimeout(resolve, 500));
				}
			})(),
			600_000,
			'npm run dev was not up',
		);
		const started = descendants(pid);
		process.kill(pid, signal);
		await within(dev.exited, 40_000, `npm run dev had not exited on ${signal}`);
		// npm exits on SIGTERM without waiting for its script, which is still stopping n8n (a few seconds).
		const deadline = Date.now() + 30_000;
		do {
			await new Promise((resolve) => setTimeout(resolve, 500));
			left = started.filter(alive);
		} while (left.length > 0 && Date.now() < deadline);
		expect({ signal, busyPorts: await busyPorts(), processesLeft: left.map(commandOf) }).toEqual({ signal, busyPorts: [], processesLeft: [] });
		expect(dev.output()).toContain('Stopping n8n and the CallHub sandbox ...');
		// The examples are imported once: a later start keeps them (and a published trigger's state).
		const imported = /example workflows: (\d+) imported, (\d+) already in \.dev\/ kept/.exec(dev.output());
		expect({ importedAgain: imported?.[1] }).toEqual({ importedAgain: firstRun ? expect.any(String) : '0' });
	} finally {
		for (const orphan of [...left, ...descendants(pid)]) if (alive(orphan)) process.kill(orphan, 'SIGKILL');
		if (alive(pid)) process.kill(pid, 'SIGKILL');
	}
}

/** With the ports taken, `npm run dev` names each of them and stops nothing, since it started nothing. */
export async function checkDevNamesBusyPorts(): Promise<void> {
	const holders = await Promise.all(
		[5679, 4010].map(
			(port) =>
				new Promise<ReturnType<typeof createServer>>((resolve) => {
					const server = createServer();
					server.listen(port, '127.0.0.1', () => resolve(server));
				}),
		),
	);
	try {
		const dev = startDev();
		const code = await within(dev.exited, 60_000, 'npm run dev had not exited with its ports taken');
		expect({ code, output: dev.output() }).toEqual({
			code: 1,
			output: expect.stringMatching(/Ports in use .*5679 for n8n's task broker \(N8N_DEV_PORT \+ 1\); 4010 for the CallHub sandbox \(CALLHUB_SANDBOX_PORT\)[\s\S]*N8N_DEV_PORT=5700 CALLHUB_SANDBOX_PORT=4020 npm run dev/),
		});
		expect(dev.output()).not.toContain('Stopping');
	} finally {
		await Promise.all(holders.map((server) => new Promise((resolve) => server.close(resolve))));
	}
}
