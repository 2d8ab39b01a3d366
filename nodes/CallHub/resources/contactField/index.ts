import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { withDisplayOptions } from '../../shared/displayOptions';
import { route } from '../../shared/route';

export const contactFieldDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contactField'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many contact fields',
				description:
					'List the fields a contact has (standard and custom), with the IDs a bulk import mapping uses',
				routing: route({ method: 'GET', url: '/v1/contacts/fields/' }, { list: {} }),
			},
		],
		default: 'getAll',
	},
	...withDisplayOptions({ show: { resource: ['contactField'], operation: ['getAll'] } }, returnAllAndLimit()),
];
