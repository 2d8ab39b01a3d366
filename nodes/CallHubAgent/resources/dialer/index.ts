import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { withDisplayOptions } from '../../../CallHub/shared/displayOptions';
import type { OperationConfig } from '../../../CallHub/shared/operation';
import { withUuid } from '../../output';
import { route } from '../../route';
import { campaignField, uuidField, uuidPlaceholder } from '../fields';

const show = (operation: string[]) => ({ show: { resource: ['dialer'], operation } });

const step: OperationConfig = {
	placeholders: { dialer: uuidPlaceholder('dialer') },
	output: [withUuid('dialer', 'dialer_uuid')],
};

const operations: INodePropertyOptions[] = [
	{
		name: 'Call Contact',
		value: 'callContact',
		action: 'Call the contact of a dialer',
		description: "CallHub calls the agent, then connects them to the dialer's contact on their mobile or landline number",
		routing: route({ method: 'POST', url: '/v2/dialer/{dialer}/agent/' }, step),
	},
	{
		name: 'Create',
		value: 'create',
		action: 'Create a dialer',
		description: 'Prepare a call from the agent to one contact. Then Call Contact with its dialer_uuid.',
		routing: route({ method: 'POST', url: '/v2/dialer/' }),
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get a dialer',
		description: 'Retrieve a dialer',
		routing: route({ method: 'GET', url: '/v2/dialer/{dialer}/' }, step),
	},
];

export const dialerDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['dialer'] } },
		options: operations,
		default: 'create',
	},
	...withDisplayOptions(show(['create']), [
		{
			displayName: 'Contact ID',
			name: 'contactId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 3966566468442653936',
			description: 'The CallHub contact to call',
			routing: { send: { type: 'body', property: 'contact_id' } },
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					...campaignField('The campaign the call belongs to (its script and caller ID)', false),
					routing: { send: { type: 'body', property: 'campaign_id' } },
				},
			],
		},
	]),
	...withDisplayOptions(show(['callContact', 'get']), [uuidField('dialer')]),
	...withDisplayOptions(show(['callContact']), [
		{
			displayName: 'Number Type',
			name: 'numType',
			type: 'options',
			options: [
				{ name: 'Landline', value: 'contact', description: "The contact's phone number (CallHub's contact field)" },
				{ name: 'Mobile', value: 'mobile', description: "The contact's mobile number" },
			],
			default: 'mobile',
			description: 'Which of the contact\'s numbers to call',
			routing: { send: { type: 'body', property: 'num_type' } },
		},
	]),
];
