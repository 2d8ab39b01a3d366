import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { withDisplayOptions } from '../../shared/displayOptions';
import { deleted } from '../../shared/output';
import { route } from '../../shared/route';
import { contactLocator } from './fields';

export const option: INodePropertyOptions = {
	name: 'Remove Tag',
	value: 'removeTag',
	action: 'Remove a tag from a contact',
	description: 'Remove one tag from a contact',
	routing: route({ method: 'DELETE', url: '/v1/contacts/{contact}/tags/{tag}/' }, { output: [deleted] }),
};

export const fields: INodeProperties[] = withDisplayOptions(
	{ show: { resource: ['contact'], operation: ['removeTag'] } },
	[
		contactLocator,
		{
			displayName: 'Tag Name or ID',
			name: 'tag',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getTags' },
			required: true,
			default: '',
			description:
				'The tag to remove. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	],
);
