import { expect } from 'expect';

import type { PackageTypes } from '../../n8n/package';
import type { Session } from '../../n8n/rest';
import { rest } from '../../n8n/rest';
import { SANDBOX_AGENT_CREDENTIAL, SANDBOX_CREDENTIAL, sandboxAgentData } from '../../n8n/setup';

/** The node and credential types the editor gets from n8n: every one in the source must be there. */
export async function checkTypesLoaded(session: Session, expected: PackageTypes): Promise<void> {
	const nodes = await rest<Array<{ name: string }>>(session, 'GET', '/types/nodes.json');
	const credentials = await rest<Array<{ name: string }>>(session, 'GET', '/types/credentials.json');
	const loadedNodes = new Set(nodes.map((node) => node.name));
	const loadedCredentials = new Set(credentials.map((credential) => credential.name));
	const missing = [
		...expected.nodes.filter((node) => !loadedNodes.has(node.type)).map((node) => `node ${node.type} (${node.file})`),
		...expected.credentials.filter((credential) => !loadedCredentials.has(credential.type)).map((credential) => `credential ${credential.type} (${credential.file})`),
	];
	expect({ notLoadedByN8n: missing, hint: missing.length ? "Is it listed in package.json's n8n block, and does it load?" : '' }).toEqual({ notLoadedByN8n: [], hint: '' });
}

/** The credential's own test (the editor's Test button): its header and test request against the emulator. */
export async function checkCredentialTest(session: Session, emulator: { url: string; apiKey: string }): Promise<void> {
	const result = await rest<{ data: { status: string; message: string } }>(session, 'POST', '/rest/credentials/test', {
		credentials: { ...SANDBOX_CREDENTIAL, data: { apiKey: emulator.apiKey, baseUrl: emulator.url } },
	});
	expect(result.data).toEqual({ status: 'OK', message: 'Connection successful!' });
	// n8n runs the nodes' credentialTest (testedBy): a refusal reads like a node run's, not a raw code.
	const refused = await rest<{ data: { status: string; message: string } }>(session, 'POST', '/rest/credentials/test', {
		credentials: { ...SANDBOX_CREDENTIAL, data: { apiKey: 'not-the-sandbox-key', baseUrl: emulator.url } },
	});
	expect(refused.data).toEqual({ status: 'Error', message: expect.stringMatching(/^CallHub did not accept the API key/) });
}

/** The agent credential's test: n8n signs the demo agent in (POST /v2/agent-key/), then GET /v2/agent-status/ with its token. */
export async function checkAgentCredentialTest(session: Session, emulator: { url: string }): Promise<void> {
	const result = await rest<{ data: { status: string; message: string } }>(session, 'POST', '/rest/credentials/test', {
		credentials: { ...SANDBOX_AGENT_CREDENTIAL, data: sandboxAgentData(emulator) },
	});
	expect(result.data).toEqual({ status: 'OK', message: 'Connection successful!' });
}
