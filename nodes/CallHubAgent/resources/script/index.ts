import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { withDisplayOptions } from '../../../CallHub/shared/displayOptions';
import { unwrap } from '../../output';
import { route } from '../../route';
import { campaignField } from '../fields';
import * as submitAnswers from './submitAnswers';

const show = (operation: string[]) => ({ show: { resource: ['script'], operation } });

const operations: INodePropertyOptions[] = [
	{
		name: 'Get Sections',
		value: 'getSections',
		action: "Get a campaign's script sections",
		description: "Retrieve the script and survey questions of a campaign, one item per section, to show on the agent's screen",
		routing: route({ method: 'GET', url: '/v2/script-sections/{campaign}/' }, { output: [unwrap('script_sections')] }),
	},
	{
		name: 'Get Subscriber History',
		value: 'getSubscriberHistory',
		action: "Get a subscriber's history",
		description: 'Retrieve the voice, SMS and call-center history of the contact being called',
		routing: route({ method: 'GET', url: '/v2/subscriber-history/{subscriber}/' }),
	},
	{
		name: 'Save Contact Notes',
		value: 'saveContactNotes',
		action: 'Save notes for a contact',
		description: 'Save notes about the conversation with a contact (shown in call reports)',
		routing: route({ method: 'POST', url: '/v2/contact-notes/{contact}/' }),
	},
	submitAnswers.option,
];

export const scriptDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['script'] } },
		options: operations,
		default: 'getSections',
	},
	...withDisplayOptions(show(['getSections']), [campaignField('The campaign whose script to read')]),
	...withDisplayOptions(show(['getSubscriberHistory']), [
		{
			displayName: 'Subscriber ID',
			name: 'subscriber',
			type: 'string',
			required: true,
			default: '={{ $json.current_subscriber }}',
			placeholder: 'e.g. 3966566468442653936',
			description: 'The contact being called: current_subscriber of Agent → Get Status or Conference → Call Next Subscriber',
		},
	]),
	...withDisplayOptions(show(['saveContactNotes']), [
		{
			displayName: 'Contact ID',
			name: 'contact',
			type: 'string',
			required: true,
			default: '={{ $json.current_subscriber }}',
			placeholder: 'e.g. 3966566468442653936',
			description: 'The contact the notes are about (e.g. current_subscriber while the agent is on the call)',
		},
		{
			displayName: 'Notes',
			name: 'notes',
			type: 'string',
			typeOptions: { rows: 4 },
			required: true,
			default: '',
			description: 'What was said, to keep with the contact',
			routing: { send: { type: 'body', property: 'notes' } },
		},
	]),
	...submitAnswers.fields,
];
