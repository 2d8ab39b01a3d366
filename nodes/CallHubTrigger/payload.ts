import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import { normaliseIds } from '../CallHub/shared/ids';
import { parseJsonLosslessly } from '../CallHub/shared/json';

export interface Unwrapped {
	data: IDataObject;
	/** The envelope's `hook` object, when the body came in one. */
	hook?: IDataObject;
}

export interface ItemOptions {
	simplify: boolean;
	/** The body as received, added as `envelope` when given. */
	envelope?: unknown;
}

const ENVELOPE_KEYS = ['hook', 'data', 'event'];
const AGENT_PREFIX = 'agent.';
const DOTTED_ID = /\.(id|\w+_id)$/;

export function isObject(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** What a webhook call carried: the event's body, or why it cannot be one (status and message for the caller). */
export type CallBody = { body: IDataObject } | { status: number; message: string };

const JSON_LIKE = /^(application\/([\w.+-]+\+)?json|text\/plain)$/;

/**
 * The request body as a JSON object, with CallHub's 19-digit ids kept exact: n8n has already parsed
 * the JSON with JSON.parse (which rounds them), so the raw body is parsed again losslessly. CallHub
 * does not document its Content-Type, so JSON is read whatever the header says (text/plain too), a
 * form's fields are taken as n8n parsed them, and anything else is refused with the reason.
 */
export function readCallBody(ctx: IWebhookFunctions): CallBody {
	const request = ctx.getRequestObject();
	const contentType = String(request.headers?.['content-type'] ?? '').split(';')[0].trim().toLowerCase();
	const raw: unknown = request.rawBody;
	const text = Buffer.isBuffer(raw) ? raw.toString('utf8') : '';
	const parsedByN8n: unknown = ctx.getBodyData();
	const unsupported = { status: 415, message: `Unsupported Content-Type "${contentType.slice(0, 60)}": send the event as JSON (application/json)` };
	if (/^multipart\/|[/+]xml$/.test(contentType)) return unsupported;

	let body: unknown;
	if (text.trim() !== '') {
		try {
			body = parseJsonLosslessly(text);
		} catch {
			if (contentType === 'application/x-www-form-urlencoded' && isObject(parsedByN8n)) body = parsedByN8n;
			else if (contentType === '' || JSON_LIKE.test(contentType)) return { status: 400, message: 'The request body is not valid JSON' };
			else return unsupported;
		}
	} else if (isObject(parsedByN8n) && Object.keys(parsedByN8n).length > 0) {
		body = parsedByN8n;
	} else {
		return { status: 400, message: "The request has no body: expected the event's data as a JSON object" };
	}

	if (!isObject(body)) return { status: 400, message: `Expected a JSON object, not ${Array.isArray(body) ? 'a list' : typeof body}` };
	if (Object.keys(body).length === 0) return { status: 400, message: "The request body is an empty JSON object: expected the event's data" };
	if ('hook' in body && !isObject(body.data)) {
		return { status: 400, message: 'The request body has a "hook" but no "data" object: expected the event\'s data in "data"' };
	}
	return { body };
}

/**
 * CallHub posts `{"hook": {...}, "data": {...}}`, but its documented cc.notes example (and the
 * Workflow builder's body) is the data object alone: both are accepted.
 */
export function unwrap(body: IDataObject): Unwrapped {
	const enveloped =
		isObject(body.data) && ('hook' in body || Object.keys(body).every((key) => ENVELOPE_KEYS.includes(key)));
	if (!enveloped) return { data: body };
	return { data: body.data as IDataObject, hook: isObject(body.hook) ? body.hook : undefined };
}

/** `[{question, answer, type}]` as `{question: answer}`; any other shape is left as it came. */
function surveyAnswers(surveys: unknown[]): IDataObject | unknown[] {
	if (!surveys.every((survey) => isObject(survey) && typeof survey.question === 'string')) return surveys;
	const answers: IDataObject = {};
	for (const survey of surveys as IDataObject[]) answers[survey.question as string] = survey.answer ?? null;
	return answers;
}

/** NationBuilder tags arrive as a list in CallHub's example but are documented as a string. */
function tagList(value: unknown): string[] {
	if (Array.isArray(value)) return value.map((tag) => String(tag).trim()).filter(Boolean);
	if (typeof value === 'string') return value.split(',').map((tag) => tag.trim()).filter(Boolean);
	if (value === null || value === undefined) return [];
	return [String(value)];
}

/** Surveys as question → answer, the flat `agent.*` keys as one `agent` object, tags as a list. */
export function simplifyData(data: IDataObject): IDataObject {
	const result: IDataObject = {};
	const agent: IDataObject = isObject(data.agent) ? { ...data.agent } : {};
	let hasAgent = isObject(data.agent);
	for (const [key, value] of Object.entries(data)) {
		if (key === 'agent' && isObject(value)) continue;
		if (key.startsWith(AGENT_PREFIX)) {
			agent[key.slice(AGENT_PREFIX.length)] = value;
			hasAgent = true;
		} else if (key === 'surveys' && Array.isArray(value)) {
			result.surveys = surveyAnswers(value) as IDataObject;
		} else if (key === 'nationbuilder_tags') {
			result.nationbuilder_tags = tagList(value);
		} else {
			result[key] = value;
		}
	}
	if (hasAgent) result.agent = agent;
	return result;
}

/** Ids as strings, also CallHub's flat `agent.id` / `agent.nationbuilder_id` keys. */
function idsAsStrings(data: IDataObject): IDataObject {
	const result = normaliseIds(data);
	for (const [key, value] of Object.entries(result)) {
		if (DOTTED_ID.test(key) && typeof value === 'number' && Number.isInteger(value)) result[key] = String(value);
	}
	return result;
}

/** One output item: the event's name, then its data. */
export function eventItem(event: string, data: IDataObject, options: ItemOptions): IDataObject {
	const shaped = idsAsStrings(options.simplify ? simplifyData(data) : data);
	const item: IDataObject = { event };
	for (const [key, value] of Object.entries(shaped)) if (key !== 'event') item[key] = value;
	if (options.envelope !== undefined) item.envelope = options.envelope as IDataObject;
	return item;
}
