import type { Router } from '../http';
import { badRequest, bodyObject, created, HttpError, notFound, ok } from '../http';
import { paginate } from '../pagination';
import { demoSeeds } from '../seed';
import type { AccountState, Json } from '../state';
import type { Campaign } from './campaigns';
import {
	addCampaign,
	campaigns,
	campaignUrl,
	dailyTimeError,
	frequencyOf,
	phoneBookIds,
	phoneBooksNamed,
	registerCampaignEndpoints,
	scheduleDate,
	STATUS,
	WEEKDAYS,
	weekdayInRange,
} from './campaigns';

/** Calls a minute shared by all running voice broadcasts of an account. */
export const ACCOUNT_CALLS_PER_MINUTE = 60;

export interface VoiceBroadcastTemplate extends Json {
	id: string;
	label: string;
	audiofile: string;
}

export function voiceBroadcastTemplates(state: AccountState) {
	return state.collection<VoiceBroadcastTemplate>('vb_templates');
}

export function addVoiceBroadcastTemplate(state: AccountState, label: string): VoiceBroadcastTemplate {
	const template: VoiceBroadcastTemplate = { id: state.newId(), label, audiofile: state.newId() };
	voiceBroadcastTemplates(state).set(template.id, template);
	return template;
}

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * `schedule` as CallHub's vb_campaign serializer reads it: a nested object (flat keys beside it are
 * ignored, which leaves the start-now default). Weekdays default to off, so dates alone never run.
 */
function readSchedule(value: unknown, errors: Json): Json {
	if (value === undefined || value === null) {
		return { startingdate: null, expirationdate: null, ...Object.fromEntries(WEEKDAYS.map((day) => [day, true])) };
	}
	if (!isObject(value)) {
		errors.schedule = { non_field_errors: [`Invalid data. Expected a dictionary, but got ${typeof value}.`] };
		return {};
	}
	const problems: Json = {};
	const start = scheduleDate(value.startingdate);
	const end = scheduleDate(value.expirationdate);
	if (start.error) problems.startingdate = [start.error];
	if (end.error) problems.expirationdate = [end.error];
	for (const field of ['daily_start_time', 'daily_stop_time']) {
		const error = dailyTimeError(value[field]);
		if (error) problems[field] = [error];
	}
	if (start.date && end.date && end.date <= start.date) problems.expirationdate = ['The end date must be after the start date.'];
	const runsOn = (day: string) => value[day] === true || value[day] === 'true';
	const from = start.date ?? new Date();
	const to = end.date ?? new Date(from.getTime() + 6 * 86400000);
	if (Object.keys(problems).length === 0 && !weekdayInRange(from, to, runsOn)) {
		problems.non_field_errors = ['None of the selected days of the week falls between the start and end dates.'];
	}
	if (Object.keys(problems).length) errors.schedule = problems;
	return { ...value, ...Object.fromEntries(WEEKDAYS.map((day) => [day, runsOn(day)])) };
}

/** The answer of the create and detail endpoints: the list fields plus what the broadcast was created with. */
function presentBroadcast(state: AccountState, campaign: Campaign, origin: string): Json {
	return {
		url: campaignUrl(origin, 'voice_broadcasts', campaign.id),
		id: campaign.id,
		pk_str: campaign.id,
		owner: state.username,
		name: campaign.name,
		status: campaign.status,
		frequency: campaign.frequency ?? ACCOUNT_CALLS_PER_MINUTE,
		phonebooks: campaign.phonebooks,
		...campaign.details,
	};
}

function createBroadcast(state: AccountState, body: Json): Campaign {
	const errors: Json = {};
	const attempt = <T>(read: () => T): T | undefined => {
		try {
			return read();
		} catch (error) {
			if (error instanceof HttpError) Object.assign(errors, error.body as Json);
			else throw error;
			return undefined;
		}
	};
	const name = typeof body.name === 'string' ? body.name.trim() : '';
	if (name === '') errors.name = ['This field is required.'];
	const phonebooks = attempt(() => phoneBookIds(state, body.phonebooks, 'phonebooks')) ?? [];
	const callerOptions = isObject(body.callerid_options) ? body.callerid_options : {};
	if (String(callerOptions.callerid ?? '').trim() === '') errors.callerid_options = { callerid: ['This field is required.'] };
	const details: Json = { callerid_options: callerOptions };
	if (body.template_id !== undefined && body.template_id !== null && body.template_id !== '') {
		const templateId = String(body.template_id);
		if (!voiceBroadcastTemplates(state).has(templateId)) errors.template_id = [`Invalid pk "${templateId}" - object does not exist.`];
		details.template_id = templateId;
	} else if (isObject(body.script)) {
		const live = isObject(body.script.live_message) ? body.script.live_message : {};
		if (String(live.audiofile ?? '').trim() === '' && String(body.script.question ?? '').trim() === '') {
			errors.script = { live_message: { audiofile: ['This field is required.'] } };
		}
		details.script = body.script;
	} else {
		errors.non_field_errors = ['Either template_id or script is required.'];
	}
	details.schedule = readSchedule(body.schedule, errors);
	details.contact_options = isObject(body.contact_options) ? body.contact_options : {};
	const frequency = attempt(() => frequencyOf(body)) ?? ACCOUNT_CALLS_PER_MINUTE;
	if (Object.keys(errors).length) badRequest(errors);
	// A new broadcast waits, paused, until it is started with PUT /v1/voice_broadcasts/{id}/ status 1.
	return addCampaign(state, 'voice_broadcasts', { name, status: STATUS.PAUSE, phonebooks, frequency, details });
}

/** Starting fails with over_cps_limit when running broadcasts would exceed the account's calls a minute. */
function beforeStart(state: AccountState, campaign: Campaign, frequency: number | undefined): void {
	const running = [...campaigns(state, 'voice_broadcasts').values()]
		.filter((other) => other.status === STATUS.START && other.id !== campaign.id)
		.reduce((sum, other) => sum + (other.frequency ?? ACCOUNT_CALLS_PER_MINUTE), 0);
	if (running + (frequency ?? campaign.frequency ?? ACCOUNT_CALLS_PER_MINUTE) > ACCOUNT_CALLS_PER_MINUTE) {
		badRequest({ detail: 'over_cps_limit' });
	}
}

export function registerVoiceBroadcasts(router: Router): void {
	registerCampaignEndpoints(router, 'voice_broadcasts', { statuses: [1, 2, 3, 4], fields: ['name', 'frequency'], beforeStart });
	router.post('/v1/vb_campaign/', (req) => created(presentBroadcast(req.state, createBroadcast(req.state, bodyObject(req)), req.origin)));
	router.get('/v1/vb_campaign/:id/', (req) =>
		ok(presentBroadcast(req.state, campaigns(req.state, 'voice_broadcasts').get(req.params.id) ?? notFound(), req.origin)),
	);
	router.get('/v1/vb_template/', (req) =>
		paginate(
			req,
			[...voiceBroadcastTemplates(req.state).values()].map((template) => ({
				url: `${req.origin}/v1/vb_template/${template.id}/`,
				id: template.id,
				label: template.label,
				live_message: { audiofile: template.audiofile },
				transfers: [],
				dnc_option: null,
			})),
		),
	);
}

demoSeeds.push((state) => {
	addVoiceBroadcastTemplate(state, 'Rally reminder message');
	addVoiceBroadcastTemplate(state, 'Polling place reminder');
	const books = phoneBooksNamed(state, 'Canvass list');
	addCampaign(state, 'voice_broadcasts', { name: 'Rally reminder', status: STATUS.PAUSE, frequency: 20, phonebooks: books });
	addCampaign(state, 'voice_broadcasts', { name: 'Polling day robocall', status: STATUS.END, frequency: 60, phonebooks: books });
});
