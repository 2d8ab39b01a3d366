import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { simplifyField } from '../../shared/descriptions';
import { withDisplayOptions } from '../../shared/displayOptions';
import { route } from '../../shared/route';
import { checkCustomFieldNames } from './customFields';
import { contactDetailFields, customFieldsField, phoneNumberField } from './fields';
import { normalizePhoneFields, normalizePhones } from './normalize';
import { simplifyContacts } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a contact',
	description: 'Create a new contact',
	routing: route(
		{ method: 'POST', url: '/v1/contacts/' },
		{ prepare: [normalizePhones, checkCustomFieldNames], output: [simplifyContacts] },
	),
};

export const fields: INodeProperties[] = withDisplayOptions(
	{ show: { resource: ['contact'], operation: ['create'] } },
	[
		{ ...phoneNumberField, required: true },
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: contactDetailFields,
		},
		customFieldsField,
		...normalizePhoneFields,
		simplifyField,
	],
);
