import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';
import { route } from '../../shared/route';

/** CallHub answers /v1/users/ with a page holding the one user the API key belongs to. */
async function theUser(this: OperationContext, records: IDataObject[]): Promise<IDataObject[]> {
	return records.flatMap((page) => (Array.isArray(page.results) ? (page.results as IDataObject[]) : [page]));
}

export const userDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['user'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get the account user',
				description:
					'Retrieve the CallHub user the API key belongs to, with links to its phone books and campaigns',
				routing: route({ method: 'GET', url: '/v1/users/' }, { output: [theUser] }),
			},
		],
		default: 'get',
	},
];
