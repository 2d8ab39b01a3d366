/*
 * Installs a real n8n release once into a cache outside the repo and reuses it.
 *
 * n8n takes about 3.1 GB (2.9 GiB, as `du -h` says); every run after the first takes seconds.
 * A folder counts as installed only once its `.complete` marker exists, so an interrupted install
 * is wiped and redone.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { tracked } from './children';

export interface N8nRelease {
	version: string;
	/** Node.js major the release needs when the machine's own Node.js is too old for it. */
	nodeMajor?: number;
	/** npm `overrides` for dependencies the release pins to a place outside the npm registry. */
	overrides?: Record<string, string>;
	/**
	 * Its HTTP layer takes `ignoreHttpStatusErrors: { except: [401] }` as `true` (n8n 2.8 and 1.x): the
	 * CallHub Agent node then sends a refused request once more for n8n to renew the agent's token.
	 */
	noStatusExcept?: boolean;
}

/** The release the dev command and the e2e suite use (2.41.3 pins a dependency missing from the registry). */
export const CURRENT: N8nRelease = { version: '2.41.1', nodeMajor: 24 };
/** The newest 2.8 release runs on Node.js 20 (2.10 and later need 22.16): covers users on older n8n. */
export const LEGACY: N8nRelease = {
	version: '2.8.4',
	// n8n-nodes-base 2.8 takes SheetJS from cdn.sheetjs.com (later n8n dropped it); the registry's last
	// xlsx only matters to the spreadsheet nodes, which these tests do not run.
	overrides: { xlsx: '0.18.5' },
	noStatusExcept: true,
};
/**
 * The newest n8n 1.x: self-hosted instances still run 1.x. Its package.json says Node.js >=20.19, but
 * its default expression engine (`vm`) loads isolated-vm 6.2, which needs Node.js 22 (it ships builds
 * for 22 and 24 only); on Node.js 20 every n8n command exits with "Could not initialize the vm
 * expression engine" (N8N_EXPRESSION_ENGINE=legacy would avoid it, but that is not the default).
 */
export const V1: N8nRelease = {
	version: '1.123.81',
	nodeMajor: 22,
	// The same SheetJS pin as 2.8 (n8n-nodes-base 1.x takes it from cdn.sheetjs.com too).
	overrides: { xlsx: '0.18.5' },
	noStatusExcept: true,
};
/** Every release the e2e suite runs, newest first. */
export const RELEASES: N8nRelease[] = [CURRENT, LEGACY, V1];

export interface N8nInstall {
	version: string;
	release: N8nRelease;
	/** Folder holding `node_modules/n8n`. */
	dir: string;
	/** The Node.js binary n8n runs on. */
	node: string;
	/** n8n's entry point, run as `node <bin> <command>`. */
	bin: string;
}

export const cacheRoot = process.env.CALLHUB_N8N_CACHE ?? join(homedir(), '.cache', 'n8n-nodes-callhub');

type Say = (line: string) => void;

export async function ensureN8n(release: N8nRelease, say: Say = (line) => process.stdout.write(`${line}\n`)): Promise<N8nInstall> {
	const node = await ensureNode(release, say);
	const dir = join(cacheRoot, `n8n-${release.version}`);
	const install: N8nInstall = { version: release.version, release, dir, node, bin: join(dir, 'node_modules', 'n8n', 'bin', 'n8n') };
	await withLock(dir, say, async () => {
		if (isComplete(dir)) return;
		const started = Date.now();
		say(
			`Installing n8n ${release.version} into ${dir} (first time only: about 5 to 10 minutes; about 3.1 GB once installed, and while it runs as much again in npm's download cache)`,
		);
		rmSync(dir, { recursive: true, force: true });
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'n8n-host', private: true, overrides: release.overrides }, null, 2));
		const env = nodeEnv(node);
		// Install scripts stay off: the Kafka client's native build cannot download or compile here, and
		// none of them is needed except sqlite3's, which the rebuild below runs on its own.
		await step(say, `npm install n8n@${release.version}`, diskProgress(dir), () =>
			run('npm', ['install', `n8n@${release.version}`, '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], dir, env),
		);
		await step(say, 'npm rebuild sqlite3 (compiles n8n\'s database driver)', undefined, () =>
			run('npm', ['rebuild', 'sqlite3', '--ignore-scripts=false', '--loglevel=error'], dir, env),
		);
		const reported = (await run(node, [install.bin, '--version'], dir, env)).trim();
		markComplete(dir);
		say(`n8n ${reported} installed in ${seconds(started)}`);
	});
	return install;
}

/** PATH and headers for npm and node-gyp: the Node.js n8n runs on, never the machine's default. */
export function nodeEnv(node: string): NodeJS.ProcessEnv {
	const bin = dirname(node);
	const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` };
	// A user or CI ~/.npmrc may point node-gyp at another Node.js' headers (e.g. nodedir=/usr); the
	// prefix of the Node.js in use has the right ones, and nothing has to be downloaded from nodejs.org.
	const prefix = dirname(bin);
	if (existsSync(join(prefix, 'include', 'node', 'node.h'))) env.npm_config_nodedir = prefix;
	return env;
}

async function ensureNode(release: N8nRelease, say: Say): Promise<string> {
	const major = release.nodeMajor;
	if (!major || Number(process.versions.node.split('.')[0]) >= major) return process.execPath;
	const pkg = `node-${process.platform}-${process.arch}`;
	const dir = join(cacheRoot, `node-${major}`);
	const node = join(dir, 'node_modules', pkg, 'bin', 'node');
	await withLock(dir, say, async () => {
		if (isComplete(dir)) return;
		const started = Date.now();
		say(`n8n ${release.version} needs Node.js ${major}; installing ${pkg}@${major} from npm into ${dir}`);
		rmSync(dir, { recursive: true, force: true });
		mkdirSync(dir, { recursive: true });
		await run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', '--prefix', dir, `${pkg}@${major}`], dir, process.env);
		const reported = (await run(node, ['--version'], dir, process.env)).trim();
		markComplete(dir);
		say(`Node.js ${reported} installed in ${seconds(started)}`);
	});
	return node;
}

function isComplete(dir: string): boolean {
	return existsSync(join(dir, '.complete'));
}

function markComplete(dir: string): void {
	writeFileSync(join(dir, '.complete'), `${new Date().toISOString()}\n`);
}

/** One installer per folder at a time (the dev command and the e2e suite may start together). */
async function withLock(dir: string, say: Say, body: () => Promise<void>): Promise<void> {
	const lock = `${dir}.lock`;
	mkdirSync(dirname(lock), { recursive: true });
	let announced = false;
	for (;;) {
		try {
			mkdirSync(lock);
			writeFileSync(join(lock, 'pid'), String(process.pid));
			break;
		} catch {
			const holder = Number(safeRead(join(lock, 'pid')));
			if (holder && !alive(holder)) {
				rmSync(lock, { recursive: true, force: true });
				continue;
			}
			if (!announced) say(`Waiting for another installer (pid ${holder || '?'}) to finish ${dir}`);
			announced = true;
			await new Promise((resolve) => setTimeout(resolve, 2000));
		}
	}
	try {
		await body();
	} finally {
		rmSync(lock, { recursive: true, force: true });
	}
}

function safeRead(file: string): string {
	try {
		return readFileSync(file, 'utf8');
	} catch {
		return '';
	}
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

/** Runs a long step and says every 20 s that it is still going (npm shows no progress when piped). */
async function step(say: Say, title: string, progress: (() => string) | undefined, body: () => Promise<unknown>): Promise<void> {
	const started = Date.now();
	say(`  ${title} ...`);
	const ticker = setInterval(() => say(`  ... ${title}: ${seconds(started)}${progress ? `, ${progress()}` : ''}`), 20000);
	try {
		await body();
	} finally {
		clearInterval(ticker);
	}
	say(`  ${title}: done in ${seconds(started)}`);
}

/**
 * Progress as the disk fills up: cheap to read, unlike walking a growing 3 GB tree. It counts npm's
 * download cache too (and whatever else writes to the disk), so it says so rather than pass for n8n's size.
 */
function diskProgress(dir: string): () => string {
	const free = () => {
		const stats = statfsSync(dir);
		return stats.bavail * stats.bsize;
	};
	const before = free();
	return () => {
		const written = (before - free()) / 1e9;
		return written < 0.05 ? 'resolving dependencies' : `${written.toFixed(1)} GB of disk used so far, npm's download cache included`;
	};
}

function seconds(since: number): string {
	const total = Math.round((Date.now() - since) / 1000);
	return total >= 60 ? `${Math.floor(total / 60)} min ${total % 60} s` : `${total} s`;
}

/** Runs a command and resolves with its output; shows the output only when the command fails. */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
	return new Promise((resolve, reject) => {
		const child = tracked(spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] }));
		let stdout = '';
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => {
			stdout += chunk.toString();
			output += chunk.toString();
		});
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => {
			if (code === 0) resolve(stdout);
			else reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}) in ${cwd}:\n${output.slice(-4000)}`));
		});
	});
}

/** `npx tsx test/n8n/install.ts [version]`: installs one of the releases (default: the current one). */
if (require.main === module) {
	const version = process.argv[2] ?? CURRENT.version;
	const wanted = RELEASES.find((release) => release.version === version);
	if (!wanted) {
		process.stderr.write(`n8n ${version} is not one of the releases tested: ${RELEASES.map((release) => release.version).join(', ')}\n`);
		process.exit(2);
	}
	ensureN8n(wanted).then(
		(install) => process.stdout.write(`${install.node} ${install.bin}\n`),
		(error: Error) => {
			process.stderr.write(`${error.message}\n`);
			process.exit(1);
		},
	);
}
