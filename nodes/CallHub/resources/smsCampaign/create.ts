import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { callerIdParameter, phoneBookIds } from '../../shared/campaigns';
import { withDisplayOptions } from '../../shared/displayOptions';
import type { Prepare } from '../../shared/operation';
import { route } from '../../shared/route';
import { defined, scheduleCollection, scheduleParameter } from '../../shared/schedule';

/** An SMS broadcast takes its schedule as flat keys, and its days of the week as "on"/"off". */
const sendBroadcast: Prepare = async function (request) {
	const body: IDataObject = {
		...((request.body as IDataObject) ?? {}),
		phonebook: phoneBookIds(this, 'phoneBooks'),
		callerid: callerIdParameter(this),
		callerid_choice: 'exists',
	};
	const schedule = scheduleParameter(this);
	if (schedule) {
		const { days, timezone, ...times } = schedule;
		Object.assign(body, defined({ ...times, timezone_choices: timezone }));
		for (const [day, runs] of Object.entries(days)) body[day] = runs ? 'on' : 'off';
	}
	return { ...request, body };
};

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create an SMS campaign',
	description: 'Create a text (SMS) broadcast to phone books; start it with Update, Status Start',
	routing: route({ method: 'POST', url: '/v2/sms_broadcast/create/' }, { prepare: [sendBroadcast] }),
};

function bodyOption(displayName: string, name: string, property: string, extra: Partial<INodeProperties>): INodeProperties {
	return { displayName, name, default: '', routing: { send: { type: 'body', property } }, ...extra } as INodeProperties;
}

export const fields: INodeProperties[] = withDisplayOptions(
	{ show: { resource: ['smsCampaign'], operation: ['create'] } },
	[
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Event invite',
			description: 'Name of the SMS campaign',
			routing: { send: { type: 'body', property: 'name' } },
		},
		{
			displayName: 'Message',
			name: 'textMessage',
			type: 'string',
			typeOptions: { rows: 4 },
			required: true,
			default: '',
			placeholder: 'e.g. Hi {first_name}, join us on Friday!',
			description: 'The text to send (up to 1,600 characters); contact fields such as {first_name} are filled in by CallHub',
			routing: { send: { type: 'body', property: 'text_message' } },
		},
		{
			displayName: 'Phone Book Names or IDs',
			name: 'phoneBooks',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getPhoneBooks' },
			required: true,
			default: [],
			description:
				'The phone books to text (their mobile numbers). Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Caller ID',
			name: 'callerId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. +14155550123',
			description: 'The number texts come from: one validated or rented in your CallHub account',
		},
		scheduleCollection('Time zone of the schedule, as an IANA name (CallHub uses the account time zone when empty)'),
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				bodyOption('Description', 'description', 'description', {
					type: 'string',
					description: 'What the campaign is for',
				}),
				bodyOption('Max Retries', 'maxRetries', 'maxretry', {
					type: 'number',
					typeOptions: { minValue: 0 },
					default: 0,
					description: 'How many times to retry a text that failed',
				}),
				bodyOption('Opt-Out Message', 'optOutMessage', 'opt_out_language', {
					type: 'string',
					placeholder: 'e.g. Reply STOP to opt out',
					description: 'Opt-out instructions CallHub adds to the message',
				}),
				bodyOption('Retry Interval (Minutes)', 'retryInterval', 'intervalretry', {
					type: 'number',
					typeOptions: { minValue: 1 },
					default: 5,
					description: 'Minutes to wait before retrying a failed text',
				}),
				bodyOption('Skip DNC Numbers', 'skipDncNumbers', 'dont_text_dnc', {
					type: 'boolean',
					default: true,
					description: 'Whether to skip numbers on your Do-Not-Call lists',
				}),
				bodyOption('Skip Litigators', 'skipLitigators', 'dont_text_litigator', {
					type: 'boolean',
					default: true,
					description: 'Whether to skip numbers of known litigators',
				}),
				bodyOption('Use Contact Time Zone', 'useContactTimezone', 'use_contact_tz', {
					type: 'boolean',
					default: false,
					description: "Whether to apply the daily hours in each contact's own time zone",
				}),
			],
		},
	],
);
