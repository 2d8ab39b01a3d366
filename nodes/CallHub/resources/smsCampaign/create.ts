import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { callerIdField, callerIdParameter, phoneBookIds, phoneBooksField } from '../../shared/campaigns';
import { withDisplayOptions } from '../../shared/displayOptions';
import type { Prepare } from '../../shared/operation';
import { route } from '../../shared/route';
import type { Schedule } from '../../shared/schedule';
import { defined, scheduleCollection, scheduleParameter, WEEKDAYS } from '../../shared/schedule';

/**
 * The schedule CallHub's own client always sends (callhub/callhub-mcp src/callhub/sms_broadcasts.py:
 * start now, expiry 30 days later, every day of the week "on", intervalretry 5, maxretry 0,
 * daily hours): REAL-CLIENTS.md lists a create without it as possibly refused with 400. Daily hours
 * default to 09:00–21:00, inside the usual quiet-hours rules (the MCP sends 08:00–21:00). Dates are
 * wall-clock times in the schedule's time zone: the workflow's unless the user sets one.
 */
function defaultSchedule(timezone: string, now = new Date()): Required<Omit<Schedule, 'days'>> {
	const wallClock = (date: Date) => {
		const parts = Object.fromEntries(
			new Intl.DateTimeFormat('en-CA', {
				timeZone: timezone,
				hourCycle: 'h23',
				year: 'numeric',
				month: '2-digit',
				day: '2-digit',
				hour: '2-digit',
				minute: '2-digit',
				second: '2-digit',
			})
				.formatToParts(date)
				.map((part) => [part.type, part.value]),
		);
		return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
	};
	return {
		startingdate: wallClock(now),
		expirationdate: wallClock(new Date(now.getTime() + 30 * 86_400_000)),
		daily_start_time: '09:00',
		daily_stop_time: '21:00',
		timezone,
	};
}

/** An SMS broadcast takes its schedule as flat keys, and its days of the week as "on"/"off". */
const sendBroadcast: Prepare = async function (request) {
	const body: IDataObject = {
		...((request.body as IDataObject) ?? {}),
		phonebook: phoneBookIds(this, 'phoneBooks'),
		callerid: callerIdParameter(this),
		callerid_choice: 'exists',
	};
	const given = scheduleParameter(this);
	const timezone = given?.timezone ?? this.getTimezone();
	const defaults = defaultSchedule(timezone);
	const { days, ...times } = given ?? { days: Object.fromEntries(WEEKDAYS.map((day) => [day, true])) };
	const schedule = { ...defaults, ...defined(times) };
	if (given?.expirationdate === undefined && given?.startingdate !== undefined && schedule.expirationdate <= schedule.startingdate) {
		// A start date set in the future keeps its 30 days.
		schedule.expirationdate = defaultSchedule(timezone, new Date(`${given.startingdate.replace(' ', 'T')}Z`)).expirationdate;
	}
	const { timezone: zone, ...rest } = schedule;
	Object.assign(body, rest, { timezone_choices: zone });
	for (const [day, runs] of Object.entries(days)) body[day] = runs ? 'on' : 'off';
	body.intervalretry ??= 5;
	body.maxretry ??= 0;
	body.dont_text_dnc ??= true;
	body.dont_text_litigator ??= true;
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
		phoneBooksField('The phone books to text (their mobile numbers)'),
		callerIdField('texts'),
		scheduleCollection("Time zone of the schedule, as an IANA name (the workflow's time zone when empty)"),
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
