import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { withDisplayOptions } from '../../shared/displayOptions';

export { addContacts } from './addContacts';

const show = (operation: string[]) => ({ show: { resource: ['suppressionList'], operation } });

// Run by the node's `customOperations` (see addContacts.ts), not by a declarative route.
const operations: INodePropertyOptions[] = [
	{
		name: 'Add Contacts',
		value: 'addContacts',
		action: 'Add numbers to a suppression list',
		description:
			'Put the numbers of the input items on a suppression list, 10 to a call; each item gets its own result (a refused number fails only its item)',
	},
];

export const suppressionListDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['suppressionList'] } },
		options: operations,
		default: 'addContacts',
	},
	...withDisplayOptions(show(['addContacts']), [
		{
			displayName: 'Suppression List ID',
			name: 'suppressionList',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 3966566468442653936',
			description: "The suppression list's ID in CallHub",
		},
		{
			displayName: 'Phone Number',
			name: 'phoneNumber',
			type: 'string',
			default: '',
			placeholder: 'e.g. +14155550123',
			description: 'The number to suppress, with country code (e.g. the from_number of a text reply)',
		},
		{
			displayName: 'Mobile Number',
			name: 'mobileNumber',
			type: 'string',
			default: '',
			placeholder: 'e.g. +14155550124',
			description: 'A mobile number to suppress (either this or Phone Number, or both)',
		},
	]),
];
