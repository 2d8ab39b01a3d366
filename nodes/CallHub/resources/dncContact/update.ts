import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { withDisplayOptions } from '../../shared/displayOptions';
import { route } from '../../shared/route';
import { dncListLocator } from '../dncList/fields';
import { sendDncListUrl, sendPhoneNumber } from './entries';
import { categoryField, dncContactLocator, phoneNumberField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a DNC contact',
	description: 'Change the number of a DNC entry, the list it is on, or its category',
	routing: route({ method: 'PUT', url: '/v1/dnc_contacts/{dncContact}/' }, { prepare: [sendDncListUrl, sendPhoneNumber] }),
};

// CallHub's PUT needs both the list and the number, even when only one of them changes.
export const fields: INodeProperties[] = withDisplayOptions(
	{ show: { resource: ['dncContact'], operation: ['update'] } },
	[
		dncContactLocator,
		{ ...dncListLocator, description: 'The DNC list the number is on (or moves to)' },
		phoneNumberField,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [categoryField],
		},
	],
);
