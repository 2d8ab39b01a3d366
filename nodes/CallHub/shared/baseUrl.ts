import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

export const DEFAULT_API_DOMAIN = 'https://api.callhub.io';

/**
 * The origin every request goes to. Users paste the "API Domain" CallHub shows next to the key,
 * sometimes with a trailing slash, a path such as /v1/, or no scheme: all of those mean the same host.
 */
export function apiOrigin(node: INode, domain: unknown): string {
	const raw = typeof domain === 'string' ? domain.trim() : '';
	const text = raw === '' ? DEFAULT_API_DOMAIN : raw;
	const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
	let url: URL;
	try {
		url = new URL(withScheme);
	} catch {
		throw new NodeOperationError(node, `The API Domain "${text}" in the CallHub credential is not a web address`, {
			description: 'Use the API Domain CallHub shows next to your API key, e.g. https://api-na1.callhub.io',
		});
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new NodeOperationError(node, `The API Domain "${text}" in the CallHub credential must start with https://`, {
			description: 'Use the API Domain CallHub shows next to your API key, e.g. https://api-na1.callhub.io',
		});
	}
	return url.origin;
}
