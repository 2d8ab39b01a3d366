/*
 * What a fresh n8n gets before it starts: the "CallHub Sandbox" and "CallHub Sandbox Agent"
 * credentials and the example workflows.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { DEMO_AGENT } from '../emulator/resources/agentDemo';
import type { N8nInstance } from './n8n';
import { n8nCommand } from './n8n';
import { repoRoot } from './package';

/** The credential every example workflow names (its id is what n8n matches). */
export const SANDBOX_CREDENTIAL = { id: 'callHubSandbox01', name: 'CallHub Sandbox', type: 'callHubApi' };

/** The CallHub Agent node's credential in the examples: the sandbox's demo agent. */
export const SANDBOX_AGENT_CREDENTIAL = { id: 'callHubSbxAgent1', name: 'CallHub Sandbox Agent', type: 'callHubAgentApi' };

/**
 * Signs in with the demo agent's username and password, like the credential's default: the token
 * it gets is kept with the credential and renewed by n8n after a sandbox reset (which revokes it).
 */
export function sandboxAgentData(emulator: { url: string }): Record<string, string> {
	return { authMethod: 'usernamePassword', username: DEMO_AGENT.username, password: DEMO_AGENT.password, baseUrl: emulator.url, sessionToken: '' };
}

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

/**
 * Imports the sandbox credentials (plain text: n8n encrypts them on import) and every example
 * workflow; with `keepExisting`, only the examples n8n does not have yet: re-importing one resets it
 * (unpublishes a trigger example the user published, drops their edits).
 */
export async function importSandbox(
	instance: N8nInstance,
	emulator: { url: string; apiKey: string },
	options: { keepExisting?: boolean } = {},
): Promise<{ imported: number; kept: number }> {
	const staging = join(instance.userFolder, 'import');
	rmSync(staging, { recursive: true, force: true });
	mkdirSync(join(staging, 'workflows'), { recursive: true });
	const credentials = join(staging, 'credentials.json');
	writeFileSync(
		credentials,
		JSON.stringify(
			[
				{ ...SANDBOX_CREDENTIAL, data: { apiKey: emulator.apiKey, baseUrl: emulator.url } },
				{ ...SANDBOX_AGENT_CREDENTIAL, data: sandboxAgentData(emulator) },
			],
			null,
			2,
		),
	);
	await n8nCommand(instance, ['import:credentials', `--input=${credentials}`]);
	const existing = options.keepExisting ? await workflowIds(instance) : new Set<string>();
	const examples = exampleWorkflows();
	const missing = examples.filter((workflow) => !existing.has(workflow.id));
	const counts = { imported: missing.length, kept: examples.length - missing.length };
	if (missing.length === 0) return counts;
	for (const workflow of missing) copyFileSync(join(examplesDir, workflow.file), join(staging, 'workflows', workflow.file));
	await n8nCommand(instance, ['import:workflow', '--separate', `--input=${join(staging, 'workflows')}`]);
	return counts;
}

/** The ids of the workflows n8n has (`n8n list:workflow` prints `id|name` lines). */
export async function workflowIds(instance: N8nInstance): Promise<Set<string>> {
	const { stdout } = await n8nCommand(instance, ['list:workflow']);
	return new Set(stdout.split('\n').map((line) => /^([A-Za-z0-9]{8,})\|/.exec(line.trim())?.[1]).filter((id): id is string => id !== undefined));
}
