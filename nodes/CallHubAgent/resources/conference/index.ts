import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { withDisplayOptions } from '../../../CallHub/shared/displayOptions';
import type { OperationConfig } from '../../../CallHub/shared/operation';
import { idsAsStrings, withUuid } from '../../output';
import { route } from '../../route';
import { campaignField, uuidField, uuidPlaceholder } from '../fields';

const show = (operation: string[]) => ({ show: { resource: ['conference'], operation } });

/** Every step after Create names the conference by uuid and passes it on for the next step. */
function step(extra: OperationConfig = {}, confirmation = {}): OperationConfig {
	return {
		placeholders: { conference: uuidPlaceholder('conference') },
		output: [withUuid('conference', 'conference_uuid', confirmation), idsAsStrings('current_subscriber')],
		...extra,
	};
}

const operations: INodePropertyOptions[] = [
	{
		name: 'Call Next Subscriber',
		value: 'callNextSubscriber',
		action: 'Call the next subscriber',
		description:
			'Step 3: call the next contact of the campaign (a call in progress ends). Then Drop Voicemail, Call Supervisor, Script → Submit Answers, or call the next one.',
		routing: route({ method: 'POST', url: '/v2/conference/{conference}/subscriber/' }, step()),
	},
	{
		name: 'Call Supervisor',
		value: 'callSupervisor',
		action: 'Call a supervisor into the call',
		description: 'Call a third party (a supervisor) to join the call with the subscriber',
		routing: route({ method: 'POST', url: '/v2/conference/{conference}/supervisor/' }, step()),
	},
	{
		name: 'Create',
		value: 'create',
		action: 'Create a conference',
		description: 'Step 1 of a call session: open a conference in a campaign. Then Join Agent with its conference_uuid.',
		routing: route({ method: 'POST', url: '/v2/conference/' }),
	},
	{
		name: 'Drop Voicemail',
		value: 'dropVoicemail',
		action: 'Drop voicemail to the subscriber',
		description: "Leave the campaign's voicemail message for the subscriber and hang up",
		routing: route({ method: 'POST', url: '/v2/conference/{conference}/subscriber/voicemail/' }, step()),
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get a conference',
		description: 'Retrieve a conference',
		routing: route({ method: 'GET', url: '/v2/conference/{conference}/' }, step()),
	},
	{
		name: 'Hang Up Supervisor',
		value: 'hangUpSupervisor',
		action: 'Hang up the supervisor',
		description: 'Remove the supervisor from the call; the agent stays with the subscriber',
		routing: route({ method: 'DELETE', url: '/v2/conference/{conference}/supervisor/' }, step()),
	},
	{
		name: 'Join Agent',
		value: 'joinAgent',
		action: 'Join the agent to a conference',
		description: "Step 2: CallHub calls the agent (on their phone or SIP endpoint) and joins them to the campaign. Then Call Next Subscriber.",
		routing: route({ method: 'PUT', url: '/v2/conference/{conference}/agent/' }, step()),
	},
	{
		name: 'Remove Agent',
		value: 'removeAgent',
		action: 'Remove the agent from a conference',
		description: 'End the call session: the agent leaves the conference and the campaign',
		routing: route({ method: 'DELETE', url: '/v2/conference/{conference}/agent/' }, step({}, { left: true })),
	},
	{
		name: 'Transfer to Supervisor',
		value: 'transferToSupervisor',
		action: 'Hand the call over to the supervisor',
		description: 'After Call Supervisor: the supervisor keeps the call with the subscriber and the agent is free to call the next one',
		routing: route({ method: 'POST', url: '/v2/conference/{conference}/subscriber/transfer/' }, step()),
	},
];

export const conferenceDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['conference'] } },
		options: operations,
		default: 'create',
	},
	...withDisplayOptions(show(['create']), [
		{
			...campaignField('The campaign to make calls in (one the agent is assigned to)'),
			routing: { send: { type: 'body', property: 'campaign_id' } },
		},
	]),
	...withDisplayOptions(
		show(['callNextSubscriber', 'callSupervisor', 'dropVoicemail', 'get', 'hangUpSupervisor', 'joinAgent', 'removeAgent', 'transferToSupervisor']),
		[uuidField('conference')],
	),
	...withDisplayOptions(show(['joinAgent']), [
		{
			displayName: 'Endpoint',
			name: 'endpoint',
			type: 'options',
			options: [
				{ name: 'Phone', value: 'PHONE', description: "CallHub calls the phone number in the agent's details" },
				{ name: 'SIP', value: 'SIP', description: "CallHub calls the agent's SIP endpoint (Agent → Get SIP Endpoint)" },
			],
			default: 'PHONE',
			description: 'Where CallHub calls the agent',
			routing: { send: { type: 'body', property: 'endpoint' } },
		},
	]),
	...withDisplayOptions(show(['callSupervisor']), [
		{
			displayName: 'Phone Number',
			name: 'phoneNumber',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. +14155550123',
			description: "The supervisor's phone number, with country code",
			routing: { send: { type: 'body', property: 'phone_number' } },
		},
	]),
];
