const { src, dest } = require('gulp');

// n8n resolves `file:` icons relative to the compiled node and credential files, so the
// icons must sit in dist/ next to them, at the same relative path as in the source tree.
function buildIcons() {
	return src(['icons/**/*.{png,svg}', 'nodes/**/*.{png,svg}', 'credentials/**/*.{png,svg}'], {
		base: '.',
		encoding: false,
	}).pipe(dest('dist'));
}

exports['build:icons'] = buildIcons;
