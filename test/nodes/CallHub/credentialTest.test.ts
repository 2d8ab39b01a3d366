import { createServer } from 'node:net';

import { CredentialTestContext } from 'n8n-core';
import type { ICredentialDataDecryptedObject, ICredentialTestFunctions, INodeCredentialTestResult } from 'n8n-workflow';

import { callHubApiTest } from '../../../nodes/CallHub/credentialTest';
import { callHubAgentApiTest } from '../../../nodes/CallHubAgent/credentialTest';
import { CallHub } from '../../../nodes/CallHub/CallHub.node';
import { CallHubAgent } from '../../../nodes/CallHubAgent/CallHubAgent.node';
import { CallHubTrigger } from '../../../nodes/CallHubTrigger/CallHubTrigger.node';
import { addAgent, passwordCredentials, tokenCredentials, tokenOf } from '../../harness/agent';
import { useEmulator } from '../../harness/emulator';

/** n8n's own context for credential tests, as the credential dialog's "Retry" uses it. */
const n8nContext = () => new CredentialTestContext(undefined as never) as unknown as ICredentialTestFunctions;

/** A context whose requests fail with `error`, for failures the emulator cannot produce (DNS). */
const failingContext = (error: unknown) => ({ helpers: { request: async () => await Promise.reject(error) } }) as unknown as ICredentialTestFunctions;

async function testApi(data: ICredentialDataDecryptedObject, context = n8nContext()): Promise<INodeCredentialTestResult> {
	return await callHubApiTest.call(context, { id: 'c', name: 'CallHub', type: 'callHubApi', data });
}

async function testAgent(data: ICredentialDataDecryptedObject, context = n8nContext()): Promise<INodeCredentialTestResult> {
	return await callHubAgentApiTest.call(context, { id: 'c', name: 'CallHub Agent', type: 'callHubAgentApi', data });
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

describe('credential tests (the credential dialog says what the nodes say)', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	it('every node using a credential names its test (n8n only uses testedBy when the credential has no test of its own)', () => {
		const tested = [new CallHub(), new CallHubTrigger(), new CallHubAgent()].flatMap((node) =>
			(node.description.credentials ?? []).map((credential) => ({
				credential: credential.name,
				method: typeof credential.testedBy === 'string' && typeof (node.methods?.credentialTest as Record<string, unknown> | undefined)?.[credential.testedBy],
			})),
		);
		expect(tested).toEqual([
			{ credential: 'callHubApi', method: 'function' },
			{ credential: 'callHubApi', method: 'function' },
			{ credential: 'callHubAgentApi', method: 'function' },
		]);
	});

	it('accepts the account key on its domain with GET /v1/users/', async () => {
		expect(await testApi({ apiKey: bed.emulator.apiKey, baseUrl: `${bed.emulator.url}/v1/` })).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(bed.emulator.log.map((entry) => `${entry.method} ${entry.path} ${entry.authorization}`)).toEqual([`GET /v1/users/ Token ${bed.emulator.apiKey}`]);
	});

	it('names a wrong key and how to fix it, without the key', async () => {
		const result = await testApi({ apiKey: 'wrong-key-123456', baseUrl: bed.emulator.url });
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/^CallHub did not accept the API key.*Check the API Key in the CallHub credential/);
		expect(result.message).not.toContain('wrong-key-123456');
	});

	it('explains a refused connection in words, like a node run, not as ECONNREFUSED', async () => {
		const port = await closedPort();
		const result = await testApi({ apiKey: bed.emulator.apiKey, baseUrl: `http://127.0.0.1:${port}` });
		expect(result).toEqual({
			status: 'Error',
			message: expect.stringMatching(new RegExp(`^Could not reach CallHub at http://127\\.0\\.0\\.1:${port}: the connection was refused\\. Check the API Domain`)),
		});
		expect(result.message).not.toMatch(/ECONNREFUSED/);
	});

	it('explains a host that does not exist as DNS, not as ENOTFOUND', async () => {
		const dns = Object.assign(new Error('getaddrinfo ENOTFOUND api-zz9.callhub.invalid'), { code: 'ENOTFOUND' });
		const result = await testApi({ apiKey: 'some-key-123456', baseUrl: 'https://api-zz9.callhub.invalid' }, failingContext(dns));
		expect(result.message).toMatch(/^Could not reach CallHub at https:\/\/api-zz9\.callhub\.invalid: the host name could not be found \(DNS\)\./);
		expect(result.message).not.toMatch(/ENOTFOUND/);
	});

	it("says to set the account's regional API Domain on a 403 from the generic api.callhub.io", async () => {
		const forbidden = Object.assign(new Error('Request failed with status code 403'), { response: { status: 403, data: { detail: 'Forbidden' } } });
		const result = await testApi({ apiKey: 'some-key-123456', baseUrl: 'https://api.callhub.io' }, failingContext(forbidden));
		expect(result).toEqual({ status: 'Error', message: expect.stringMatching(/generic domain https:\/\/api\.callhub\.io\. Set API Domain to your account's regional one/) });
	});

	it('refuses an API Domain that is not a web address before sending anything', async () => {
		const result = await testApi({ apiKey: bed.emulator.apiKey, baseUrl: 'ftp://callhub.io' });
		expect(result.message).toMatch(/^The API Domain "ftp:\/\/callhub\.io" in the CallHub credential must start with https:\/\//);
		expect(bed.emulator.log).toEqual([]);
	});

	it("accepts an agent's token with GET /v2/agent-status/", async () => {
		const token = tokenOf(bed.emulator, addAgent(bed.emulator));
		expect(await testAgent(tokenCredentials(bed.emulator, token).callHubAgentApi)).toEqual({ status: 'OK', message: 'Connection successful!' });
	});

	it("refuses the account's API key as an agent token, saying which credential takes it", async () => {
		const result = await testAgent(tokenCredentials(bed.emulator, bed.emulator.apiKey).callHubAgentApi);
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/CallHub (did not accept the agent's credential|refused access).*Check the CallHub Agent API credential/);
		expect(result.message).not.toContain(bed.emulator.apiKey);
	});

	it("signs in with the agent's username and password, then reads the agent's status", async () => {
		const agent = addAgent(bed.emulator);
		expect(await testAgent(passwordCredentials(bed.emulator, agent).callHubAgentApi)).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(bed.emulator.log.map((entry) => `${entry.method} ${entry.path}`)).toEqual(['POST /v2/agent-key/', 'GET /v2/agent-status/']);
	});

	it('names a wrong password without showing it', async () => {
		const agent = addAgent(bed.emulator);
		const result = await testAgent(passwordCredentials(bed.emulator, agent, 'not-the-password').callHubAgentApi);
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/^CallHub did not sign the agent in: /);
		expect(result.message).not.toContain('not-the-password');
	});
});
