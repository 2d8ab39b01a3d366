const { readdirSync, rmSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { buildSync } = require('esbuild');
const { series, src, dest } = require('gulp');

// n8n resolves `file:` icons relative to the compiled node and credential files, so the
// icons must sit in dist/ next to them, at the same relative path as in the source tree.
function buildIcons() {
	return src(['icons/**/*.{png,svg}', 'nodes/**/*.{png,svg}', 'credentials/**/*.{png,svg}'], {
		base: '.',
		encoding: false,
	}).pipe(dest('dist'));
}

/** The files n8n loads: package.json's n8n.nodes and n8n.credentials. */
function entries() {
	const { n8n } = require('./package.json');
	return [...n8n.nodes, ...n8n.credentials];
}

function filesUnder(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

// n8n requires every node and credential file when it starts. Compiled module by module, the
// CallHub node was 75 files, and Node's loader (resolving, stat-ing, reading and compiling each)
// took most of its 55 ms cold `require` (BENCHMARKS.md, Package). Each file n8n loads becomes one
// bundle of tsc's output; n8n-workflow stays n8n's own. No source maps are shipped: they could only
// point at TypeScript the package does not hold, and they made up a quarter of the packed size.
// The modules folded into the bundles are then removed, so the package ships only what n8n loads.
function bundle(done) {
	const kept = new Set();
	for (const entry of entries()) {
		buildSync({
			entryPoints: [entry],
			outfile: entry,
			allowOverwrite: true,
			bundle: true,
			platform: 'node',
			format: 'cjs',
			target: 'node18',
			external: ['n8n-workflow'],
			sourcemap: false,
			logLevel: 'warning',
		});
		kept.add(join(entry));
	}
	for (const file of filesUnder('dist')) {
		if (/\.(js|js\.map|d\.ts)$/.test(file) && !kept.has(file)) rmSync(file);
	}
	for (const dir of ['dist/nodes', 'dist/credentials']) removeEmptyFolders(dir);
	done();
}

function removeEmptyFolders(dir) {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) removeEmptyFolders(path);
	}
	if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
}

exports['build:icons'] = buildIcons;
exports['build:bundle'] = bundle;
exports['build:dist'] = series(bundle, buildIcons);
