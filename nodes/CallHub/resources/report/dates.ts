import { NodeOperationError } from 'n8n-workflow';

import type { OperationContext } from '../../shared/operation';

interface CalendarDate {
	year: number;
	month: number;
	day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * The calendar day a dateTime parameter names, as written: n8n gives `2026-12-03T00:00:00` (or a
 * Luxon DateTime from an expression such as `{{ $today.minus(1, 'day') }}`); reading the digits
 * instead of converting through a time zone keeps the day the user picked.
 */
function calendarDate(value: unknown): CalendarDate | undefined {
	if (typeof value === 'string') {
		const text = value.trim();
		const iso = ISO_DATE.exec(text);
		if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
		const us = US_DATE.exec(text);
		if (us) return { year: Number(us[3]), month: Number(us[1]), day: Number(us[2]) };
		return undefined;
	}
	if (value instanceof Date && !Number.isNaN(value.getTime())) {
		return { year: value.getFullYear(), month: value.getMonth() + 1, day: value.getDate() };
	}
	const luxon = value as { year?: unknown; month?: unknown; day?: unknown; isValid?: unknown } | null;
	if (luxon && typeof luxon === 'object' && typeof luxon.year === 'number' && luxon.isValid !== false) {
		return { year: luxon.year, month: Number(luxon.month), day: Number(luxon.day) };
	}
	return undefined;
}

const pad = (value: number) => String(value).padStart(2, '0');

export type DateFormat = 'MM/DD/YYYY' | 'YYYY-MM-DD';

/** A dateTime parameter as CallHub takes it in `format`; a value that is no date fails naming the parameter. */
export function dateParameter(ctx: OperationContext, name: string, label: string, format: DateFormat): string {
	const value = ctx.getNodeParameter(name, '') as unknown;
	const date = calendarDate(value);
	if (!date || date.month < 1 || date.month > 12 || date.day < 1 || date.day > 31) {
		throw new NodeOperationError(
			ctx.getNode(),
			value === '' || value === undefined || value === null
				? `The ${label} parameter is empty`
				: `The ${label} parameter "${String(value).slice(0, 40)}" is not a date`,
			{
				description: `Pick a date, or use an expression giving one, e.g. {{ $today.minus(1, 'day') }} or 2026-12-03.`,
				itemIndex: ctx.getItemIndex(),
			},
		);
	}
	return format === 'MM/DD/YYYY'
		? `${pad(date.month)}/${pad(date.day)}/${date.year}`
		: `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}
