import type { INodeProperties } from 'n8n-workflow';

import * as add from './add';
import * as getAll from './getAll';
import * as remove from './remove';
import * as update from './update';

const operations = [add, getAll, remove, update];

export const dncContactDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['dncContact'] } },
		options: operations.map((operation) => operation.option),
		default: 'add',
	},
	...operations.flatMap((operation) => operation.fields),
];
