import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit, simplifyField } from '../../shared/descriptions';
import { withDisplayOptions } from '../../shared/displayOptions';
import { deleted } from '../../shared/output';
import { route } from '../../shared/route';
import { simplifyContacts } from '../contact/simplify';
import { sendContactIds } from './contactIds';
import { contactIdsField, phoneBookLocator } from './fields';

const show = (operation: string[]) => ({ show: { resource: ['phoneBook'], operation } });

const operations: INodePropertyOptions[] = [
	{
		name: 'Add Contacts',
		value: 'addContacts',
		action: 'Add contacts to a phone book',
		description: 'Add existing contacts to a phone book',
		routing: route({ method: 'POST', url: '/v1/phonebooks/{phoneBook}/contacts/' }, { prepare: [sendContactIds] }),
	},
	{
		name: 'Create',
		value: 'create',
		action: 'Create a phone book',
		description: 'Create a new phone book',
		routing: route({ method: 'POST', url: '/v1/phonebooks/' }),
	},
	{
		name: 'Delete',
		value: 'delete',
		action: 'Delete a phone book',
		description: 'Delete a phone book (its contacts are kept)',
		routing: route({ method: 'DELETE', url: '/v1/phonebooks/{phoneBook}/' }, { output: [deleted] }),
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get a phone book',
		description: 'Retrieve a phone book',
		routing: route({ method: 'GET', url: '/v1/phonebooks/{phoneBook}/' }),
	},
	{
		name: 'Get Contacts',
		value: 'getContacts',
		action: 'Get contacts of a phone book',
		description: 'Retrieve the contacts in a phone book',
		routing: route({ method: 'GET', url: '/v1/phonebooks/{phoneBook}/contacts/' }, { list: {}, output: [simplifyContacts] }),
	},
	{
		name: 'Get Count',
		value: 'getCount',
		action: 'Count the numbers in a phone book',
		description: 'Count the phone and mobile numbers in a phone book (e.g. to see whether an import finished)',
		routing: route({ method: 'GET', url: '/v1/phonebooks/{phoneBook}/numbers_count/' }),
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many phone books',
		description: 'Retrieve many phone books',
		routing: route({ method: 'GET', url: '/v1/phonebooks/' }, { list: {} }),
	},
	{
		name: 'Remove Contacts',
		value: 'removeContacts',
		action: 'Remove contacts from a phone book',
		description: 'Remove contacts from a phone book (the contacts themselves are kept)',
		routing: route({ method: 'DELETE', url: '/v1/phonebooks/{phoneBook}/contacts/' }, { prepare: [sendContactIds] }),
	},
	{
		name: 'Update',
		value: 'update',
		action: 'Update a phone book',
		description: "Rename a phone book or change its description",
		routing: route({ method: 'PATCH', url: '/v1/phonebooks/{phoneBook}/' }),
	},
];

function textField(displayName: string, name: string, description: string, required = false): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		required,
		description,
		routing: { send: { type: 'body', property: name } },
	};
}

export const phoneBookDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['phoneBook'] } },
		options: operations,
		default: 'create',
	},
	...withDisplayOptions(show(['create']), [
		textField('Name', 'name', 'Name of the phone book', true),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [textField('Description', 'description', 'What the phone book is for')],
		},
	]),
	...withDisplayOptions(
		show(['addContacts', 'delete', 'get', 'getContacts', 'getCount', 'removeContacts', 'update']),
		[phoneBookLocator],
	),
	...withDisplayOptions(show(['addContacts', 'removeContacts']), [contactIdsField]),
	...withDisplayOptions(show(['update']), [
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				textField('Description', 'description', 'What the phone book is for'),
				textField('Name', 'name', 'Name of the phone book'),
			],
		},
	]),
	...withDisplayOptions(show(['getAll', 'getContacts']), returnAllAndLimit()),
	...withDisplayOptions(show(['getContacts']), [simplifyField]),
];
