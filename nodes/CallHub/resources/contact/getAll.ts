import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit, simplifyField } from '../../shared/descriptions';
import { withDisplayOptions } from '../../shared/displayOptions';
import { route } from '../../shared/route';
import { sendParameter } from '../../shared/sendParameter';
import { simplifyContacts } from './simplify';

const sendSearch = sendParameter('filters.search', 'qs', 'search', (value) => String(value).trim().replace(/^\+/, ''));

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many contacts',
	description: 'Retrieve many contacts, optionally matching a search',
	routing: route({ method: 'GET', url: '/v1/contacts/' }, { prepare: [sendSearch], list: {}, output: [simplifyContacts] }),
};

export const fields: INodeProperties[] = withDisplayOptions(
	{ show: { resource: ['contact'], operation: ['getAll'] } },
	[
		...returnAllAndLimit(),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Search',
					name: 'search',
					type: 'string',
					default: '',
					placeholder: 'e.g. 14155550123 or jane@example.org',
					description:
						'Phone number, email or name to look for. CallHub allows one search a second; a leading + is ignored.',
				},
			],
		},
		simplifyField,
	],
);
