import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { withDisplayOptions } from '../../shared/displayOptions';
import { deleted } from '../../shared/output';
import { route } from '../../shared/route';
import { dncListLocator } from './fields';

const show = (operation: string[]) => ({ show: { resource: ['dncList'], operation } });

const operations: INodePropertyOptions[] = [
	{
		name: 'Create',
		value: 'create',
		action: 'Create a DNC list',
		description: 'Create a new Do-Not-Call list',
		routing: route({ method: 'POST', url: '/v1/dnc_lists/' }),
	},
	{
		name: 'Delete',
		value: 'delete',
		action: 'Delete a DNC list',
		description: 'Delete a Do-Not-Call list and the numbers on it',
		routing: route({ method: 'DELETE', url: '/v1/dnc_lists/{dncList}/' }, { output: [deleted] }),
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many DNC lists',
		description: 'Retrieve the Do-Not-Call lists of the account',
		routing: route({ method: 'GET', url: '/v1/dnc_lists/' }, { list: {} }),
	},
	{
		name: 'Update',
		value: 'update',
		action: 'Rename a DNC list',
		description: 'Rename a Do-Not-Call list',
		routing: route({ method: 'PUT', url: '/v1/dnc_lists/{dncList}/' }),
	},
];

export const dncListDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['dncList'] } },
		options: operations,
		default: 'create',
	},
	...withDisplayOptions(show(['delete', 'update']), [dncListLocator]),
	...withDisplayOptions(show(['create', 'update']), [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Do not call',
			description: 'Name of the DNC list',
			routing: { send: { type: 'body', property: 'name' } },
		},
	]),
	...withDisplayOptions(show(['getAll']), returnAllAndLimit()),
];
