import { CallHubAgentApi } from '../../credentials/CallHubAgentApi.credentials';
import { revokeAgentTokens } from '../emulator/resources/agentAccounts';
import { addAgent, passwordCredentials, runAgent, tokenCredentials, tokenOf } from '../harness/agent';
import { TestCredentialsHelper } from '../harness/credentialsHelper';
import { useEmulator } from '../harness/emulator';

const status = { resource: 'agent', operation: 'getStatus' };

describe('CallHub Agent API credential', () => {
	const credential = new CallHubAgentApi();

	it('keeps the token n8n renews in a hidden, expirable field', () => {
		const token = credential.properties.find((property) => property.name === 'sessionToken');
		expect(token).toMatchObject({ type: 'hidden', default: '', typeOptions: { expirable: true } });
		expect(credential.properties.filter((property) => property.typeOptions?.password).map((property) => property.name)).toEqual(
			expect.arrayContaining(['agentToken', 'password']),
		);
	});


	it('sends a pasted token as "Authorization: Token <token>"', async () => {
		const request = await (credential.authenticate as (c: object, r: object) => Promise<{ headers: object }>)(
			{ authMethod: 'token', agentToken: ' abc123 ', sessionToken: '' },
			{ url: '/v2/agent-status/', headers: { Accept: 'application/json' } },
		);
		expect(request.headers).toEqual({ Accept: 'application/json', Authorization: 'Token abc123' });
	});

	describe('in a node run', () => {
		const bed = useEmulator();
		beforeEach(() => bed.emulator.reset());

		const exchanges = () => bed.emulator.requests('POST', '/v2/agent-key/');

		it('uses a pasted agent token as it is, without signing in', async () => {
			const agent = addAgent(bed.emulator);
			const token = tokenOf(bed.emulator, agent);
			const result = await runAgent({ parameters: status, credentials: tokenCredentials(bed.emulator, token) });
			expect(result.error).toBeUndefined();
			expect(exchanges()).toHaveLength(0);
			expect(bed.emulator.requests('GET', '/v2/agent-status/')[0].authorization).toBe(`Token ${token}`);
		});

		it('signs in once with username and password (a form, no Authorization) and reuses the token for every item', async () => {
			const agent = addAgent(bed.emulator);
			const credentials = passwordCredentials(bed.emulator, agent);
			const result = await runAgent({ parameters: status, input: [{}, {}, {}, {}, {}], credentials });
			expect(result.json).toHaveLength(5);
			expect(exchanges()).toHaveLength(1);
			expect(exchanges()[0]).toMatchObject({
				contentType: 'application/x-www-form-urlencoded',
				authorization: undefined,
				body: { username: agent.username, password: 'agent-password-1' },
			});
			const token = [...bed.emulator.tokens.entries()].find(([, owner]) => owner === `agent:${agent.id}`)?.[0];
			expect(bed.emulator.requests('GET', '/v2/agent-status/').map((entry) => entry.authorization)).toEqual(Array(5).fill(`Token ${token}`));
			expect(credentials.callHubAgentApi.sessionToken).toBe(token);
		});

		it('keeps the token for later runs, as n8n stores it with the credential', async () => {
			const agent = addAgent(bed.emulator);
			const credentials = passwordCredentials(bed.emulator, agent);
			const helper = new TestCredentialsHelper(credentials);
			await runAgent({ parameters: status, credentials, credentialsHelper: helper });
			await runAgent({ parameters: { resource: 'agent', operation: 'getDetails' }, credentials, credentialsHelper: helper });
			expect(exchanges()).toHaveLength(1);
			expect(helper.preAuthentications.callHubAgentApi).toBe(1);
		});

		it('signs in again when CallHub no longer accepts the token, and repeats the request once', async () => {
			const agent = addAgent(bed.emulator);
			const credentials = passwordCredentials(bed.emulator, agent);
			const helper = new TestCredentialsHelper(credentials);
			await runAgent({ parameters: status, credentials, credentialsHelper: helper });
			const before = credentials.callHubAgentApi.sessionToken;
			revokeAgentTokens(bed.emulator.tokens, agent.id);
			bed.emulator.log.length = 0;

			const result = await runAgent({ parameters: status, input: [{}, {}, {}], credentials, credentialsHelper: helper });
			expect(result.error).toBeUndefined();
			expect(result.json).toHaveLength(3);
			expect(exchanges()).toHaveLength(1);
			expect(bed.emulator.requests('GET', '/v2/agent-status/').map((entry) => entry.status).sort()).toEqual([200, 200, 200, 401, 401, 401]);
			expect(credentials.callHubAgentApi.sessionToken).not.toBe(before);
			expect(bed.emulator.tokens.get(credentials.callHubAgentApi.sessionToken as string)).toBe(`agent:${agent.id}`);
		});

		it('repeats a refused write once with the renewed token, so it is carried out once', async () => {
			const agent = addAgent(bed.emulator);
			const credentials = passwordCredentials(bed.emulator, agent);
			credentials.callHubAgentApi.sessionToken = 'revoked0token';
			credentials.callHubAgentApi.sessionOwner = `${bed.emulator.url}|${agent.username}`;
			const result = await runAgent({
				parameters: { resource: 'agent', operation: 'updateDetails', updateFields: { firstName: 'Robin' } },
				credentials,
			});
			expect(result.error).toBeUndefined();
			expect(bed.emulator.requests('POST', '/v2/user-details/').map((entry) => entry.status)).toEqual([401, 200]);
			expect(exchanges()).toHaveLength(1);
			expect(agent.first_name).toBe('Robin');
		});

		it('says so clearly when CallHub refuses the renewed token as well', async () => {
			const agent = addAgent(bed.emulator);
			bed.emulator.inject({ path: '/v2/agent-status/', status: 401, body: { detail: 'Invalid token.' }, times: 2 });
			const result = await runAgent({ parameters: status, credentials: passwordCredentials(bed.emulator, agent) });
			expect(bed.emulator.requests('GET', '/v2/agent-status/')).toHaveLength(2);
			expect(result.error?.message).toBe("CallHub did not accept the agent's credential: Invalid token.");
			expect(result.error?.description).toContain('CallHub Agent API credential');
		});

		it('signs in again after the username is changed, instead of acting as the previous agent', async () => {
			const first = addAgent(bed.emulator);
			const second = addAgent(bed.emulator, { first_name: 'Sam' });
			const credentials = passwordCredentials(bed.emulator, first);
			await runAgent({ parameters: status, credentials });
			credentials.callHubAgentApi.username = second.username;
			const result = await runAgent({ parameters: { resource: 'agent', operation: 'getDetails' }, credentials });
			expect(result.json[0]).toMatchObject({ user: { first_name: 'Sam' } });
			expect(exchanges().map((entry) => (entry.body as { username: string }).username)).toEqual([first.username, second.username]);
		});

		it('explains a wrong password without showing it', async () => {
			const agent = addAgent(bed.emulator);
			const result = await runAgent({ parameters: status, credentials: passwordCredentials(bed.emulator, agent, 'wrong-password') });
			expect(result.error?.message).toBe('CallHub did not sign the agent in: Unable to log in with provided credentials.');
			expect(result.error?.description).toContain("agent's Username and Password");
			expect(JSON.stringify(result.error)).not.toContain('wrong-password');
			expect(bed.emulator.requests('GET', '/v2/agent-status/')).toHaveLength(0);
		});

		it('explains a token CallHub does not know, without trying to sign in', async () => {
			const result = await runAgent({ parameters: status, credentials: tokenCredentials(bed.emulator, 'not-a-token') });
			expect(result.error?.message).toBe("CallHub did not accept the agent's credential: Invalid token.");
			expect(exchanges()).toHaveLength(0);
			expect(bed.emulator.requests('GET', '/v2/agent-status/')).toHaveLength(1);
		});

		it("refuses the account's API key on agent operations, and says which credential they need", async () => {
			const result = await runAgent({ parameters: status, credentials: tokenCredentials(bed.emulator, bed.emulator.apiKey) });
			expect(result.error?.message).toBe('CallHub refused access: You do not have permission to perform this action.');
			expect(result.error?.description).toContain("the account's API key (the CallHub API credential) is refused here");
			expect(JSON.stringify(result.error)).not.toContain(bed.emulator.apiKey);
		});
	});
});
