import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { withDisplayOptions } from '../../shared/displayOptions';
import { tagName } from '../../shared/lookups';
import type { OperationContext } from '../../shared/operation';
import { deleted } from '../../shared/output';
import { route } from '../../shared/route';

const show = (operation: string[]) => ({ show: { resource: ['tag'], operation } });

/** CallHub's v2 create answers `{id, tag}`; the v1 endpoints use `name`. Output always has both. */
async function withName(this: OperationContext, records: Array<Record<string, unknown>>) {
	return records.map((record) => ({ ...record, name: tagName(record as never) }));
}

const operations: INodePropertyOptions[] = [
	{
		name: 'Create',
		value: 'create',
		action: 'Create a tag',
		description: 'Create a new tag',
		routing: route({ method: 'POST', url: '/v2/tags/' }, { output: [withName] }),
	},
	{
		name: 'Delete',
		value: 'delete',
		action: 'Delete a tag',
		description: 'Delete a tag (it is removed from every contact)',
		routing: route({ method: 'DELETE', url: '/v1/tags/{tag}/' }, { output: [deleted] }),
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get a tag',
		description: 'Retrieve a tag',
		routing: route({ method: 'GET', url: '/v1/tags/{tag}/' }),
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many tags',
		description: 'Retrieve the tags of the account',
		routing: route({ method: 'GET', url: '/v1/tags/' }, { list: {} }),
	},
	{
		name: 'Update',
		value: 'update',
		action: 'Rename a tag',
		description: 'Rename a tag',
		routing: route({ method: 'PATCH', url: '/v1/tags/{tag}/' }),
	},
];

export const tagDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['tag'] } },
		options: operations,
		default: 'create',
	},
	...withDisplayOptions(show(['create']), [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			description: 'Name of the new tag',
			routing: { send: { type: 'body', property: 'tag' } },
		},
	]),
	...withDisplayOptions(show(['delete', 'get', 'update']), [
		{
			displayName: 'Tag Name or ID',
			name: 'tag',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getTags' },
			required: true,
			default: '',
			description:
				'The tag. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	]),
	...withDisplayOptions(show(['update']), [
		{
			displayName: 'New Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			description: 'The new name of the tag',
			routing: { send: { type: 'body', property: 'name' } },
		},
	]),
	...withDisplayOptions(show(['getAll']), returnAllAndLimit()),
];
