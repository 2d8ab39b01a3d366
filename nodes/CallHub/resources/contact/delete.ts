import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { withDisplayOptions } from '../../shared/displayOptions';
import { deleted } from '../../shared/output';
import { route } from '../../shared/route';
import { contactLocator } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a contact',
	description: 'Delete a contact',
	routing: route({ method: 'DELETE', url: '/v1/contacts/{contact}/' }, { output: [deleted] }),
};

export const fields: INodeProperties[] = withDisplayOptions(
	{ show: { resource: ['contact'], operation: ['delete'] } },
	[contactLocator],
);
