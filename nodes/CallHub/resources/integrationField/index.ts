import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { withDisplayOptions } from '../../shared/displayOptions';
import { route } from '../../shared/route';

// `GET /v1/integration_fields/` (callhub/callhub-mcp src/callhub/integration_fields.py).

const operations: INodePropertyOptions[] = [
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many integration fields',
		description: 'Retrieve the fields of connected CRMs (e.g. NationBuilder, VAN) that CallHub can fill',
		routing: route({ method: 'GET', url: '/v1/integration_fields/' }, { list: {} }),
	},
];

export const integrationFieldDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['integrationField'] } },
		options: operations,
		default: 'getAll',
	},
	...withDisplayOptions({ show: { resource: ['integrationField'], operation: ['getAll'] } }, returnAllAndLimit()),
];
