import type { EmuRequest, Router } from '../http';
import { badRequest, bodyObject, noContent, notFound, ok } from '../http';
import { paginate } from '../pagination';
import type { AccountState, Json } from '../state';

/**
 * What a campaign is doing, kept as the seed docs number it: 1 running (START), 2 paused, 3 aborted,
 * 4 ended. On the wire, call-center campaigns may use other codes (variant `cc-status-mcp`, below).
 */
export const STATUS = { START: 1, PAUSE: 2, ABORT: 3, END: 4 } as const;

/**
 * Variant `cc-status-mcp`: call-center campaigns coded as CallHub's MCP server sends them
 * (callhub/callhub-mcp src/callhub/campaigns.py: pause 4, resume 2, stop 5, restart 2). Its stop
 * ends the campaign; it has no separate abort, and 1 and 3 are not valid choices.
 */
const MCP_WIRE_TO_STATE: Record<number, number> = { 2: STATUS.START, 4: STATUS.PAUSE, 5: STATUS.END };
const MCP_STATE_TO_WIRE: Record<number, number> = { [STATUS.START]: 2, [STATUS.PAUSE]: 4, [STATUS.ABORT]: 5, [STATUS.END]: 5 };

function mcpCoded(req: EmuRequest, kind: CampaignKind): boolean {
	return kind === 'callcenter_campaigns' && req.variants.is('cc-status-mcp');
}

/** The status number a campaign shows on the wire under the variants in force. */
export function wireStatus(req: EmuRequest, kind: CampaignKind, campaign: Campaign): number {
	return mcpCoded(req, kind) ? MCP_STATE_TO_WIRE[campaign.status] : campaign.status;
}

export type CampaignKind = 'callcenter_campaigns' | 'voice_broadcasts' | 'sms_campaigns';

export interface Campaign extends Json {
	id: string;
	name: string;
	status: number;
	phonebooks: string[];
	/** Calls per minute (voice broadcasts). */
	frequency?: number;
	callerid?: string;
	/** What the campaign was created with (schedule, script, message…), echoed by its detail answers. */
	details: Json;
}

export function campaigns(state: AccountState, kind: CampaignKind) {
	return state.collection<Campaign>(kind);
}

export function campaignUrl(origin: string, kind: CampaignKind, id: string): string {
	return `${origin}/v1/${kind}/${id}/`;
}

export function addCampaign(
	state: AccountState,
	kind: CampaignKind,
	fields: Partial<Campaign> & { name: string },
): Campaign {
	const campaign: Campaign = { id: state.newId(), status: STATUS.PAUSE, phonebooks: [], details: {}, ...fields };
	campaigns(state, kind).set(campaign.id, campaign);
	return campaign;
}

/** The list/detail shape of the seed docs: `url, owner, name, status, phonebook[]` (no id: it ends the url). */
export function presentCampaign(req: EmuRequest, kind: CampaignKind, campaign: Campaign): Json {
	const origin = req.origin;
	return {
		url: campaignUrl(origin, kind, campaign.id),
		owner: req.state.username,
		name: campaign.name,
		...(kind === 'voice_broadcasts' ? { frequency: campaign.frequency ?? 60 } : {}),
		status: wireStatus(req, kind, campaign),
		phonebook: campaign.phonebooks.map((id) => `${origin}/v1/phonebooks/${id}/`),
	};
}

/** Ids of the phone books with these names (for demo data). */
export function phoneBooksNamed(state: AccountState, ...names: string[]): string[] {
	return [...state.phoneBooks.values()].filter((book) => names.includes(book.name)).map((book) => book.id);
}

/** Phone book ids sent by a create: a non-empty list of existing books, as DRF's PrimaryKeyRelatedField checks. */
export function phoneBookIds(state: AccountState, value: unknown, field: string): string[] {
	if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) {
		badRequest({ [field]: ['This field is required.'] });
	}
	if (!Array.isArray(value)) badRequest({ [field]: [`Expected a list of items but got type "${typeof value}".`] });
	const ids = (value as unknown[]).map((id) => String(id));
	const unknown = ids.find((id) => !state.phoneBooks.has(id));
	if (unknown !== undefined) badRequest({ [field]: [`Invalid pk "${unknown}" - object does not exist.`] });
	return ids;
}

export interface CampaignRules {
	/** Statuses this endpoint accepts. */
	statuses: number[];
	/** Fields an update may change besides `status`. */
	fields: Array<'name' | 'frequency'>;
	/** Throws a 400 when the campaign cannot start (no contacts, account's calls-per-minute pool used up…). */
	beforeStart?: (state: AccountState, campaign: Campaign, frequency: number | undefined) => void;
}

function statusOf(body: Json, allowed: number[], mcp: boolean): number | undefined {
	if (body.status === undefined || body.status === null || body.status === '') return undefined;
	const status = Number(body.status);
	const valid = mcp ? Object.keys(MCP_WIRE_TO_STATE).map(Number) : allowed;
	if (!Number.isInteger(status) || !valid.includes(status)) {
		badRequest({ status: [`"${String(body.status)}" is not a valid choice.`] });
	}
	return mcp ? MCP_WIRE_TO_STATE[status] : status;
}

export function frequencyOf(body: Json): number | undefined {
	if (body.frequency === undefined || body.frequency === null || body.frequency === '') return undefined;
	const frequency = Number(body.frequency);
	if (!Number.isInteger(frequency)) badRequest({ frequency: ['A valid integer is required.'] });
	if (frequency < 1) badRequest({ frequency: ['Ensure this value is greater than or equal to 1.'] });
	return frequency;
}

/**
 * List, read, update (PUT or PATCH; only the fields sent change) and delete of one kind of campaign.
 * An ended or aborted campaign cannot be started or paused again (CallHub's dashboard offers to duplicate it).
 */
export function registerCampaignEndpoints(router: Router, kind: CampaignKind, rules: CampaignRules): void {
	const find = (req: EmuRequest) => campaigns(req.state, kind).get(req.params.id) ?? notFound();
	router.get(`/v1/${kind}/`, (req) =>
		paginate(req, [...campaigns(req.state, kind).values()].map((campaign) => presentCampaign(req, kind, campaign))),
	);
	router.get(`/v1/${kind}/:id/`, (req) => ok(presentCampaign(req, kind, find(req))));
	const update = (req: EmuRequest) => {
		const campaign = find(req);
		const body = bodyObject(req);
		const status = statusOf(body, rules.statuses, mcpCoded(req, kind));
		const frequency = rules.fields.includes('frequency') ? frequencyOf(body) : undefined;
		const name = rules.fields.includes('name') && body.name !== undefined ? String(body.name).trim() : undefined;
		if (name === '') badRequest({ name: ['This field may not be blank.'] });
		if (status !== undefined && status !== campaign.status) {
			if (campaign.status === STATUS.END || campaign.status === STATUS.ABORT) {
				// Variant `status-ignored-silently`: the answer echoes the status sent; the campaign keeps its own.
				if (req.variants.is('status-ignored-silently')) return ok({ ...presentCampaign(req, kind, campaign), status: Number(body.status) });
				badRequest({ status: ['This campaign has ended and cannot be changed. Duplicate it to run it again.'] });
			}
			if (status === STATUS.START) rules.beforeStart?.(req.state, campaign, frequency);
		}
		if (name !== undefined) campaign.name = name;
		if (frequency !== undefined) campaign.frequency = frequency;
		if (status !== undefined) campaign.status = status;
		return ok(presentCampaign(req, kind, campaign));
	};
	router.put(`/v1/${kind}/:id/`, update);
	router.patch(`/v1/${kind}/:id/`, update);
	router.delete(`/v1/${kind}/:id/`, (req) => {
		campaigns(req.state, kind).delete(find(req).id);
		return noContent();
	});
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** CallHub's schedule dates are "YYYY-MM-DD HH:MM:SS" (wall-clock time in the campaign's time zone). */
export function scheduleDate(value: unknown): { date?: Date; error?: string } {
	if (value === undefined || value === null || value === '') return {};
	const match = DATE_TIME.exec(String(value));
	const date = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3], +match[4], +match[5], +match[6])) : undefined;
	if (!date || Number.isNaN(date.getTime()) || date.getUTCDate() !== +(match as RegExpExecArray)[3]) {
		return { error: 'Datetime has wrong format. Use one of these formats instead: YYYY-MM-DD hh:mm:ss.' };
	}
	return { date };
}

export function dailyTimeError(value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	return TIME.test(String(value)) ? undefined : 'Time has wrong format. Use one of these formats instead: hh:mm.';
}

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Whether a day between the dates is one the campaign runs on (`getUTCDay` 0 is Sunday). */
export function weekdayInRange(start: Date, end: Date, runsOn: (weekday: string) => boolean): boolean {
	const midnight = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
	for (let day = new Date(midnight(start)), count = 0; day.getTime() <= midnight(end) && count < 7; day.setUTCDate(day.getUTCDate() + 1), count++) {
		if (runsOn(WEEKDAYS[(day.getUTCDay() + 6) % 7])) return true;
	}
	return false;
}
