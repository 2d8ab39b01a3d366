/*
 * What a fresh n8n gets before it starts: the "CallHub Sandbox" credential and the example workflows.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { N8nInstance } from './n8n';
import { n8nCommand } from './n8n';
import { repoRoot } from './package';

/** The credential every example workflow names (its id is what n8n matches). */
export const SANDBOX_CREDENTIAL = { id: 'callHubSandbox01', name: 'CallHub Sandbox', type: 'callHubApi' };

export const examplesDir = join(repoRoot, 'examples');

export interface ExampleWorkflow {
	file: string;
	id: string;
	name: string;
	nodes: Array<{ name: string; type: string; parameters: Record<string, unknown>; credentials?: Record<string, { id: string; name: string }> }>;
}

export function exampleWorkflows(): ExampleWorkflow[] {
	return readdirSync(examplesDir)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => ({ file, ...(JSON.parse(readFileSync(join(examplesDir, file), 'utf8')) as Omit<ExampleWorkflow, 'file'>) }));
}

/** Imports the sandbox credential (plain text: n8n encrypts it on import) and every example workflow. */
export async function importSandbox(instance: N8nInstance, emulator: { url: string; apiKey: string }): Promise<void> {
	const staging = join(instance.userFolder, 'import');
	rmSync(staging, { recursive: true, force: true });
	mkdirSync(join(staging, 'workflows'), { recursive: true });
	const credentials = join(staging, 'credentials.json');
	writeFileSync(
		credentials,
		JSON.stringify([{ ...SANDBOX_CREDENTIAL, data: { apiKey: emulator.apiKey, baseUrl: emulator.url } }], null, 2),
	);
	await n8nCommand(instance, ['import:credentials', `--input=${credentials}`]);
	for (const workflow of exampleWorkflows()) copyFileSync(join(examplesDir, workflow.file), join(staging, 'workflows', workflow.file));
	await n8nCommand(instance, ['import:workflow', '--separate', `--input=${join(staging, 'workflows')}`]);
}
