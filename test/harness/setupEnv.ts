import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// n8n-core keeps instance settings (and an encryption key) in the user folder: give tests their own.
process.env.N8N_USER_FOLDER ??= mkdtempSync(join(tmpdir(), 'n8n-callhub-test-'));
process.env.N8N_LOG_LEVEL ??= 'warn';
