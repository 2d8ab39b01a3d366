import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { withDisplayOptions } from '../../shared/displayOptions';
import type { Prepare } from '../../shared/operation';
import { route } from '../../shared/route';

// `GET /v1/questions/?type=` (callhub/callhub-mcp src/callhub/questions.py `list_questions`).

const byType: Prepare = async function (request) {
	const type = (this.getNodeParameter('filters', {}) as IDataObject).type;
	return type ? { ...request, qs: { ...(request.qs ?? {}), type } } : request;
};

const operations: INodePropertyOptions[] = [
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many questions',
		description: 'Retrieve the survey questions synced from PDI or VAN',
		routing: route({ method: 'GET', url: '/v1/questions/' }, { prepare: [byType], list: {} }),
	},
];

export const questionDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['question'] } },
		options: operations,
		default: 'getAll',
	},
	...withDisplayOptions({ show: { resource: ['question'], operation: ['getAll'] } }, [
		...returnAllAndLimit(),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Type',
					name: 'type',
					type: 'options',
					default: 'VAN_QUESTION',
					options: [
						{ name: 'PDI Question', value: 'PDI_QUESTION' },
						{ name: 'VAN Question', value: 'VAN_QUESTION' },
					],
					description: 'Only questions of this CRM',
				},
			],
		},
	]),
];
