import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { simplifyField } from '../../shared/descriptions';
import { withDisplayOptions } from '../../shared/displayOptions';
import { route } from '../../shared/route';
import { contactLocator } from './fields';
import { simplifyContacts } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a contact',
	description: 'Retrieve a contact',
	routing: route({ method: 'GET', url: '/v1/contacts/{contact}/' }, { output: [simplifyContacts] }),
};

export const fields: INodeProperties[] = withDisplayOptions(
	{ show: { resource: ['contact'], operation: ['get'] } },
	[contactLocator, simplifyField],
);
