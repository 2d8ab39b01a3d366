import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	IDataObject,
	INode,
	INodeCredentialTestResult,
} from 'n8n-workflow';

import { apiOrigin, DEFAULT_API_DOMAIN } from './baseUrl';
import type { CredentialAdvice } from './errors';
import { describeFailure, networkCause, redact } from './errors';

/** What a credential test sends: the path it reads, and the token it sends (after signing in, if needed). */
export interface CredentialProbe {
	path: string;
	advice: CredentialAdvice;
	token: (this: ICredentialTestFunctions, data: ICredentialDataDecryptedObject, origin: string) => Promise<string>;
}

const TEST_NODE: INode = { id: '', name: 'CallHub credential test', type: '', typeVersion: 1, position: [0, 0], parameters: {} };

/** The status and body of a failed request, wherever n8n's request helper put them. */
function failureOf(error: unknown): { statusCode?: number; body: unknown } {
	const failed = error as { statusCode?: unknown; httpCode?: unknown; error?: unknown; response?: { status?: unknown; statusCode?: unknown; data?: unknown; body?: unknown } };
	const status = [failed.statusCode, failed.response?.status, failed.response?.statusCode].find((value) => typeof value === 'number');
	return { statusCode: status as number | undefined, body: failed.response?.data ?? failed.response?.body ?? failed.error };
}

/** The message the credential dialog shows, the same the nodes give for the same failure. */
export function credentialFailure(error: unknown, origin: string, path: string, advice: CredentialAdvice, secrets: string[]): string {
	const { statusCode, body } = failureOf(error);
	if (statusCode === undefined) {
		const cause = networkCause(error) ?? (error as Error).message;
		return `Could not reach CallHub at ${origin}: ${cause}. Check the API Domain (it is shown next to the API key in CallHub, e.g. https://api-na1.callhub.io) and that this n8n instance can reach it.`;
	}
	if (statusCode === 403 && origin === DEFAULT_API_DOMAIN) {
		return "CallHub refused access on the generic domain https://api.callhub.io. Set API Domain to your account's regional one, shown next to the API key in CallHub (Settings → API Key, e.g. https://api-na1.callhub.io).";
	}
	const { message, description } = describeFailure({ statusCode, headers: {}, body }, { method: 'GET', path }, advice);
	return redact(`${message}. ${description}`, secrets) as string;
}

/** A node's `credentialTest` method: reads `probe.path` with the credential and explains a refusal like the nodes do. */
export function credentialTest(probe: CredentialProbe) {
	return async function test(this: ICredentialTestFunctions, credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
		const data = credential.data ?? {};
		const secrets = Object.entries(data)
			.filter(([name, value]) => /key|token|password/i.test(name) && typeof value === 'string')
			.map(([, value]) => value as string);
		let origin: string;
		try {
			origin = apiOrigin(TEST_NODE, data.baseUrl);
		} catch (error) {
			return { status: 'Error', message: `${(error as Error).message}. ${String((error as { description?: unknown }).description ?? '')}`.trim() };
		}
		try {
			const token = await probe.token.call(this, data, origin);
			secrets.push(token);
			// eslint-disable-next-line @n8n/community-nodes/no-deprecated-workflow-functions -- a credential test's context has no httpRequest (n8n-core CredentialTestContext offers only request)
			await this.helpers.request({
				method: 'GET',
				uri: `${origin}${probe.path}`,
				headers: { Accept: 'application/json', Authorization: `Token ${token}` },
				json: true,
			});
			return { status: 'OK', message: 'Connection successful!' };
		} catch (error) {
			const described = (error as { credentialMessage?: unknown }).credentialMessage;
			if (typeof described === 'string') return { status: 'Error', message: redact(described, secrets) as string };
			return { status: 'Error', message: credentialFailure(error, origin, probe.path, probe.advice, secrets) };
		}
	};
}

/** Signs an agent in with username and password (POST /v2/agent-key/, as the credential does) for its token. */
export async function agentSignIn(this: ICredentialTestFunctions, data: ICredentialDataDecryptedObject, origin: string, advice: CredentialAdvice): Promise<string> {
	let answer: unknown;
	const secrets = [String(data.password ?? '')];
	try {
		// eslint-disable-next-line @n8n/community-nodes/no-deprecated-workflow-functions -- a credential test's context has no httpRequest (n8n-core CredentialTestContext offers only request)
		answer = await this.helpers.request({
			method: 'POST',
			uri: `${origin}/v2/agent-key/`,
			headers: { Accept: 'application/json' },
			form: { username: String(data.username ?? '').trim(), password: String(data.password ?? '') },
			json: true,
		});
	} catch (error) {
		const message = credentialFailure(error, origin, '/v2/agent-key/', advice, secrets);
		throw Object.assign(new Error(message), {
			credentialMessage: failureOf(error).statusCode === undefined ? message : `CallHub did not sign the agent in: ${message}`,
		});
	}
	const token = (answer as IDataObject | null)?.token;
	if (typeof token !== 'string' || token === '') {
		throw Object.assign(new Error('no token'), {
			credentialMessage: "CallHub signed the agent in but sent no token. Check that the API Domain is CallHub's API (e.g. https://api-na1.callhub.io).",
		});
	}
	return token;
}
