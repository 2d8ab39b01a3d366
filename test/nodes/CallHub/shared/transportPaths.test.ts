import type { IHttpRequestOptions } from 'n8n-workflow';

import type { RequestContext } from '../../../../nodes/CallHub/shared/transport';
import { API_PATH_PREFIXES, isApiPath, sendToCallHub } from '../../../../nodes/CallHub/shared/transport';

/**
 * The path-injection cases of the reliability catalog, repeated for each prefix the transport
 * allows: only the prefix itself followed by plain path characters may be called.
 */
const injections = (prefix: string) => [
	`${prefix}..`,
	`${prefix}1/../../v1/contacts/`,
	`${prefix}1/%2e%2e/users/`,
	`${prefix}1%2F..%2Fusers/`,
	`${prefix}1/contacts/?page=2`,
	`${prefix}1#x`,
	`${prefix}1/./contacts/`,
	`${prefix}1 /contacts/`,
	`${prefix}1\\..\\contacts/`,
	`//evil.example${prefix}1/`,
	`https://evil.example${prefix}1/`,
	`${prefix.slice(0, -1)}X/1/`,
	`${prefix.slice(0, -1)}`,
	`${prefix.toUpperCase()}1/`,
	`/x${prefix}1/`,
	` ${prefix}1/`,
];

describe('Transport: the paths it may call', () => {
	it('allows exactly /v1/, /v2/, /suppression-lists/ and /enterprise-account/', () => {
		expect([...API_PATH_PREFIXES]).toEqual(['/v1/', '/v2/', '/suppression-lists/', '/enterprise-account/']);
		expect(isApiPath('/suppression-lists/3966566468442653936/contacts/')).toBe(true);
		expect(isApiPath('/enterprise-account/share-credits/')).toBe(true);
		expect(isApiPath('/v1/contacts/')).toBe(true);
	});

	it.each(['/', '/email/v1/relational-campaign/', '/admin/', '/v3/contacts/', '/suppression-list/1/contacts/', '/enterprise/share-credits/'])('refuses %s', (path) => {
		expect(isApiPath(path)).toBe(false);
	});

	describe.each([...API_PATH_PREFIXES])('path injection under %s', (prefix) => {
		it.each(injections(prefix))('refuses %s', (path) => {
			expect(isApiPath(path)).toBe(false);
		});

		it('refuses such a path before any request is made, and follows no CallHub link to it', async () => {
			const sent: IHttpRequestOptions[] = [];
			const context = {
				getNode: () => ({ id: 'n', name: 'CallHub', type: 'n8n-nodes-callhub.callHub', typeVersion: 1, position: [0, 0], parameters: {} }),
				getCredentials: async () => ({ apiKey: 'k', baseUrl: 'https://api-na1.callhub.io' }),
				logger: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
				helpers: { httpRequestWithAuthentication: async (_type: string, options: IHttpRequestOptions) => sent.push(options) },
			} as unknown as RequestContext;
			await expect(sendToCallHub(context, { method: 'POST', url: `${prefix}1/../../v1/contacts/` }, { credentialType: 'callHubApi' })).rejects.toThrow(
				`Refusing to call the unexpected CallHub path "${prefix}1/../../v1/contacts/"`,
			);
			await expect(
				sendToCallHub(context, { method: 'GET', url: `https://api-na1.callhub.io${prefix}1%2F..%2Fadmin/` }, { credentialType: 'callHubApi' }),
			).rejects.toThrow('Refusing to follow an unexpected CallHub link');
			expect(sent).toHaveLength(0);
		});
	});
});
