import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationContext } from './operation';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export interface Schedule {
	startingdate?: string;
	expirationdate?: string;
	daily_start_time?: string;
	daily_stop_time?: string;
	timezone?: string;
	/** Whether the campaign runs on each day of the week. */
	days: Record<string, boolean>;
}

/** When a campaign may call or text: dates, daily hours, time zone and days of the week. */
export function scheduleCollection(timezoneDescription: string): INodeProperties {
	return {
		displayName: 'Schedule',
		name: 'schedule',
		type: 'collection',
		placeholder: 'Add Schedule Setting',
		default: {},
		description: 'When the campaign may run. Dates and hours are wall-clock times in the Time Zone.',
		options: [
			{
				displayName: 'Daily Start Time',
				name: 'dailyStartTime',
				type: 'string',
				default: '',
				placeholder: 'e.g. 09:00',
				description: 'Time of day (24-hour HH:MM) from which the campaign runs each day',
			},
			{
				displayName: 'Daily Stop Time',
				name: 'dailyStopTime',
				type: 'string',
				default: '',
				placeholder: 'e.g. 20:30',
				description: 'Time of day (24-hour HH:MM) at which the campaign stops each day',
			},
			{
				displayName: 'Days of the Week',
				name: 'weekdays',
				type: 'multiOptions',
				default: [...WEEKDAYS],
				options: WEEKDAYS.map((day) => ({ name: day.charAt(0).toUpperCase() + day.slice(1), value: day })),
				description: 'Days the campaign runs on; at least one of them must fall between the start and end dates',
			},
			{
				displayName: 'End Date',
				name: 'endDate',
				type: 'dateTime',
				default: '',
				description: 'When the campaign ends',
			},
			{
				displayName: 'Start Date',
				name: 'startDate',
				type: 'dateTime',
				default: '',
				description: 'When the campaign may start',
			},
			{
				displayName: 'Time Zone',
				name: 'timezone',
				type: 'string',
				default: '',
				placeholder: 'e.g. America/New_York',
				description: timezoneDescription,
			},
		],
	};
}

function fail(ctx: OperationContext, message: string, description: string): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), message, { description, itemIndex: ctx.getItemIndex() });
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?/;

/**
 * CallHub's "YYYY-MM-DD HH:MM:SS". The time is taken as written (a zone or offset is dropped, not
 * converted), because CallHub reads it in the campaign's time zone.
 */
function callhubDateTime(ctx: OperationContext, value: unknown, label: string): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const text = value instanceof Date ? value.toISOString() : String(value).trim();
	const match = DATE_TIME.exec(text);
	if (!match) {
		throw fail(ctx, `The ${label} "${text.slice(0, 40)}" is not a date and time`, 'Use a date and time such as 2026-05-04T09:00:00.');
	}
	return `${match[1]} ${match[2]}:${match[3]}:${match[4] ?? '00'}`;
}

function dailyTime(ctx: OperationContext, value: unknown, label: string): string | undefined {
	const text = String(value ?? '').trim();
	if (text === '') return undefined;
	const match = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(text);
	if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) {
		throw fail(ctx, `The ${label} "${text.slice(0, 20)}" is not a time of day`, 'Use 24-hour HH:MM, e.g. 09:00 or 20:30.');
	}
	return `${match[1].padStart(2, '0')}:${match[2]}`;
}

/** The Schedule parameter, checked and in CallHub's formats; undefined when no setting was added. */
export function scheduleParameter(ctx: OperationContext): Schedule | undefined {
	const values = ctx.getNodeParameter('schedule', {}) as IDataObject;
	if (Object.keys(values).length === 0) return undefined;
	const weekdays = (values.weekdays as string[] | undefined) ?? WEEKDAYS;
	const schedule: Schedule = {
		startingdate: callhubDateTime(ctx, values.startDate, 'Start Date'),
		expirationdate: callhubDateTime(ctx, values.endDate, 'End Date'),
		daily_start_time: dailyTime(ctx, values.dailyStartTime, 'Daily Start Time'),
		daily_stop_time: dailyTime(ctx, values.dailyStopTime, 'Daily Stop Time'),
		timezone: String(values.timezone ?? '').trim() || undefined,
		days: Object.fromEntries(WEEKDAYS.map((day) => [day, weekdays.includes(day)])),
	};
	if (weekdays.length === 0) throw fail(ctx, 'No day of the week is selected', "Select at least one day under Schedule → 'Days of the Week'.");
	if (schedule.startingdate && schedule.expirationdate && schedule.expirationdate <= schedule.startingdate) {
		throw fail(ctx, 'The End Date is not after the Start Date', 'Set an End Date later than the Start Date.');
	}
	return schedule;
}

/** Drops the settings that were not given, so CallHub keeps its defaults for them. */
export function defined(values: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}
