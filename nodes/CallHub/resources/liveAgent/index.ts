import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { withDisplayOptions } from '../../shared/displayOptions';
import { route } from '../../shared/route';

export const liveAgentDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['liveAgent'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many live agents',
				description: 'Retrieve the agents connected to a campaign right now',
				routing: route({ method: 'GET', url: '/v2/campaign/agent/live/' }, { list: {} }),
			},
		],
		default: 'getAll',
	},
	...withDisplayOptions({ show: { resource: ['liveAgent'], operation: ['getAll'] } }, returnAllAndLimit()),
];
