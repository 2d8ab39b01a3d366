import { createHash } from 'node:crypto';
import type {
	IAuthenticate,
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

import { networkCause, networkCode } from '../nodes/CallHub/shared/errors';

/** Whether the credential signs in with the agent's username and password (its token is then renewable). */
export function signsInWithPassword(credentials: ICredentialDataDecryptedObject): boolean {
	return credentials.authMethod === 'usernamePassword';
}

function text(value: unknown): string {
	return typeof value === 'string' ? value.trim() : '';
}

/** The API origin, read from the API Domain like CALLHUB_ORIGIN_EXPRESSION does. */
function originOf(credentials: ICredentialDataDecryptedObject): string {
	const domain = text(credentials.baseUrl) || 'https://api.callhub.io';
	const withScheme = /^https?:\/\//i.test(domain) ? domain : `https://${domain}`;
	return withScheme.replace(/^(https?:\/\/[^/?#]+).*$/i, '$1');
}

/** Who a token was issued for: a token is only sent for the agent and domain it was issued for. */
function ownerOf(credentials: ICredentialDataDecryptedObject): string {
	return `${originOf(credentials)}|${text(credentials.username)}`;
}

function tokenOf(credentials: ICredentialDataDecryptedObject): string {
	if (!signsInWithPassword(credentials)) return text(credentials.agentToken);
	// After the username or domain is edited, the stored token belongs to someone else: sending none
	// makes CallHub answer 401, on which n8n signs in again as the agent now configured.
	return credentials.sessionOwner === ownerOf(credentials) ? text(credentials.sessionToken) : '';
}

function refusal(error: unknown, origin: string): string {
	const response = (error as { response?: { status?: unknown; data?: unknown } }).response;
	const unreachable = response === undefined ? networkCause(error) : undefined;
	// Worded without the system's code: n8n swaps a message holding ECONNREFUSED for a generic one.
	if (unreachable) return `could not reach ${origin} (${unreachable})`;
	const data = response?.data;
	const said =
		data !== null && typeof data === 'object'
			? Object.values(data as IDataObject)
					.flat()
					.filter((value) => typeof value === 'string')
					.join(' ')
			: typeof data === 'string' && !/^\s*</.test(data)
				? data.trim()
				: '';
	if (said) return said;
	return typeof response?.status === 'number' ? `HTTP ${response.status}` : (error as Error).message;
}

/** Sign-ins under way, by agent: items run at once, and they all share one exchange. */
const signIns = new Map<string, Promise<IDataObject>>();

async function signIn(helper: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<IDataObject> {
	const owner = ownerOf(credentials);
	let answer: unknown;
	try {
		answer = await helper.helpers.httpRequest({
			method: 'POST',
			url: `${originOf(credentials)}/v2/agent-key/`,
			headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
			body: { username: text(credentials.username), password: String(credentials.password ?? '') },
			json: true,
		});
	} catch (error) {
		const status = (error as { response?: { status?: unknown } }).response?.status;
		throw Object.assign(new Error(`CallHub did not sign the agent in: ${refusal(error, originOf(credentials))}`), {
			// CallHub's status (or why it was not reached), for the node's error: n8n keeps only the message.
			callhubStatus: typeof status === 'number' ? String(status) : networkCode(error),
			description:
				"Check the agent's Username and Password in the CallHub Agent API credential, and that its API Domain is your account's (e.g. https://api-na1.callhub.io).",
		});
	}
	const token = (answer as IDataObject | null)?.token;
	if (typeof token !== 'string' || token === '') {
		throw Object.assign(new Error('CallHub signed the agent in but sent no token'), {
			description: "Check that the credential's API Domain is CallHub's API (e.g. https://api-na1.callhub.io).",
		});
	}
	return { sessionToken: token, sessionOwner: owner };
}

export class CallHubAgentApi implements ICredentialType {
	name = 'callHubAgentApi';

	displayName = 'CallHub Agent API';

	icon: Icon = { light: 'file:../icons/callhub.svg', dark: 'file:../icons/callhub.dark.svg' };

	documentationUrl = 'https://developer.callhub.io/reference/agent-status';

	properties: INodeProperties[] = [
		{
			displayName: 'Sign In With',
			name: 'authMethod',
			type: 'options',
			options: [
				{
					name: 'Agent Token',
					value: 'token',
					description: "The agent's API token, from the agent's token page in CallHub",
				},
				{
					name: 'Username and Password',
					value: 'usernamePassword',
					description: 'n8n signs the agent in and renews the token when CallHub no longer accepts it',
				},
			],
			default: 'usernamePassword',
		},
		{
			displayName: 'Agent Token',
			name: 'agentToken',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			displayOptions: { show: { authMethod: ['token'] } },
			description: "The agent's API token (not the account's API key: agent APIs refuse it)",
		},
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			required: true,
			default: '',
			displayOptions: { show: { authMethod: ['usernamePassword'] } },
			description: 'The username the agent signs in to CallHub with',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			displayOptions: { show: { authMethod: ['usernamePassword'] } },
			description: "The agent's CallHub password",
		},
		{
			displayName: 'Session Token',
			name: 'sessionToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			displayName: 'Session Owner',
			name: 'sessionOwner',
			type: 'hidden',
			default: '',
		},
		{
			displayName: 'API Domain',
			name: 'baseUrl',
			type: 'string',
			required: true,
			default: 'https://api.callhub.io',
			placeholder: 'e.g. https://api-na1.callhub.io',
			hint: 'The "API Domain" CallHub shows next to the account\'s API key, e.g. https://api-na1.callhub.io',
			description: "Base address of the CallHub API for the agent's account",
		},
	];

	/** Exchanges the username and password for a token (POST /v2/agent-key/), once per agent at a time. */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<IDataObject> {
		if (!signsInWithPassword(credentials)) return {};
		const key = createHash('sha256')
			.update(`${ownerOf(credentials)}\n${String(credentials.password ?? '')}`)
			.digest('hex');
		let pending = signIns.get(key);
		if (!pending) {
			pending = signIn(this, credentials).finally(() => signIns.delete(key));
			signIns.set(key, pending);
		}
		return await pending;
	}

	authenticate: IAuthenticate = async (credentials, requestOptions) => ({
		...requestOptions,
		headers: { ...(requestOptions.headers ?? {}), Authorization: `Token ${tokenOf(credentials)}` },
	});
}
