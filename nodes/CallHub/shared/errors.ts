import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

export interface CallHubResponse {
	statusCode: number;
	headers: IDataObject;
	body: unknown;
	/** From sending the request to CallHub's status line, in ms (the transport sets it). */
	answeredInMs?: number;
}

export interface RequestSummary {
	method: string;
	path: string;
	/** Size of the request body, when it was sent as bytes (an upload). */
	bytes?: number;
	/** Names of the files a multipart body carried, e.g. `contacts_csv`. */
	files?: string[];
}

/** CallHub body fields and the node parameter a user changes to fix them. */
const FIELD_PARAMETERS: Record<string, string> = {
	contact: 'Phone Number',
	mobile: 'Mobile Number',
	email: 'Email',
	first_name: 'First Name',
	last_name: 'Last Name',
	country_code: 'Country Code',
	name: 'Name',
	tag: 'Name',
	description: 'Description',
	phonebook: 'Phone Book',
	phonebooks: 'Phone Books',
	phonebook_id: 'Phone Book',
	contact_ids: 'Contacts',
	tags: 'Tags',
	field_type: 'Field Type',
	choice: 'Choices',
	dnc: 'DNC List',
	phone_number: 'Phone Number',
	category: 'Category',
	event: 'Event',
	target: 'Target URL',
	status: 'Status',
	frequency: 'Calls Per Minute',
	username: 'Username',
	team: 'Team',
	agents: 'Agents',
	mapping: 'Column Mapping',
	contacts_csv: 'Input Binary Field',
	country_iso: 'Country',
	country_choice: 'Country',
	callerid: 'Caller ID',
	'callerid_options.callerid': 'Caller ID',
	text_message: 'Message',
	template_id: 'Template',
	'script.live_message.audiofile': 'Audio File ID',
	startingdate: 'Start Date',
	expirationdate: 'End Date',
	daily_start_time: 'Daily Start Time',
	daily_stop_time: 'Daily Stop Time',
	timezone_choices: 'Time Zone',
	maxretry: 'Max Retries',
	intervalretry: 'Retry Interval',
	'schedule.startingdate': 'Start Date',
	'schedule.expirationdate': 'End Date',
	'schedule.daily_start_time': 'Daily Start Time',
	'schedule.daily_stop_time': 'Daily Stop Time',
	'schedule.timezone': 'Time Zone',
	campaign_id: 'Campaign',
	contact_id: 'Contact',
	endpoint: 'Endpoint',
	num_type: 'Number Type',
	old_password: 'Current Password',
	new_password1: 'New Password',
	new_password2: 'New Password',
	subscriber: 'Subscriber ID',
	answers: 'Answers',
	notes: 'Notes',
	phone_no: 'Phone Number',
	language: 'Language',
	country: 'Country',
};

/** Path segments and the thing they name, for "not found" messages. */
const PATH_SUBJECTS: Record<string, string> = {
	contacts: 'Contact',
	phonebooks: 'Phone Book',
	'suppression-lists': 'Suppression List',
	p2p_campaigns: 'P2P Campaign',
	snowflake: 'P2P Campaign',
	collective_texting: 'P2P Campaign',
	'survey-list': 'P2P Campaign',
	templates: 'Survey Template',
	power_campaign: 'Call Center Campaign',
	custom_fields: 'Custom Field',
	tags: 'Tag',
	dnc_lists: 'DNC List',
	dnc_contacts: 'DNC Contact',
	webhooks: 'Webhook',
	callcenter_campaigns: 'Call Center Campaign',
	voice_broadcasts: 'Voice Broadcast',
	vb_campaign: 'Voice Broadcast',
	sms_campaigns: 'SMS Campaign',
	sms_broadcast: 'SMS Campaign',
	vb_template: 'Voice Broadcast Template',
	agents: 'Agent',
	teams: 'Team',
	conference: 'Conference',
	dialer: 'Dialer',
	'is-trophy': 'Campaign',
	'script-sections': 'Campaign',
	'script-answers': 'Campaign',
	'subscriber-history': 'Subscriber',
	'contact-notes': 'Contact',
	campaigns: 'Campaign',
	subscribers: 'Subscriber',
};

/** Things whose parameter is not named like them: conferences and dialers are given by uuid. */
const SUBJECT_PARAMETERS: Record<string, string> = {
	'Suppression List': 'Suppression List ID',
	Conference: 'Conference UUID',
	Dialer: 'Dialer UUID',
};

/** Codes CallHub sends as a bare `detail`, and what to do about them. */
const DETAIL_HINTS: Array<[RegExp, string]> = [
	[
		/over_cps_limit/i,
		"Running voice broadcasts already use the account's calls per minute. Pause one of them, or lower Calls Per Minute on this one, then start it again.",
	],
	[
		/No column is set as Phone Number/i,
		"CallHub found no phone number column in the import. Name the file's phone column \"phone number\" or \"phone\", or set Map Columns to 'Manually' and map Phone Number to it.",
	],
];

/** Statuses whose meaning does not depend on the body: a proxy's HTML page for them still says what happened. */
const MEANINGFUL_STATUSES = [413, 429];

/** A path segment that names one record: a CallHub id, or the uuid of a conference or dialer. */
const RECORD_SEGMENT = /^(\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** How a refused credential (401, 403) is explained: what CallHub did not accept, and how to fix it. */
export interface CredentialAdvice {
	/** What CallHub did not accept, e.g. "the API key". */
	rejected: string;
	/** How to fix the credential. */
	hint: string;
	/** Why CallHub may refuse (403) although the credential is right. */
	forbidden: string;
}

export const API_KEY_ADVICE: CredentialAdvice = {
	rejected: 'the API key',
	hint: "Check the API Key in the CallHub credential, and that its API Domain is the one CallHub shows next to the key (Settings → API Key, e.g. https://api-na1.callhub.io): a key only works on its own account's domain.",
	forbidden:
		"If the domain is right, the key's user may not be allowed to do this (an agent's token is refused here: the CallHub Agent node takes it).",
};

function humanise(field: string): string {
	return field
		.split(/[_.\s]+/)
		.filter(Boolean)
		.map((word) => word.charAt(0).toUpperCase() + word.slice(1))
		.join(' ');
}

function asText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	if (Array.isArray(value)) return value.map(asText).filter(Boolean).join(' ');
	if (typeof value === 'object') {
		return Object.entries(value as IDataObject)
			.map(([key, entry]) => `${key}: ${asText(entry)}`)
			.join('; ');
	}
	return String(value);
}

/** `{"detail": ...}`, per-field lists and `non_field_errors`, as CallHub (Django REST Framework) sends them. */
export function callhubMessages(body: unknown): { detail: string; fields: Array<[string, string]> } {
	if (typeof body === 'string') return { detail: body.trim(), fields: [] };
	if (Array.isArray(body)) return { detail: asText(body), fields: [] };
	if (body === null || typeof body !== 'object') return { detail: '', fields: [] };
	const object = body as IDataObject;
	const detail = [asText(object.detail), asText(object.non_field_errors), asText(object.message)]
		.filter(Boolean)
		.join(' ');
	const fields: Array<[string, string]> = [];
	for (const [key, value] of Object.entries(object)) {
		if (['detail', 'non_field_errors', 'message'].includes(key)) continue;
		if (Array.isArray(value) || typeof value === 'string') fields.push([key, asText(value)]);
		// Other objects are data, not errors: a duplicate contact comes back as `contact: {...}`.
		else if (isNestedFieldErrors(value)) fields.push(...nestedFieldErrors(key, value as IDataObject));
	}
	return { detail, fields };
}

/** DRF reports errors of a nested object (a voice broadcast's `schedule`) as an object of message lists. */
function isNestedFieldErrors(value: unknown): boolean {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
	const entries = Object.values(value as IDataObject);
	return (
		entries.length > 0 &&
		entries.every(
			(entry) => (Array.isArray(entry) && entry.every((item) => typeof item === 'string')) || isNestedFieldErrors(entry),
		)
	);
}

function nestedFieldErrors(prefix: string, errors: IDataObject): Array<[string, string]> {
	return Object.entries(errors).flatMap(([key, value]): Array<[string, string]> => {
		const field = key === 'non_field_errors' ? prefix : `${prefix}.${key}`;
		return Array.isArray(value) ? [[field, asText(value)]] : nestedFieldErrors(field, value as IDataObject);
	});
}

function parameterFor(field: string): string {
	return FIELD_PARAMETERS[field] ?? humanise(field);
}

function subjectsIn(path: string): Array<{ name: string; id: string }> {
	const segments = path.split('?')[0].split('/').filter(Boolean);
	const subjects: Array<{ name: string; id: string }> = [];
	segments.forEach((segment, index) => {
		const next = segments[index + 1];
		if (PATH_SUBJECTS[segment] && next !== undefined && RECORD_SEGMENT.test(next)) {
			subjects.push({ name: PATH_SUBJECTS[segment], id: next });
		}
	});
	return subjects;
}

function isObject(value: unknown): boolean {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function htmlTitle(text: string): string | undefined {
	const match = /<title[^>]*>([^<]*)<\/title>/i.exec(text);
	return match?.[1]?.trim() || undefined;
}

function megabytes(bytes: number): string {
	return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export function retryAfterSeconds(response: CallHubResponse): number | undefined {
	const header = response.headers['retry-after'];
	if (typeof header === 'string' || typeof header === 'number') {
		const seconds = Number(header);
		if (Number.isFinite(seconds) && seconds >= 0) return seconds;
		const date = Date.parse(String(header));
		if (!Number.isNaN(date)) return Math.max(0, (date - Date.now()) / 1000);
	}
	const detail = callhubMessages(response.body).detail;
	const available = /available in (\d+(?:\.\d+)?) second/i.exec(detail);
	return available ? Number(available[1]) : undefined;
}

/** What the user reads for a CallHub answer with a 4xx/5xx status: what happened, and how to fix it. */
export function describeFailure(
	response: CallHubResponse,
	request: RequestSummary,
	advice: CredentialAdvice = API_KEY_ADVICE,
): { message: string; description: string } {
	const { statusCode } = response;
	const rawText = typeof response.body === 'string' ? response.body : '';
	const isHtml = /^\s*</.test(rawText);
	const { detail, fields } = isHtml
		? { detail: htmlTitle(rawText) ?? '', fields: [] as Array<[string, string]> }
		: callhubMessages(response.body);
	const says = detail ? `: ${detail}` : '';
	const fieldText = fields.map(([field, text]) => `${parameterFor(field)} (${field}): ${text}`);

	if (isHtml && !MEANINGFUL_STATUSES.includes(statusCode)) {
		const title = htmlTitle(rawText);
		return {
			message: `CallHub answered HTTP ${statusCode} with a web page instead of data${title ? ` ("${title}")` : ''}`,
			description:
				statusCode >= 500
					? 'CallHub seems to be having trouble. Try again in a few minutes; reads were already retried.'
					: `The API Domain in the credential may point at a website rather than CallHub's API. ${advice.hint}`,
		};
	}
	switch (true) {
		case statusCode === 400 && isObject((response.body as IDataObject | null)?.contact): {
			const existing = (response.body as IDataObject).contact as IDataObject;
			const id = existing.pk_str ?? existing.id;
			return {
				message: `CallHub already has a contact with this phone number${id !== undefined ? ` (contact ${String(id)})` : ''}${says}`,
				description:
					"Use the Contact 'Create or Update' operation to update existing contacts, or change the Phone Number parameter.",
			};
		}
		case statusCode === 400: {
			const what = [detail, ...fieldText].filter(Boolean).join(' ');
			const parameters = [...new Set(fields.map(([field]) => parameterFor(field)))];
			const hint = DETAIL_HINTS.find(([code]) => code.test(detail))?.[1];
			return {
				message: `CallHub rejected the request${what ? `: ${what}` : ''}`,
				description: hint ?? (parameters.length
					? `Fix the ${parameters.join(', ')} parameter${parameters.length > 1 ? 's' : ''} and run the node again.`
					: 'Check the values sent in this item and run the node again.'),
			};
		}
		case statusCode === 401:
			return {
				message: `CallHub did not accept ${advice.rejected}${says || ': Invalid token.'}`,
				description: advice.hint,
			};
		case statusCode === 403:
			return {
				message: `CallHub refused access${says}`,
				description: `${advice.hint} ${advice.forbidden}`,
			};
		case statusCode === 404: {
			const subjects = subjectsIn(request.path);
			const names = [...new Set(subjects.map((subject) => SUBJECT_PARAMETERS[subject.name] ?? subject.name))];
			const found = subjects.map((subject) => `${subject.name} ${subject.id}`);
			return {
				message: `CallHub could not find ${found.length ? found.join(' / ') : request.path}${says}`,
				description: names.length
					? `Check the ${names.join(' and ')} parameter${names.length > 1 ? 's' : ''}: the record may have been deleted, or belong to another CallHub account than the credential's.`
					: 'Check the IDs used by this item: the record may have been deleted, or belong to another CallHub account.',
			};
		}
		case statusCode === 405:
			return {
				message: `CallHub does not allow ${request.method} on ${request.path}${says}`,
				description:
					'This operation is not available on your CallHub account or API version. Please report it to the n8n-nodes-callhub maintainers.',
			};
		case statusCode === 413: {
			const file = request.files?.[0];
			const what = file ? `the file from ${parameterFor(file)} (${file})` : 'the request';
			const size = request.bytes === undefined ? '' : ` (${megabytes(request.bytes)} sent)`;
			return {
				message: `CallHub refused ${what} as too large${size}${says}`,
				description: file
					? "CallHub does not publish its upload limit. Split the contacts into smaller CSV files, e.g. with 'Loop Over Items' (a batch size of some thousand rows) before 'Convert to File', and import each; CallHub takes one import a minute, and the node waits for it."
					: 'Send less data per item, e.g. split a big CSV into several files.',
			};
		}
		case statusCode === 429:
			return {
				message: `CallHub's rate limit is still in effect${says}`,
				description:
					"CallHub allows about 20 requests a second (contact search 1 a second, bulk import 1 a minute). Fewer items per run, or 'Batching' under Request Options, keeps a workflow under the limit.",
			};
		case statusCode >= 500:
			return {
				message: `CallHub failed to process the request (HTTP ${statusCode})${says}`,
				description:
					request.method === 'GET'
						? 'CallHub seems to be having trouble; the request was retried and still failed. Try again in a few minutes.'
						: 'CallHub seems to be having trouble. The request was not repeated, because it may have been carried out: check CallHub before running it again.',
			};
		default:
			return {
				message: `CallHub answered HTTP ${statusCode}${says}${fieldText.length ? ` ${fieldText.join(' ')}` : ''}`,
				description: 'Check the parameters of this item and run the node again.',
			};
	}
}

/** Removes every occurrence of a secret from a text (CallHub never echoes the key; this makes sure). */
export function redact(text: string | undefined, secrets: Array<string | undefined>): string | undefined {
	if (text === undefined) return undefined;
	let result = text;
	for (const secret of secrets) {
		if (secret && secret.length >= 4) result = result.split(secret).join('***');
	}
	return result;
}

export function callhubApiError(
	node: INode,
	response: CallHubResponse,
	request: RequestSummary,
	secrets: Array<string | undefined>,
	override: { message?: string; description?: string } = {},
	advice: CredentialAdvice = API_KEY_ADVICE,
): NodeApiError {
	const described = describeFailure(response, request, advice);
	const message = redact(override.message ?? described.message, secrets) as string;
	const description = redact(override.description ?? described.description, secrets);
	const body =
		response.body !== null && typeof response.body === 'object' && !Array.isArray(response.body)
			? (response.body as JsonObject)
			: { body: typeof response.body === 'string' ? response.body.slice(0, 500) : null };
	return new NodeApiError(node, body, { message, description, httpCode: String(response.statusCode) });
}

const NETWORK_CAUSES: Record<string, string> = {
	ECONNREFUSED: 'the connection was refused',
	ENOTFOUND: 'the host name could not be found (DNS)',
	EAI_AGAIN: 'the host name could not be resolved (DNS)',
	ETIMEDOUT: 'the connection timed out',
	ECONNABORTED: 'the request timed out',
	ECONNRESET: 'the connection was reset',
	ERR_BAD_RESPONSE: 'the reply was cut off',
	ERR_STREAM_PREMATURE_CLOSE: 'the reply was cut off',
	EHOSTUNREACH: 'the host is unreachable',
	EPROTO: 'the TLS handshake failed',
	CERT_HAS_EXPIRED: 'its TLS certificate has expired',
	DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
};

/**
 * The system error code (ECONNREFUSED, ENOTFOUND…) wherever n8n's wrappers put it: the innermost
 * known code wins, since outer layers (axios) report generic ones such as ERR_BAD_RESPONSE.
 */
export function networkCode(error: unknown): string | undefined {
	const found: string[] = [];
	let current = error as { code?: unknown; httpCode?: unknown; cause?: unknown; errorResponse?: unknown } | undefined;
	for (let depth = 0; current && typeof current === 'object' && depth < 6; depth++) {
		for (const candidate of [current.code, current.httpCode]) {
			if (typeof candidate === 'string' && /^(E[A-Z_]+|UND_ERR_[A-Z_]+|CERT_[A-Z_]+|[A-Z_]+_CERT)$/.test(candidate)) {
				found.push(candidate.startsWith('UND_ERR_') ? 'ECONNRESET' : candidate);
			}
		}
		current = (current.cause ?? current.errorResponse) as typeof current;
	}
	return [...found].reverse().find((code) => NETWORK_CAUSES[code] !== undefined) ?? found[0];
}

/** Why a request got no answer (e.g. "the connection was refused"), or undefined when it got one. */
export function networkCause(error: unknown): string | undefined {
	const code = networkCode(error);
	if (code === undefined) return undefined;
	return NETWORK_CAUSES[code] ?? `the request failed (${code})`;
}

export function callhubNetworkError(
	node: INode,
	error: unknown,
	baseUrl: string,
	request: RequestSummary,
	secrets: Array<string | undefined>,
): NodeApiError {
	const code = networkCode(error) ?? 'UNKNOWN';
	const cause = NETWORK_CAUSES[code] ?? `the request failed (${code})`;
	const retried = request.method === 'GET' ? ' The request was retried.' : '';
	const message = `Could not reach CallHub at ${baseUrl}: ${cause}`;
	const description =
		['ECONNRESET', 'ETIMEDOUT', 'ECONNABORTED', 'ERR_BAD_RESPONSE', 'ERR_STREAM_PREMATURE_CLOSE'].includes(code)
			? `The connection to CallHub broke off.${retried} Try again in a moment; if it keeps happening, check the API Domain in the credential and your network.`
			: `Check the API Domain in the CallHub credential (it is shown next to the API key in CallHub, e.g. https://api-na1.callhub.io) and that this n8n instance can reach it.`;
	const apiError = new NodeApiError(
		node,
		{ code, message: redact(message, secrets) as string },
		{ message: redact(message, secrets), description: redact(description, secrets), httpCode: code },
	);
	// NodeApiError swaps messages of known system codes for generic text ("The service refused the
	// connection"); ours names the host and the cause, so it is put back.
	apiError.message = redact(message, secrets) as string;
	return apiError;
}
