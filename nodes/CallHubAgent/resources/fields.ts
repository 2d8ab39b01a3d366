import type { INodeProperties } from 'n8n-workflow';

import type { PlaceholderRule } from '../../CallHub/shared/operation';

/** A call-center campaign the agent is assigned to, picked by name or given by ID. */
export function campaignField(description: string, required = true): INodeProperties {
	return {
		displayName: 'Campaign Name or ID',
		name: 'campaign',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getCampaigns' },
		required,
		default: '',
		description: `${description}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	};
}

/** CallHub names conferences and dialers by uuid; the field defaults to the one in the incoming item. */
export function uuidField(name: 'conference' | 'dialer'): INodeProperties {
	const label = name === 'conference' ? 'Conference' : 'Dialer';
	return {
		displayName: `${label} UUID`,
		name,
		type: 'string',
		required: true,
		default: `={{ $json.${name}_uuid }}`,
		placeholder: 'e.g. 0f8fad5b-d9cb-469f-a165-70867728950e',
		description: `The ${name}_uuid that ${label} → Create answered (every ${label.toLowerCase()} operation passes it on in its output)`,
	};
}

/** Path values that are uuids rather than digit IDs: letters, digits and dashes, so never a path or a host. */
export function uuidPlaceholder(name: 'conference' | 'dialer'): PlaceholderRule {
	const label = name === 'conference' ? 'Conference' : 'Dialer';
	return {
		pattern: /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/,
		example: '0f8fad5b-d9cb-469f-a165-70867728950e',
		label: `${label} UUID`,
		what: `${name} UUID`,
		hint: `It is the ${name}_uuid ${label} → Create answers; every ${name} operation passes it on in its output, so connect this node after one of them, or give the UUID.`,
	};
}
