/*
 * The workflow the queue-mode scenario runs: CallHub Trigger (text replies) → CallHub, Create a
 * contact with the reply's number. Each event's number is unique, so CallHub's side shows every
 * event that ran, and any that ran twice.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { N8nInstance } from '../../n8n/n8n';
import { n8nCommand } from '../../n8n/n8n';
import { packageJson } from '../../n8n/package';
import { SANDBOX_CREDENTIAL } from '../../n8n/setup';

export const TRIGGER_NODE = 'CallHub Trigger';
export const ACTION_NODE = 'Create contact';
export const EVENT = 'sb.reply';

export function queueWorkflow() {
	const { name } = packageJson();
	const credentials = { callHubApi: { id: SANDBOX_CREDENTIAL.id, name: SANDBOX_CREDENTIAL.name } };
	return {
		id: 'callhubQueueMode',
		name: 'Queue mode: text reply → CallHub contact',
		active: false,
		nodes: [
			{
				id: '6f1f0c3e-5a51-4f55-9a3c-1d2e3f405161',
				name: TRIGGER_NODE,
				type: `${name}.callHubTrigger`,
				typeVersion: 1,
				position: [0, 0],
				webhookId: '0c7d4a8e-31b2-4c55-8e6f-7a9b0c1d2e3f',
				parameters: { source: 'events', events: [EVENT] },
				credentials,
			},
			{
				id: '6f1f0c3e-5a51-4f55-9a3c-1d2e3f405162',
				name: ACTION_NODE,
				type: `${name}.callHub`,
				typeVersion: 1,
				position: [220, 0],
				parameters: {
					resource: 'contact',
					operation: 'create',
					contact: '={{ $json.from_number }}',
					additionalFields: { first_name: '={{ $json.from_name }}' },
				},
				credentials,
			},
		],
		connections: { [TRIGGER_NODE]: { main: [[{ node: ACTION_NODE, type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
	};
}

/** Imports the CallHub credential (pointing at the emulator) and the workflow into the shared database. */
export async function importWorkflow(instance: N8nInstance, emulator: { url: string; apiKey: string }): Promise<string> {
	const staging = join(instance.userFolder, 'import');
	mkdirSync(staging, { recursive: true });
	const credentials = join(staging, 'credentials.json');
	const workflow = join(staging, 'workflow.json');
	writeFileSync(credentials, JSON.stringify([{ ...SANDBOX_CREDENTIAL, data: { apiKey: emulator.apiKey, baseUrl: emulator.url } }], null, 2));
	const definition = queueWorkflow();
	writeFileSync(workflow, JSON.stringify(definition, null, 2));
	await n8nCommand(instance, ['import:credentials', `--input=${credentials}`]);
	await n8nCommand(instance, ['import:workflow', `--input=${workflow}`]);
	return definition.id;
}
