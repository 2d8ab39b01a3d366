import type { ICredentialDataDecryptedObject, IHttpRequestHelper, IHttpRequestOptions, IN8nHttpFullResponse, INode } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { CallHubAgentApi } from '../../../../credentials/CallHubAgentApi.credentials';
import type { RequestContext } from '../../../../nodes/CallHub/shared/transport';
import { sendToCallHub } from '../../../../nodes/CallHub/shared/transport';
import { AGENT_CREDENTIAL } from '../../../../nodes/CallHubAgent/route';
import { addAgent, AGENT_PASSWORD, tokenOf } from '../../../harness/agent';
import { useEmulator } from '../../../harness/emulator';

const NODE: INode = { id: 'n', name: 'CallHub Agent', type: 'n8n-nodes-callhub.callHubAgent', typeVersion: 1, position: [0, 0], parameters: {} };

/** A plain request as n8n's `httpRequest` sends it: an error status throws unless it is ignored. */
async function request(options: IHttpRequestOptions): Promise<IN8nHttpFullResponse> {
	const form = options.headers?.['Content-Type'] === 'application/x-www-form-urlencoded';
	const response = await fetch(options.url, {
		method: options.method,
		headers: options.headers as Record<string, string>,
		body: options.body === undefined ? undefined : form ? new URLSearchParams(options.body as Record<string, string>) : JSON.stringify(options.body),
	});
	const text = await response.text();
	const answer = { statusCode: response.status, headers: Object.fromEntries(response.headers), body: text };
	if (response.status >= 400 && !options.ignoreHttpStatusErrors) {
		throw Object.assign(new Error(`Request failed with status code ${response.status}`), { response: { status: response.status, headers: answer.headers, data: text } });
	}
	return answer;
}

/**
 * A node context on an n8n whose HTTP layer knows only `ignoreHttpStatusErrors: true` (n8n 2.8 and
 * 1.x take the `{ except }` object as `true`): a 401 comes back as an answer. Its
 * `httpRequestWithAuthentication` is theirs (n8n-core request-helper-functions.js): it renews the
 * credential's token (`preAuthentication`) only when a 401 is thrown, sends once more, and wraps
 * whatever that throws in a NodeApiError.
 */
function olderN8n(credentials: ICredentialDataDecryptedObject, sent: IHttpRequestOptions[], signIns: string[] = []): RequestContext {
	const type = new CallHubAgentApi();
	const helper = {
		helpers: {
			httpRequest: async (options: IHttpRequestOptions) => {
				signIns.push(`${options.method} ${new URL(options.url).pathname}`);
				return JSON.parse(String((await request(options)).body)) as unknown;
			},
		},
	} as unknown as IHttpRequestHelper;
	const signed = async (options: IHttpRequestOptions) => {
		sent.push(options);
		const authenticate = type.authenticate as (credentials: ICredentialDataDecryptedObject, options: IHttpRequestOptions) => Promise<IHttpRequestOptions>;
		// An API key credential (no sign-in) authenticates with its header.
		const withAuth = credentials.apiKey ? { ...options, headers: { ...options.headers, Authorization: `Token ${String(credentials.apiKey)}` } } : await authenticate(credentials, options);
		return await request(withAuth);
	};
	return {
		getNode: () => NODE,
		getCredentials: async () => credentials,
		logger: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
		helpers: {
			httpRequestWithAuthentication: async (_type: string, options: IHttpRequestOptions): Promise<IN8nHttpFullResponse> => {
				try {
					return await signed(options);
				} catch (error) {
					if ((error as { response?: { status?: number } }).response?.status !== 401 || credentials.apiKey) throw new NodeApiError(NODE, error as never);
					try {
						Object.assign(credentials, await type.preAuthentication.call(helper, credentials));
						return await signed(options);
					} catch (retried) {
						throw new NodeApiError(NODE, retried as never);
					}
				}
			},
		},
	} as unknown as RequestContext;
}

describe('Transport: credentials whose token n8n renews', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	it('lets n8n see a 401 (to renew the token) only for credentials that sign in with a password', async () => {
		const token = tokenOf(bed.emulator, addAgent(bed.emulator));
		const sent: IHttpRequestOptions[] = [];
		const agent = { baseUrl: bed.emulator.url, agentToken: token, sessionToken: token, sessionOwner: `${bed.emulator.url}|` };
		await sendToCallHub(olderN8n({ ...agent, authMethod: 'usernamePassword' }, sent), { method: 'GET', url: '/v2/agent-status/' }, AGENT_CREDENTIAL);
		await sendToCallHub(olderN8n({ ...agent, authMethod: 'token' }, sent), { method: 'GET', url: '/v2/agent-status/' }, AGENT_CREDENTIAL);
		await sendToCallHub(olderN8n({ apiKey: bed.emulator.apiKey, baseUrl: bed.emulator.url }, sent), { method: 'GET', url: '/v1/tags/' }, { credentialType: 'callHubApi' });
		expect(sent.map((options) => options.ignoreHttpStatusErrors)).toEqual([{ ignore: true, except: [401] }, true, true]);
	});

	it('on an n8n that returns the 401 instead of throwing it, asks again so that n8n renews the token, once', async () => {
		const agent = addAgent(bed.emulator);
		const sent: IHttpRequestOptions[] = [];
		const signIns: string[] = [];
		const credentials = { baseUrl: bed.emulator.url, authMethod: 'usernamePassword', username: agent.username, password: AGENT_PASSWORD, sessionToken: 'revoked', sessionOwner: `${bed.emulator.url}|${agent.username}` };
		const response = await sendToCallHub(olderN8n(credentials, sent, signIns), { method: 'GET', url: '/v2/agent-status/' }, AGENT_CREDENTIAL);
		expect(response.statusCode).toBe(200);
		expect(signIns).toEqual(['POST /v2/agent-key/']);
		expect(credentials.sessionToken).not.toBe('revoked');
		// The 401 answered, then the same request with error statuses thrown: refused, renewed, sent again.
		expect(sent.map((options) => [options.method, options.url.replace(bed.emulator.url, ''), options.ignoreHttpStatusErrors])).toEqual([
			['GET', '/v2/agent-status/', { ignore: true, except: [401] }],
			['GET', '/v2/agent-status/', false],
			['GET', '/v2/agent-status/', false],
		]);
	});

	it('on such an n8n, an error CallHub answers after the renewal is explained like any other', async () => {
		const agent = addAgent(bed.emulator);
		const credentials = { baseUrl: bed.emulator.url, authMethod: 'usernamePassword', username: agent.username, password: AGENT_PASSWORD, sessionToken: 'revoked', sessionOwner: `${bed.emulator.url}|${agent.username}` };
		await expect(sendToCallHub(olderN8n(credentials, []), { method: 'GET', url: '/v2/conference/00000000-0000-0000-0000-000000000000/' }, AGENT_CREDENTIAL)).rejects.toMatchObject({
			httpCode: '404',
		});
	});

	it('on such an n8n, a credential CallHub still refuses after the renewal is explained', async () => {
		const agent = addAgent(bed.emulator);
		const sent: IHttpRequestOptions[] = [];
		const context = olderN8n({ baseUrl: bed.emulator.url, authMethod: 'usernamePassword', username: agent.username, password: 'wrong-password', sessionToken: 'revoked', sessionOwner: `${bed.emulator.url}|${agent.username}` }, sent);
		await expect(sendToCallHub(context, { method: 'GET', url: '/v2/agent-status/' }, AGENT_CREDENTIAL)).rejects.toMatchObject({
			message: expect.stringContaining('CallHub did not sign the agent in'),
		});
		expect(sent).toHaveLength(2);
	});
});
