import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { callhubLocator, returnAllAndLimit } from '../../shared/descriptions';
import { withDisplayOptions } from '../../shared/displayOptions';
import { deleted } from '../../shared/output';
import { route } from '../../shared/route';
import { sendParameter } from '../../shared/sendParameter';

const sendTarget = sendParameter('target', 'body', 'target', (value) => String(value).trim());

const show = (operation: string[]) => ({ show: { resource: ['webhook'], operation } });

const operations: INodePropertyOptions[] = [
	{
		name: 'Create',
		value: 'create',
		action: 'Create a webhook',
		description: 'Have CallHub call a URL when an event happens (one event per webhook)',
		routing: route({ method: 'POST', url: '/v1/webhooks/' }, { prepare: [sendTarget] }),
	},
	{
		name: 'Delete',
		value: 'delete',
		action: 'Delete a webhook',
		description: 'Stop CallHub calling a webhook URL',
		routing: route({ method: 'DELETE', url: '/v1/webhooks/{webhook}/' }, { output: [deleted] }),
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many webhooks',
		description: 'Retrieve the webhooks registered on the account',
		routing: route({ method: 'GET', url: '/v1/webhooks/' }, { list: {} }),
	},
];

export const webhookDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['webhook'] } },
		options: operations,
		default: 'create',
	},
	...withDisplayOptions(show(['create']), [
		{
			displayName: 'Event',
			name: 'event',
			type: 'options',
			required: true,
			default: 'sb.reply',
			options: [
				{
					name: 'Agent Activated Account',
					value: 'agent.activation',
					description: 'An agent activated their account with the link CallHub emailed them',
				},
				{
					name: 'Call Center Notes Saved',
					value: 'cc.notes',
					description: 'A call center agent saved notes (and survey answers) for a call',
				},
				{
					name: 'Text Reply Received',
					value: 'sb.reply',
					description: 'Someone replied to a text (SMS) campaign',
				},
				{
					name: 'Voice Broadcast Transfer',
					value: 'vb.transfer',
					description: 'Someone pressed the transfer digit during a voice broadcast',
				},
			],
			description: 'When CallHub calls the target URL',
			routing: { send: { type: 'body', property: 'event' } },
		},
		{
			displayName: 'Target URL',
			name: 'target',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. https://n8n.example.org/webhook/callhub-replies',
			description:
				'The https address CallHub posts the event to. To start a workflow on CallHub events, the CallHub Trigger node registers its own webhook.',
		},
	]),
	...withDisplayOptions(show(['delete']), [
		callhubLocator({
			name: 'webhook',
			displayName: 'Webhook',
			urlSegment: 'webhooks',
			searchListMethod: 'searchWebhooks',
			description: 'The webhook to delete',
		}),
	]),
	...withDisplayOptions(show(['getAll']), returnAllAndLimit()),
];
