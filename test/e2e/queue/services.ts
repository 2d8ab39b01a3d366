/*
 * Redis and PostgreSQL from Debian's packages for the queue-mode scenario: started on 127.0.0.1 in a
 * throwaway folder, stopped and deleted at the end. Nothing is kept between runs.
 */
import type { ChildProcess } from 'node:child_process';
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { sleep, tail } from '../../n8n/n8n';

export interface Service {
	name: string;
	port: number;
	pid?: number;
	/** Stops the server and deletes its folder. */
	stop(): Promise<void>;
}

interface Daemon {
	child: ChildProcess;
	exited: () => boolean;
	stop(signal: NodeJS.Signals): Promise<void>;
}

/** A server process that must not outlive this one, whatever way this one ends. */
function daemon(command: string, args: string[], logFile: string, options: { uid?: number; gid?: number; cwd: string; folder: string }): Daemon {
	const log = createWriteStream(logFile);
	const child = spawn(command, args, { cwd: options.cwd, uid: options.uid, gid: options.gid, stdio: ['ignore', 'pipe', 'pipe'] });
	child.stdout?.pipe(log);
	child.stderr?.pipe(log);
	let done = false;
	const closed = new Promise<void>((resolve) => child.on('close', () => ((done = true), resolve())));
	child.on('error', (error) => log.write(`\n${command} could not start: ${error.message}\n`));
	const guard = () => {
		child.kill('SIGKILL');
		rmSync(options.folder, { recursive: true, force: true });
	};
	process.on('exit', guard);
	return {
		child,
		exited: () => done,
		async stop(signal) {
			process.off('exit', guard);
			if (!done) {
				child.kill(signal);
				const forced = setTimeout(() => child.kill('SIGKILL'), 15000);
				await closed;
				clearTimeout(forced);
			}
			log.end();
		},
	};
}

async function waitUntil(name: string, server: Daemon, logFile: string, ready: () => Promise<boolean>, timeoutMs = 60000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (server.exited()) throw new Error(`${name} exited before it was ready:\n${tail(readLog(logFile), 20)}`);
		if (await ready()) return;
		await sleep(200);
	}
	await server.stop('SIGKILL');
	throw new Error(`${name} was not ready after ${timeoutMs / 1000} s:\n${tail(readLog(logFile), 20)}`);
}

function readLog(file: string): string {
	return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** The command's path as found on PATH (not resolved: redis-server is a link whose name picks its mode). */
function onPath(command: string): string | undefined {
	try {
		const found = execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim();
		return found || undefined;
	} catch {
		return undefined;
	}
}

/** Answers PING with +PONG once Redis accepts commands. */
function redisPing(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1');
		let reply = '';
		const done = (ok: boolean) => {
			socket.destroy();
			resolve(ok);
		};
		socket.setTimeout(1000, () => done(false));
		socket.on('connect', () => socket.write('PING\r\n'));
		socket.on('data', (chunk: Buffer) => {
			reply += chunk.toString();
			if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
		});
		socket.on('error', () => done(false));
	});
}

/**
 * Redis for n8n's job queue (Bull) and its pub/sub. No persistence: the queue only has to outlive
 * n8n's processes, not Redis itself, which runs until the scenario ends.
 */
export async function startRedis(port: number, logFile: string): Promise<Service> {
	const binary = onPath('redis-server');
	if (!binary) throw new Error('redis-server is missing: apt-get install -y redis-server');
	const dir = mkdtempSync(join(tmpdir(), 'n8n-nodes-callhub-redis-'));
	const args = ['--bind', '127.0.0.1', '--port', String(port), '--protected-mode', 'yes', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no'];
	const server = daemon(binary, args, logFile, { cwd: dir, folder: dir });
	await waitUntil(`redis-server on 127.0.0.1:${port}`, server, logFile, () => redisPing(port), 30000);
	return {
		name: `Redis ${execFileSync(binary, ['--version'], { encoding: 'utf8' }).match(/v=(\S+)/)?.[1] ?? ''}`.trim(),
		port,
		pid: server.child.pid,
		async stop() {
			await server.stop('SIGTERM');
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

/** The newest PostgreSQL of Debian's packages (`/usr/lib/postgresql/<major>/bin`), or one on PATH. */
export function postgresBin(): string | undefined {
	const root = '/usr/lib/postgresql';
	if (existsSync(root)) {
		const majors = readdirSync(root)
			.filter((major) => existsSync(join(root, major, 'bin', 'postgres')))
			.sort((a, b) => Number(b) - Number(a));
		if (majors.length) return join(root, majors[0], 'bin');
	}
	const found = onPath('postgres');
	return found ? dirname(realpathSync(found)) : undefined;
}

/** PostgreSQL refuses to run as root; Debian's package creates the `postgres` user for it. */
function serverUser(): { uid?: number; gid?: number } {
	if (process.getuid?.() !== 0) return {};
	try {
		const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
		const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
		return { uid, gid };
	} catch {
		throw new Error('PostgreSQL cannot run as root and there is no postgres user: apt-get install -y postgresql');
	}
}

/** 127.0.0.1:port accepts connections for the database user. */
function postgresReady(bin: string, port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const probe = spawn(join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port), '-U', POSTGRES_USER, '-d', 'postgres', '-q'], { stdio: 'ignore' });
		probe.on('error', () => resolve(false));
		probe.on('close', (code) => resolve(code === 0));
	});
}

export const POSTGRES_USER = 'n8n';
export const POSTGRES_DATABASE = 'n8n';

/**
 * A PostgreSQL cluster of its own for n8n's database: main and workers must share one database, and
 * SQLite cannot be shared by processes under write load (see BENCHMARKS.md, "n8n queue mode").
 * Trust authentication on 127.0.0.1 only, no unix socket; fsync is off because the data is deleted
 * at the end anyway and no test here crashes PostgreSQL or the machine.
 */
export async function startPostgres(port: number, logFile: string): Promise<Service> {
	const bin = postgresBin();
	if (!bin) throw new Error('PostgreSQL is missing: apt-get install -y postgresql');
	const user = serverUser();
	const dir = mkdtempSync(join(tmpdir(), 'n8n-nodes-callhub-postgres-'));
	if (user.uid !== undefined && user.gid !== undefined) chownSync(dir, user.uid, user.gid);
	const data = join(dir, 'data');
	try {
		execFileSync(join(bin, 'initdb'), ['-D', data, '-U', POSTGRES_USER, '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync'], {
			cwd: dir,
			stdio: ['ignore', 'pipe', 'pipe'],
			...user,
		});
	} catch (error) {
		rmSync(dir, { recursive: true, force: true });
		const output = (error as { stderr?: Buffer }).stderr?.toString() ?? (error as Error).message;
		throw new Error(`initdb failed:\n${tail(output, 20)}`);
	}
	const settings = ['listen_addresses=127.0.0.1', 'unix_socket_directories=', 'fsync=off', 'synchronous_commit=off', 'full_page_writes=off'];
	const args = ['-D', data, '-p', String(port), ...settings.flatMap((setting) => ['-c', setting])];
	const server = daemon(join(bin, 'postgres'), args, logFile, { cwd: dir, folder: dir, ...user });
	const remove = async () => {
		// SIGINT: PostgreSQL's fast shutdown (sessions are ended, nothing is waited for).
		await server.stop('SIGINT');
		rmSync(dir, { recursive: true, force: true });
	};
	try {
		await waitUntil(`PostgreSQL on 127.0.0.1:${port}`, server, logFile, () => postgresReady(bin, port), 60000);
		execFileSync(join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', POSTGRES_USER, POSTGRES_DATABASE], { stdio: ['ignore', 'pipe', 'pipe'] });
	} catch (error) {
		await remove();
		throw error;
	}
	const version = execFileSync(join(bin, 'postgres'), ['--version'], { encoding: 'utf8' }).trim().replace(/^postgres \(PostgreSQL\) /, '');
	return { name: `PostgreSQL ${version}`, port, pid: server.child.pid, stop: remove };
}
