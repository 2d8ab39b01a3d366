import type { ICredentialDataDecryptedObject, IHttpRequestOptions, IN8nHttpFullResponse } from 'n8n-workflow';

import type { RequestContext } from '../../../../nodes/CallHub/shared/transport';
import { sendToCallHub } from '../../../../nodes/CallHub/shared/transport';
import { AGENT_CREDENTIAL } from '../../../../nodes/CallHubAgent/route';
import { addAgent, tokenOf } from '../../../harness/agent';
import { useEmulator } from '../../../harness/emulator';

/**
 * A node context on an n8n whose HTTP layer knows only `ignoreHttpStatusErrors: true` (older
 * versions take the `{ except }` object as `true`): a 401 comes back as an answer, never thrown.
 */
function olderN8n(credentials: ICredentialDataDecryptedObject, sent: IHttpRequestOptions[]): RequestContext {
	return {
		getNode: () => ({ id: 'n', name: 'CallHub Agent', type: 'n8n-nodes-callhub.callHubAgent', typeVersion: 1, position: [0, 0], parameters: {} }),
		getCredentials: async () => credentials,
		logger: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
		helpers: {
			httpRequestWithAuthentication: async (_type: string, options: IHttpRequestOptions): Promise<IN8nHttpFullResponse> => {
				sent.push(options);
				const response = await fetch(options.url, {
					method: options.method,
					headers: { ...(options.headers as Record<string, string>), Authorization: `Token ${String(credentials.apiKey ?? (credentials.sessionToken || credentials.agentToken))}` },
				});
				return { statusCode: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
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
		const base = { baseUrl: bed.emulator.url, sessionToken: token, agentToken: token };
		await sendToCallHub(olderN8n({ ...base, authMethod: 'usernamePassword' }, sent), { method: 'GET', url: '/v2/agent-status/' }, AGENT_CREDENTIAL);
		await sendToCallHub(olderN8n({ ...base, authMethod: 'token' }, sent), { method: 'GET', url: '/v2/agent-status/' }, AGENT_CREDENTIAL);
		await sendToCallHub(olderN8n({ apiKey: bed.emulator.apiKey, baseUrl: bed.emulator.url }, sent), { method: 'GET', url: '/v1/tags/' }, { credentialType: 'callHubApi' });
		expect(sent.map((options) => options.ignoreHttpStatusErrors)).toEqual([{ ignore: true, except: [401] }, true, true]);
	});

	it('on an n8n that returns the 401 instead of throwing it, still explains the refused credential', async () => {
		const sent: IHttpRequestOptions[] = [];
		const context = olderN8n({ baseUrl: bed.emulator.url, authMethod: 'usernamePassword', sessionToken: 'revoked' }, sent);
		await expect(sendToCallHub(context, { method: 'GET', url: '/v2/agent-status/' }, AGENT_CREDENTIAL)).rejects.toMatchObject({
			message: "CallHub did not accept the agent's credential: Invalid token.",
			description: expect.stringContaining('CallHub Agent API credential'),
		});
		expect(sent).toHaveLength(1);
	});
});
