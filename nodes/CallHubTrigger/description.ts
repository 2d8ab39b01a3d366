import type { INodeProperties } from 'n8n-workflow';

import { CALLHUB_EVENTS } from './events';
import { SOURCE_EVENTS, SOURCE_WORKFLOW } from './parameters';

const forWorkflow = { show: { source: [SOURCE_WORKFLOW] } };

const SUGGESTED_BODY = '{ "event": "disposition.added" }';

export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Source',
		name: 'source',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'API Webhook Events',
				value: SOURCE_EVENTS,
				description:
					'CallHub calls n8n on the events chosen below; the trigger registers and removes the webhooks itself',
			},
			{
				name: 'CallHub Workflow Webhook',
				value: SOURCE_WORKFLOW,
				description:
					'A webhook step in a CallHub Workflow calls n8n (disposition added, survey response, call completed, tag added…); you paste the URL into CallHub',
			},
		],
		default: SOURCE_EVENTS,
	},
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		options: CALLHUB_EVENTS,
		default: [],
		description: 'The CallHub events that start the workflow; one CallHub webhook is registered for each',
		displayOptions: { show: { source: [SOURCE_EVENTS] } },
	},
	{
		displayName: 'Other Events',
		name: 'otherEvents',
		type: 'string',
		default: '',
		placeholder: 'e.g. p2p.reply, cc.transfer',
		description:
			"Further CallHub event names, separated by commas; one webhook is registered for each, like the events above. These are not in CallHub's public list of webhook events: real integrations register p2p.reply (replies in peer-to-peer texting) and mention cc.transfer. If CallHub refuses a name, activation fails with its message.",
		displayOptions: { show: { source: [SOURCE_EVENTS] } },
	},
	{
		displayName: `In CallHub, open <b>Workflows</b>, add a webhook to a trigger or action, and paste this node's <b>Production URL</b> (see Webhook URLs above) followed by <code>?token=</code> and the Secret Token below, e.g. <code>https://n8n.example.com/webhook/…/webhook?token=YOUR_SECRET_TOKEN</code>. Use the Test URL the same way while trying it out.<br><br>Suggested request body: <code>${SUGGESTED_BODY}</code> (name the step in <code>event</code>) plus the merge tags you need; CallHub adds the contact, disposition and survey fields by default.`,
		name: 'workflowNotice',
		type: 'notice',
		default: '',
		displayOptions: forWorkflow,
	},
	{
		displayName: 'Secret Token',
		name: 'secretToken',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		placeholder: 'e.g. 9f2c4e7a1b3d5f60718293a4b5c6d7e8',
		description:
			'A secret of at least 24 letters and digits that CallHub sends back in the URL (token=...); calls without it are refused. Activating with this empty suggests a random one.',
		displayOptions: forWorkflow,
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			'Whether to return simplified data: survey answers by question, the agent as one object, NationBuilder tags as a list',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Include Raw Envelope',
				name: 'includeRawEnvelope',
				type: 'boolean',
				default: false,
				description: 'Whether to add the request body exactly as CallHub sent it, under "envelope"',
			},
		],
	},
];
