import type { EmuRequest, Router } from '../http';
import { badRequest, bodyObject, created, HttpError, notFound, ok } from '../http';
import { demoSeeds } from '../seed';
import type { AccountState, Json } from '../state';
import type { Campaign } from './campaigns';
import {
	addCampaign,
	campaigns,
	campaignUrl,
	dailyTimeError,
	phoneBookIds,
	phoneBooksNamed,
	registerCampaignEndpoints,
	scheduleDate,
	STATUS,
	WEEKDAYS,
	weekdayInRange,
} from './campaigns';
import { phoneDigits } from './contacts';

const MAX_MESSAGE_LENGTH = 1600;

/** Weekdays of an SMS broadcast are "on"/"off" (booleans are read too); all days run when none is sent. */
function runsOn(body: Json, day: string): boolean {
	const value = body[day];
	return value === undefined || value === true || value === 'on' || value === 'true';
}

function nonNegativeInteger(body: Json, field: string, errors: Json): number | undefined {
	if (body[field] === undefined || body[field] === null || body[field] === '') return undefined;
	const value = Number(body[field]);
	if (!Number.isInteger(value)) errors[field] = ['A valid integer is required.'];
	else if (value < 0) errors[field] = ['Ensure this value is greater than or equal to 0.'];
	return value;
}

/** Variant `sms-schedule-required`: what CallHub's own client always sends (callhub-mcp sms_broadcasts.py). */
const FULL_SCHEDULE = ['startingdate', 'expirationdate', 'daily_start_time', 'daily_stop_time', ...WEEKDAYS, 'intervalretry', 'maxretry'];

function createBroadcast(state: AccountState, body: Json, scheduleRequired: boolean): Campaign {
	const errors: Json = {};
	if (scheduleRequired) {
		for (const field of FULL_SCHEDULE) {
			if (body[field] === undefined || body[field] === null || body[field] === '') errors[field] = ['This field is required.'];
		}
	}
	const text = (field: string) => (typeof body[field] === 'string' ? (body[field] as string).trim() : '');
	if (text('name') === '') errors.name = ['This field is required.'];
	if (text('text_message') === '') errors.text_message = ['This field is required.'];
	else if (text('text_message').length > MAX_MESSAGE_LENGTH) {
		errors.text_message = [`Ensure this field has no more than ${MAX_MESSAGE_LENGTH} characters.`];
	}
	let phonebooks: string[] = [];
	try {
		phonebooks = phoneBookIds(state, body.phonebook, 'phonebook');
	} catch (error) {
		if (!(error instanceof HttpError)) throw error;
		Object.assign(errors, error.body as Json);
	}
	if (text('callerid') === '') errors.callerid = ['This field is required.'];
	else if (!phoneDigits(text('callerid'))) errors.callerid = ['Enter a valid caller ID: a number validated or rented in CallHub.'];
	const start = scheduleDate(body.startingdate);
	const end = scheduleDate(body.expirationdate);
	if (start.error) errors.startingdate = [start.error];
	if (end.error) errors.expirationdate = [end.error];
	if (start.date && end.date && end.date <= start.date) errors.expirationdate = ['The end date must be after the start date.'];
	for (const field of ['daily_start_time', 'daily_stop_time']) {
		const error = dailyTimeError(body[field]);
		if (error) errors[field] = [error];
	}
	nonNegativeInteger(body, 'maxretry', errors);
	nonNegativeInteger(body, 'intervalretry', errors);
	const from = start.date ?? new Date();
	if (Object.keys(errors).length === 0 && !weekdayInRange(from, end.date ?? new Date(from.getTime() + 6 * 86400000), (day) => runsOn(body, day))) {
		errors.non_field_errors = ['None of the selected days of the week falls between the start and end dates.'];
	}
	if (Object.keys(errors).length) badRequest(errors);
	const details: Json = { ...body };
	delete details.name;
	delete details.phonebook;
	for (const day of WEEKDAYS) details[day] = runsOn(body, day) ? 'on' : 'off';
	// A new broadcast does not send until it is started (PUT /v1/sms_campaigns/{id}/ status 1).
	return addCampaign(state, 'sms_campaigns', { name: text('name'), status: STATUS.PAUSE, phonebooks, callerid: text('callerid'), details });
}

/** CallHub refuses to start an SMS campaign whose phone books are empty or that has no caller ID. */
function beforeStart(state: AccountState, campaign: Campaign): void {
	const contacts = campaign.phonebooks.reduce((sum, id) => sum + (state.phoneBooks.get(id)?.contacts.size ?? 0), 0);
	if (contacts === 0) badRequest({ detail: 'The campaign cannot be started: its phone books have no contacts.' });
	if (!campaign.callerid) badRequest({ detail: 'The campaign cannot be started: it has no caller ID.' });
}

/** SMS campaigns accept START, PAUSE and END (official docs list 1, 2 and 4; there is no ABORT). */
export function registerSmsCampaigns(router: Router): void {
	registerCampaignEndpoints(router, 'sms_campaigns', { statuses: [1, 2, 4], fields: [], beforeStart });
	const presentBroadcast = (req: EmuRequest, campaign: Campaign) => ({
		url: campaignUrl(req.origin, 'sms_campaigns', campaign.id),
		id: campaign.id,
		pk_str: campaign.id,
		owner: req.state.username,
		name: campaign.name,
		status: campaign.status,
		phonebook: campaign.phonebooks,
		...campaign.details,
	});
	router.post('/v2/sms_broadcast/create/', (req) =>
		created(presentBroadcast(req, createBroadcast(req.state, bodyObject(req), req.variants.is('sms-schedule-required')))),
	);
	// One broadcast, as CallHub's MCP reads it (callhub/callhub-mcp src/callhub/sms_broadcasts.py).
	router.get('/v2/sms_broadcast/:id/', (req) =>
		ok(presentBroadcast(req, campaigns(req.state, 'sms_campaigns').get(req.params.id) ?? notFound())),
	);
}

demoSeeds.push((state) => {
	const callerid = '14155550000';
	addCampaign(state, 'sms_campaigns', { name: 'Event invite', status: STATUS.START, callerid, phonebooks: phoneBooksNamed(state, 'Members') });
	addCampaign(state, 'sms_campaigns', { name: 'Donation ask', status: STATUS.PAUSE, callerid, phonebooks: phoneBooksNamed(state, 'Canvass list') });
});
