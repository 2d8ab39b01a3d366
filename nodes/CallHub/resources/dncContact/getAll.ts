import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { withDisplayOptions } from '../../shared/displayOptions';
import { route } from '../../shared/route';
import { sendParameter } from '../../shared/sendParameter';

const sendSearch = sendParameter('filters.search', 'qs', 'search', (value) => String(value).replace(/\D/g, ''));

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many DNC contacts',
	description: 'Retrieve the numbers on Do-Not-Call lists, optionally matching a search',
	routing: route({ method: 'GET', url: '/v1/dnc_contacts/' }, { prepare: [sendSearch], list: {} }),
};

export const fields: INodeProperties[] = withDisplayOptions(
	{ show: { resource: ['dncContact'], operation: ['getAll'] } },
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
					placeholder: 'e.g. 14155550123',
					description: 'Digits the phone number contains (anything else, such as a leading +, is ignored)',
				},
			],
		},
	],
);
