import type { IDataObject, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { CallHubResponse } from './errors';
import { callhubMessages } from './errors';
import { idFromUrl } from './ids';
import type { Flow, OperationContext } from './operation';
import { collectPages } from './pagination';
import type { Send } from './transport';

/**
 * Campaign status changes, checked against what CallHub reports afterwards.
 *
 * What the codes mean is not settled for call-center campaigns (README, "How the node checks
 * CallHub's work"):
 * - developer.callhub.io and the seed text give one table for every campaign kind: 1 START, 2 PAUSE,
 *   3 ABORT, 4 END. A NestJS client verified 1 and 3 live on voice broadcasts, and a new broadcast
 *   reads back 2 (paused).
 * - CallHub's own MCP server (callhub/callhub-mcp src/callhub/campaigns.py, unchanged from its first
 *   commit in May 2025 to its 2026 `updateCallCenterCampaignStatus`, marked tested in
 *   docs/TESTING_STATUS.md) sends pause 4, resume 2, stop 5, restart 2 for call-center campaigns,
 *   while the same repository sends 1–4 for voice broadcasts, SMS and P2P: a deliberate special case.
 * A status is a bare number in every known answer, so a read-back of the number cannot tell the two
 * codings apart. What can: a code only one coding has (1 and 3 are only documented codes, 5 only
 * the MCP's), seen in the campaign before the change or in CallHub refusing a code as "not a valid
 * choice"; and a status name, where CallHub's answer carries one.
 */

export type CampaignKind = 'callcenter_campaigns' | 'voice_broadcasts' | 'sms_campaigns' | 'p2p_campaigns';
export type Intent = 'start' | 'pause' | 'abort' | 'end';
type Coding = 'documented' | 'callhubMcp';
type State = 'running' | 'paused' | 'stopped';

const CODES: Record<Coding, Record<Intent, number>> = {
	documented: { start: 1, pause: 2, abort: 3, end: 4 },
	// CallHub's MCP has no abort for call-center campaigns; its stop (5) ends the campaign.
	callhubMcp: { start: 2, pause: 4, abort: 5, end: 5 },
};
const ONLY_IN: Record<number, Coding> = { 1: 'documented', 3: 'documented', 5: 'callhubMcp' };
const CODING_LABEL: Record<Coding, string> = {
	documented: "CallHub's documented codes (1 start, 2 pause, 3 abort, 4 end)",
	callhubMcp: "the codes CallHub's own MCP client sends (2 running, 4 paused, 5 stopped)",
};
const NAMES: Record<Coding, Record<number, string>> = {
	documented: { 1: 'running', 2: 'paused', 3: 'aborted', 4: 'ended' },
	callhubMcp: { 2: 'running', 4: 'paused', 5: 'stopped' },
};
const WANTED: Record<Intent, State> = { start: 'running', pause: 'paused', abort: 'stopped', end: 'stopped' };
const VERB: Record<Intent, string> = { start: 'start', pause: 'pause', abort: 'abort', end: 'end' };

const INTENT_OPTIONS: Record<Intent, INodePropertyOptions> = {
	abort: { name: 'Abort', value: 'abort', description: 'Stop the campaign for good, before it is finished' },
	end: { name: 'End', value: 'end', description: 'End the campaign for good' },
	pause: { name: 'Pause', value: 'pause', description: 'Pause the campaign; it can be started again' },
	start: { name: 'Start', value: 'start', description: 'Start or resume the campaign' },
};

/** The Status parameter: what the user wants, by name; the flow chooses the code CallHub takes. */
export function statusField(intents: Intent[], description: string): INodeProperties {
	return {
		displayName: 'Status',
		name: 'status',
		type: 'options',
		default: 'pause',
		options: intents.map((intent) => INTENT_OPTIONS[intent]),
		description,
	};
}

/** Options → Status Code: the number to send instead, for an account that turns out to use other codes. */
export const statusCodeOption: INodeProperties = {
	displayName: 'Status Code',
	name: 'statusCode',
	type: 'number',
	default: 0,
	typeOptions: { minValue: 0, maxValue: 9 },
	description:
		'Send this number as the status instead of the one the node chooses (0: let the node choose). Only for an account whose campaigns use other codes; the node still reads the campaign back and fails the item if CallHub reports another code.',
};

/** The Options collection of a campaign's Update: Status Code. */
export const statusOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [statusCodeOption],
};

function stateOfName(name: string): State | undefined {
	if (/paus/i.test(name)) return 'paused';
	if (/run|start|activ|progress|resum|dial|live/i.test(name)) return 'running';
	if (/stop|end|abort|complet|finish|cancel|archiv/i.test(name)) return 'stopped';
	return undefined;
}

function stateOf(coding: Coding, code: number): State | undefined {
	const name = NAMES[coding][code];
	return name === undefined ? undefined : (stateOfName(name) as State);
}

/** A readable name for a status number: certain where the codings agree or only one has the code. */
export function statusName(kind: CampaignKind, status: unknown): string | undefined {
	const code = Number(status);
	if (status === null || status === undefined || status === '' || !Number.isInteger(code)) return undefined;
	const documented = NAMES.documented[code];
	if (kind !== 'callcenter_campaigns') return documented ?? `unknown (${code})`;
	const mcp = NAMES.callhubMcp[code];
	if (documented && mcp && documented !== mcp) return `${documented} or ${mcp}`;
	return documented ?? mcp ?? `unknown (${code})`;
}

/** A status name in CallHub's answer, if it has one (no known answer does; any would settle the coding). */
function reportedName(record: IDataObject): string | undefined {
	for (const key of ['status_name', 'status_display', 'status_text', 'status_label', 'state']) {
		if (typeof record[key] === 'string' && record[key] !== '') return record[key] as string;
	}
	return typeof record.status === 'string' && !/^\d+$/.test(record.status) ? record.status : undefined;
}

/** Adds `status_name` to campaigns read from CallHub (Get, Get Many). */
export function withStatusName(kind: CampaignKind) {
	return async function (this: OperationContext, records: IDataObject[]): Promise<IDataObject[]> {
		for (const record of records) {
			const name = reportedName(record) ?? statusName(kind, record.status);
			if (name !== undefined) record.status_name = name;
		}
		return records;
	};
}

/** The status the user chose: a name, or a number of workflows made before names (the documented table). */
function intentOf(value: unknown): Intent | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (typeof value === 'string' && value in CODES.documented) return value as Intent;
	const legacy = (Object.entries(CODES.documented) as Array<[Intent, number]>).find(([, code]) => code === Number(value));
	return legacy?.[0];
}

function isStatusRefusal(response: CallHubResponse): boolean {
	return response.statusCode === 400 && callhubMessages(response.body).fields.some(([field]) => field === 'status');
}

interface Settings {
	kind: CampaignKind;
	/** The locator parameter naming the campaign. */
	parameter: string;
	/** What the user calls it, e.g. "call center campaign". */
	noun: string;
	/** Where one campaign is read, when not at the update's own path (P2P: updated at a v2 path, read at v1). */
	readPath?: (id: string) => string;
}

/**
 * Update of a campaign: sends the fields, changes the status with the code that means what the user
 * chose, reads the campaign back and fails the item when CallHub reports another status.
 */
export function campaignUpdate(settings: Settings): Flow {
	return async function (this: OperationContext, request, send, path) {
		const id = path[settings.parameter];
		const updateFields = this.getNodeParameter('updateFields', {}) as IDataObject;
		const rawStatus = updateFields.status ?? this.getNodeParameter('status', '');
		const intent = intentOf(rawStatus);
		const fields = { ...((request.body as IDataObject | undefined) ?? {}) };
		delete fields.status;
		if (rawStatus !== undefined && rawStatus !== '' && intent === undefined) {
			throw fail(this, `The Status parameter "${String(rawStatus)}" is not a campaign status`, 'Choose Start, Pause, Abort or End from the list.');
		}
		if (intent === undefined) {
			if (Object.keys(fields).length === 0) throw fail(this, 'Nothing to update', "Add a field under 'Update Fields' with the value to change.");
			return (await send({ ...request, body: fields })).body as IDataObject;
		}
		const override = Number((this.getNodeParameter('options', {}) as IDataObject).statusCode ?? 0) || undefined;
		const detail: IHttpRequestOptions = { method: 'GET', url: settings.readPath?.(id) ?? request.url, qs: {} };
		const read = async () => await readCampaign(send, detail, id);
		const put = async (code: number, accept?: (response: CallHubResponse) => boolean) =>
			await send({ ...request, body: { ...fields, status: code } }, accept);

		let coding: Coding | undefined = settings.kind === 'callcenter_campaigns' ? undefined : 'documented';
		let sent: number;
		if (override !== undefined) {
			sent = override;
			await put(sent);
		} else if (coding === 'documented') {
			sent = CODES.documented[intent];
			await put(sent);
		} else {
			// Call-center campaign, coding unknown: the status it has now may tell.
			const before = await read();
			coding = ONLY_IN[Number(before.status)] ?? codingFromName(before);
			if (coding) {
				sent = CODES[coding][intent];
				await put(sent);
			} else if (intent === 'pause') {
				// No code pauses under both codings: 4 pauses under the MCP's, ends under the documented.
				// 2 (the documented pause) would start dialing under the MCP's, so 4 is the safe one.
				sent = CODES.callhubMcp.pause;
				await put(sent);
			} else {
				// Start tries the documented 1, End and Abort the MCP's 5: each is a code only its coding
				// has, so CallHub refusing it as "not a valid choice" tells the other coding is in use.
				const first: Coding = intent === 'start' ? 'documented' : 'callhubMcp';
				const second: Coding = first === 'documented' ? 'callhubMcp' : 'documented';
				sent = CODES[first][intent];
				const answer = await put(sent, isStatusRefusal);
				coding = first;
				if (isStatusRefusal(answer)) {
					coding = second;
					sent = CODES[second][intent];
					await put(sent);
				}
			}
		}

		const after = await read();
		return checkStatus(this, settings, { id, intent, sent, coding, overridden: override !== undefined }, after);
	};
}

/**
 * The campaign as CallHub reports it. Every client reads single call-center campaigns at
 * `GET /v1/callcenter_campaigns/{id}/` (callhub-mcp docs/API_REFERENCE.md); no client reads one SMS
 * campaign or voice broadcast at its v1 path, so a 404 or 405 there falls back to the list.
 */
async function readCampaign(send: Send, detail: IHttpRequestOptions, id: string): Promise<IDataObject> {
	const answer = await send(detail, (response) => response.statusCode === 404 || response.statusCode === 405);
	if (answer.statusCode < 300) return answer.body as IDataObject;
	const list = String(detail.url).replace(/[^/]+\/$/, '');
	const found = (await collectPages(send, { method: 'GET', url: list })).find((record) => idFromUrl(record.url) === id || String(record.id) === id);
	if (!found) return answer.body as IDataObject;
	return found;
}

function codingFromName(record: IDataObject): Coding | undefined {
	const name = reportedName(record);
	const state = name === undefined ? undefined : stateOfName(name);
	const code = Number(record.status);
	if (!state || !Number.isInteger(code)) return undefined;
	const matches = (['documented', 'callhubMcp'] as Coding[]).filter((coding) => stateOf(coding, code) === state);
	return matches.length === 1 ? matches[0] : undefined;
}

function fail(ctx: OperationContext, message: string, description: string): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), message, { description, itemIndex: ctx.getItemIndex() });
}

interface Change {
	id: string;
	intent: Intent;
	sent: number;
	coding: Coding | undefined;
	overridden: boolean;
}

function checkStatus(ctx: OperationContext, settings: Settings, change: Change, after: IDataObject): IDataObject {
	const { id, intent, sent, coding } = change;
	const code = Number(after.status);
	const name = reportedName(after);
	const label = typeof after.name === 'string' ? `"${after.name}" (${idFromUrl(after.url) ?? id})` : id;
	const shownName = name ?? (coding ? NAMES[coding][code] : undefined) ?? statusName(settings.kind, after.status) ?? 'unknown';
	const numeric = typeof after.status === 'number' || (typeof after.status === 'string' && /^\d+$/.test(after.status));
	const reported = numeric ? `${shownName} (status ${String(after.status)})` : shownName;
	const nameState = name === undefined ? undefined : stateOfName(name);
	// A status given as a name (P2P campaigns answer "Running") is checked by name; a number, by number
	// and by any name beside it.
	if ((numeric && code !== sent) || (!numeric && nameState === undefined) || (nameState !== undefined && nameState !== WANTED[intent])) {
		throw fail(
			ctx,
			`Asked CallHub to ${VERB[intent]} ${settings.noun} ${label}; CallHub reports it as ${reported}`,
			`The node sent status ${sent}${coding ? ` (${CODING_LABEL[coding]})` : ''}. Open the campaign in CallHub to see its state before running this again. CallHub refuses some changes silently (an ended campaign cannot be restarted; a campaign without contacts or caller ID cannot start). If your account uses other status codes, set Options → Status Code to the code CallHub uses for this change.`,
		);
	}
	const verified = nameState !== undefined || change.overridden || coding !== undefined;
	const output: IDataObject = { ...after, status_name: shownName, statusVerified: verified };
	if (!verified) {
		output.statusNote = `CallHub reports status ${sent}, which means paused in the codes CallHub's own MCP client sends and ended in CallHub's documented codes, and nothing in its answer tells which this account uses. The node sent ${sent} because it never starts dialing; check the campaign in CallHub, and if it ended instead of pausing, set Options → Status Code for this account (README: How the node checks CallHub's work).`;
	}
	return output;
}
