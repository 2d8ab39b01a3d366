import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('test set-up', () => {
	it('leaves no n8n user folder behind in the temp folder (they piled up by the hundred)', () => {
		const temp = mkdtempSync(join(tmpdir(), 'callhub-setup-env-'));
		try {
			const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: temp };
			delete env.N8N_USER_FOLDER;
			const run = spawnSync(
				process.execPath,
				[require.resolve('jest/bin/jest'), '--runInBand', '--cacheDirectory', join(temp, 'jest'), 'test/credentials/'],
				{ cwd: join(__dirname, '..', '..'), env, encoding: 'utf8' },
			);
			expect(run.status).toBe(0);
			expect(readdirSync(temp).filter((name) => name.startsWith('n8n-callhub-test-'))).toEqual([]);
		} finally {
			rmSync(temp, { recursive: true, force: true });
		}
	}, 120_000);
});
