/*
 * The package as n8n users get it: built, packed by npm, unpacked into n8n's community-nodes folder.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

import { run } from './install';

export const repoRoot = join(__dirname, '..', '..');

interface PackageJson {
	name: string;
	version: string;
	n8n: { nodes: string[]; credentials: string[] };
	dependencies?: Record<string, string>;
	[key: string]: unknown;
}

export function packageJson(): PackageJson {
	return JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as PackageJson;
}

/** `npm run build` then `npm pack`; returns the tarball's path. */
export async function buildAndPack(outDir: string): Promise<string> {
	mkdirSync(outDir, { recursive: true });
	await run('npm', ['run', 'build', '--silent'], repoRoot, process.env);
	const output = execFileSync('npm', ['pack', '--json', '--pack-destination', outDir], { cwd: repoRoot, encoding: 'utf8' });
	const [packed] = JSON.parse(output) as Array<{ filename: string }>;
	return join(outDir, packed.filename);
}

/**
 * Installs the tarball the way n8n's community-node installer does: unpacked into
 * `.n8n/nodes/node_modules/<name>`, dev/peer/optional dependencies dropped, runtime ones installed.
 */
export async function installPackage(userFolder: string, tarball: string): Promise<string> {
	const { name } = packageJson();
	const target = join(userFolder, '.n8n', 'nodes', 'node_modules', name);
	rmSync(target, { recursive: true, force: true });
	mkdirSync(target, { recursive: true });
	execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
	const manifestPath = join(target, 'package.json');
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as PackageJson;
	for (const key of ['devDependencies', 'peerDependencies', 'optionalDependencies']) delete manifest[key];
	writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
	if (Object.keys(manifest.dependencies ?? {}).length > 0) {
		await run('npm', ['install', '--omit=dev', '--omit=peer', '--ignore-scripts', '--package-lock=false', '--install-strategy=shallow', '--no-audit', '--no-fund'], target, process.env);
	}
	return target;
}

export interface PackageTypes {
	/** Node types as workflows name them, e.g. `n8n-nodes-callhub.callHub`. */
	nodes: Array<{ type: string; file: string }>;
	/** Credential type names, e.g. `callHubApi`. */
	credentials: Array<{ type: string; file: string }>;
}

/**
 * What n8n must load, read from the source tree rather than from package.json's `n8n` block, so a
 * node or credential missing there is caught. Needs a build (`dist/`).
 */
export function typesInSource(): PackageTypes {
	const { name } = packageJson();
	const nodes = sourceFiles('nodes', '.node.ts').flatMap((file) =>
		instances(file).map((instance) => ({ type: `${name}.${(instance as { description: { name: string } }).description.name}`, file: distFile(file) })),
	);
	const credentials = sourceFiles('credentials', '.credentials.ts').flatMap((file) =>
		instances(file).map((instance) => ({ type: (instance as { name: string }).name, file: distFile(file) })),
	);
	return { nodes, credentials };
}

function sourceFiles(dir: string, suffix: string): string[] {
	const found: string[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith(suffix)) found.push(relative(repoRoot, path));
		}
	};
	if (existsSync(join(repoRoot, dir))) walk(join(repoRoot, dir));
	return found.sort();
}

function distFile(source: string): string {
	return join('dist', source.replace(/\.ts$/, '.js'));
}

/**
 * The class n8n loads from a file: the export named like the file (`CallHubAgentApi.credentials.js`
 * → `CallHubAgentApi`), as n8n's loader does; other exports (helper functions) are not types.
 */
function instances(source: string): unknown[] {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const exported = require(join(repoRoot, distFile(source))) as Record<string, unknown>;
	const className = basename(source).replace(/\.(node|credentials)\.ts$/, '');
	const Type = exported[className];
	if (typeof Type !== 'function') throw new Error(`${distFile(source)} does not export a class named ${className}, which n8n looks for`);
	return [new (Type as new () => unknown)()];
}
