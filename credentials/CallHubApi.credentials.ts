import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

/**
 * The account's API origin as an n8n expression: a pasted trailing slash, path (/v1/) or missing
 * scheme all resolve to the same host. Shared by the credential test and the nodes' request defaults.
 */
export const CALLHUB_ORIGIN_EXPRESSION =
	'={{ String($credentials.baseUrl || "https://api.callhub.io").trim().replace(/^(?!https?:\\/\\/)/i, "https://").replace(/^(https?:\\/\\/[^\\/?#]+).*$/i, "$1") }}';

export class CallHubApi implements ICredentialType {
	name = 'callHubApi';

	displayName = 'CallHub API';

	icon: Icon = { light: 'file:../icons/callhub.svg', dark: 'file:../icons/callhub.dark.svg' };

	documentationUrl = 'https://developer.callhub.io/';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				'The API key of your CallHub account. In CallHub open Settings → API Key (account owners and managers only).',
		},
		{
			displayName: 'API Domain',
			name: 'baseUrl',
			type: 'string',
			required: true,
			default: 'https://api.callhub.io',
			placeholder: 'e.g. https://api-na1.callhub.io',
			hint: 'The "API Domain" CallHub shows next to your API key, e.g. https://api-na1.callhub.io. A key only works on its own domain.',
			description: 'Base address of the CallHub API for your account',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Token {{$credentials.apiKey}}',
			},
		},
	};
}
