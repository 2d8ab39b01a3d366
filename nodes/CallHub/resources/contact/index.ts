import type { INodeProperties } from 'n8n-workflow';

import * as addNote from './addNote';
import * as addTags from './addTags';
import * as bulkImport from './bulkImport';
import * as create from './create';
import * as del from './delete';
import * as get from './get';
import * as getAll from './getAll';
import * as removeTag from './removeTag';
import * as update from './update';
import * as upsert from './upsert';

const operations = [addNote, addTags, bulkImport, create, upsert, del, get, getAll, removeTag, update];

export const contactDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contact'] } },
		options: operations.map((operation) => operation.option),
		default: 'create',
	},
	...operations.flatMap((operation) => operation.fields),
];
