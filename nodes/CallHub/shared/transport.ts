import { createHash } from 'node:crypto';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IExecuteSingleFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

import { apiOrigin } from './baseUrl';
import type { CallHubResponse, CredentialAdvice, RequestSummary } from './errors';
import { API_KEY_ADVICE, callhubApiError, callhubNetworkError, networkCode, redact, retryAfterSeconds } from './errors';
import { parseJsonLosslessly } from './json';
import type { PaceSlot } from './rateLimit';
import {
	budgetsOf,
	countFromAnswers,
	enterThrottle,
	isUnlimitedOrigin,
	pauseThrottle,
	recordSuccess,
	takePaceSlot,
	throttleKey,
	throttleScope,
	waitForThrottle,
} from './rateLimit';

export type RequestContext =
	| IExecuteSingleFunctions
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IHookFunctions;

/** Which credential a node sends with, and how its refusals are explained. */
export interface CredentialPolicy {
	credentialType: string;
	/**
	 * Whether these credentials hold a token that n8n renews (`preAuthentication` with an expirable
	 * field). A 401 is then left for n8n to see: it renews the token and sends the request once more.
	 */
	renewsToken?: (credentials: ICredentialDataDecryptedObject) => boolean;
	/** What to tell the user when CallHub refuses the credential (default: the API key's advice). */
	advice?: CredentialAdvice;
}

export interface TransportPolicy extends CredentialPolicy {
	/** Longest total time one request may wait on CallHub's rate limit before it fails. */
	maxRateLimitWaitSeconds?: number;
	/** Answers with these statuses are returned to the caller instead of failing. */
	accept?: (response: CallHubResponse) => boolean;
}

export type Send = (
	request: IHttpRequestOptions,
	accept?: (response: CallHubResponse) => boolean,
) => Promise<CallHubResponse>;

export const DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS = 120;
const READ_RETRIES = 3;
const RETRYABLE_NETWORK_CODES = [
	'ECONNRESET',
	'ETIMEDOUT',
	'ECONNABORTED',
	'EPIPE',
	'EAI_AGAIN',
	'ERR_BAD_RESPONSE',
	'ERR_STREAM_PREMATURE_CLOSE',
];
/**
 * The paths this package may call: CallHub's versioned API, and two account-level families that live
 * outside it (callhub/callhub-mcp docs/PUBLIC_API_AUDIT.md A6 and A7: `POST /suppression-lists/{id}/contacts/`,
 * `POST /enterprise-account/share-credits/`). Each is an exact prefix; anything after it is letters,
 * digits, `_`, `-` and `/` only, so no `..`, `%2e`, query, host or other prefix can be reached.
 */
export const API_PATH_PREFIXES = ['/v1/', '/v2/', '/suppression-lists/', '/enterprise-account/'] as const;
const PATH_REST = /^[A-Za-z0-9_\-/]*$/;

export function isApiPath(path: string): boolean {
	const prefix = API_PATH_PREFIXES.find((candidate) => path.startsWith(candidate));
	return prefix !== undefined && PATH_REST.test(path.slice(prefix.length));
}

function rateLimitAdvice(waited: number, needed: number, maxWait: number): string {
	return `Waited ${Math.round(waited)} s in all; CallHub asked for ${Math.ceil(needed)} s more, beyond the ${maxWait} s allowed. CallHub allows about 20 requests a second (contact search 1 a second, bulk import 1 a minute): send fewer items per run, or use 'Batching' under Request Options.`;
}

function backoffSeconds(attempt: number): number {
	return Math.min(8, 0.5 * 2 ** attempt);
}

/** Credential values that must never appear in a message: the key, a password, a token. */
export function secretsOf(credentials: IDataObject): string[] {
	return Object.entries(credentials)
		.filter(([name, value]) => /key|token|password|secret/i.test(name) && typeof value === 'string')
		.map(([, value]) => value as string);
}

function hash(text: string): string {
	return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function isStream(body: unknown): body is AsyncIterable<Buffer | string> {
	const candidate = body as { pipe?: unknown; [Symbol.asyncIterator]?: unknown } | null | undefined;
	return typeof candidate?.pipe === 'function' && typeof candidate[Symbol.asyncIterator] === 'function';
}

/**
 * The answer's body, read from the stream it comes as. Asked for as text, n8n's HTTP layer kept
 * each answer's text reachable long enough to outlive a young-generation collection, so every page of a
 * Return All stayed in memory until the run ended (BENCHMARKS.md, Return All); read here, a page's
 * text is garbage as soon as it is parsed.
 */
async function readBody(body: unknown): Promise<unknown> {
	if (!isStream(body)) return body;
	const chunks: Buffer[] = [];
	for await (const chunk of body) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
	return Buffer.concat(chunks).toString('utf8');
}

function bodyText(body: unknown): string {
	if (body === undefined || body === null) return '';
	if (typeof body === 'string') return body;
	if (Buffer.isBuffer(body)) return body.toString('utf8');
	if (body instanceof ArrayBuffer) return Buffer.from(body).toString('utf8');
	return JSON.stringify(body);
}

/**
 * Where a request goes. Relative paths must be plain CallHub API paths; absolute URLs (the `next`
 * links CallHub pages carry) are only followed on the credential's own host, so the API key can
 * never be sent elsewhere.
 */
function resolveTarget(
	ctx: RequestContext,
	origin: string,
	url: string,
): { url: string; path: string } {
	if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
		let parsed: URL;
		try {
			parsed = new URL(url);
		} catch {
			throw new NodeOperationError(ctx.getNode(), `CallHub sent a link that is not a valid URL: ${url}`);
		}
		const path = `${parsed.pathname}${parsed.search}`;
		if (!isApiPath(parsed.pathname)) {
			throw new NodeOperationError(ctx.getNode(), `Refusing to follow an unexpected CallHub link: ${url}`);
		}
		if (parsed.origin !== origin) {
			ctx.logger.warn(
				`CallHub returned a link on another host (${parsed.origin}); following its path on ${origin} instead`,
			);
		}
		return { url: `${origin}${path}`, path };
	}
	if (!isApiPath(url)) {
		throw new NodeOperationError(ctx.getNode(), `Refusing to call the unexpected CallHub path "${url}"`, {
			description: 'An ID or value used in the request path contains characters that are not allowed.',
		});
	}
	return { url: `${origin}${url}`, path: url };
}

/** The size of a body sent as bytes and the files of a multipart one, for a "too large" answer. */
function uploadOf(request: IHttpRequestOptions): Pick<RequestSummary, 'bytes' | 'files'> {
	const body = request.body as unknown;
	if (!Buffer.isBuffer(body)) return {};
	const headers = (request.headers ?? {}) as IDataObject;
	const contentType = String(headers['Content-Type'] ?? headers['content-type'] ?? '');
	if (!/^multipart\/form-data/i.test(contentType)) return { bytes: body.length };
	// Part headers sit before each part's data; the form's fields and the file's header come first.
	const head = body.subarray(0, 65536).toString('latin1');
	const files = [...head.matchAll(/Content-Disposition: form-data; name="([^"]*)"; filename=/g)].map((match) => match[1]);
	return { bytes: body.length, files };
}

/** CallHub's status for a refused agent sign-in, which the credential puts on its error (n8n wraps it). */
function signInStatus(error: unknown): string | undefined {
	let current = error as { callhubStatus?: unknown; cause?: unknown; errorResponse?: unknown } | undefined;
	for (let depth = 0; current && typeof current === 'object' && depth < 6; depth++) {
		if (typeof current.callhubStatus === 'string' && current.callhubStatus !== '') return current.callhubStatus;
		current = (current.cause ?? current.errorResponse) as typeof current;
	}
	return undefined;
}

function unusableReply(ctx: RequestContext, summary: RequestSummary, what: string, statusCode: number): NodeApiError {
	return new NodeApiError(
		ctx.getNode(),
		{ statusCode },
		{
			message: `CallHub answered ${summary.method} ${summary.path} with ${what}`,
			description:
				"The reply did not come from CallHub's API or was cut off. Check the API Domain in the credential (it is shown next to the API key in CallHub, e.g. https://api-na1.callhub.io), then try again.",
			httpCode: String(statusCode),
		},
	);
}

/**
 * CallHub's answer inside an error n8n threw instead of returning it (only a 401, when `only` says so):
 * with a renewable token, n8n renews the token on a 401 and sends the request once more; when that is
 * refused too, or the request is sent asking n8n to throw on every error status, it throws.
 */
function answerInside(error: unknown, only?: number): IN8nHttpFullResponse | undefined {
	let current = error as { cause?: unknown; errorResponse?: unknown; response?: unknown } | undefined;
	for (let depth = 0; current && typeof current === 'object' && depth < 6; depth++) {
		const response = current.response as { status?: unknown; headers?: unknown; data?: unknown } | undefined;
		if (response && typeof response === 'object' && typeof response.status === 'number' && (only === undefined || response.status === only)) {
			return {
				statusCode: response.status,
				headers: (response.headers ?? {}) as IDataObject,
				body: response.data as IN8nHttpFullResponse['body'],
			};
		}
		current = (current.cause ?? current.errorResponse) as typeof current;
	}
	return undefined;
}

/**
 * The answer with its body parsed. Error answers keep a body that is not JSON as text (an HTML error
 * page is described by errors.ts); a successful answer must be JSON, or empty where that means "done".
 */
function toResponse(raw: IN8nHttpFullResponse, ctx: RequestContext, summary: RequestSummary): CallHubResponse {
	const text = bodyText(raw.body);
	const headers = (raw.headers ?? {}) as IDataObject;
	const failed = raw.statusCode >= 400;
	if (text.trim() === '') {
		if (!failed && summary.method === 'GET') throw unusableReply(ctx, summary, 'an empty reply', raw.statusCode);
		return { statusCode: raw.statusCode, headers, body: null };
	}
	if (/^\s*</.test(text)) {
		if (!failed) throw unusableReply(ctx, summary, 'a web page instead of data', raw.statusCode);
		return { statusCode: raw.statusCode, headers, body: text };
	}
	try {
		return { statusCode: raw.statusCode, headers, body: parseJsonLosslessly(text) };
	} catch {
		if (!failed) throw unusableReply(ctx, summary, 'a reply that is not valid JSON', raw.statusCode);
		return { statusCode: raw.statusCode, headers, body: text };
	}
}

/**
 * The one way this package talks to CallHub: authenticated with the node's credential, ids parsed
 * losslessly, rate limits waited out (bounded), reads retried on server and connection faults, and
 * every failure turned into a message that says what happened and how to fix it.
 */
export async function sendToCallHub(
	ctx: RequestContext,
	request: IHttpRequestOptions,
	policy: TransportPolicy,
): Promise<CallHubResponse> {
	const credentials = await ctx.getCredentials(policy.credentialType);
	const secrets = secretsOf(credentials);
	const origin = apiOrigin(ctx.getNode(), credentials.baseUrl);
	const method = (request.method ?? 'GET').toUpperCase() as IHttpRequestMethods;
	const target = resolveTarget(ctx, origin, request.url);
	const summary: RequestSummary = { method, path: target.path, ...uploadOf(request) };
	const qs = request.qs as Record<string, unknown> | undefined;
	const account = hash(secrets.join('|'));
	const scope = throttleScope(method, target.path, qs);
	const throttle = throttleKey(origin, account, scope);
	// The published budgets this request counts against, the rarest first (a search: 1 a second, then 20).
	const budgets = (isUnlimitedOrigin(origin) ? [] : budgetsOf(scope))
		.reverse()
		.map((kind) => ({ kind, key: throttleKey(origin, account, kind) }));
	const maxWait = policy.maxRateLimitWaitSeconds ?? DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS;
	const isRead = method === 'GET' || method === 'HEAD';
	const advice = policy.advice ?? API_KEY_ADVICE;
	// n8n renews an expired token only when the 401 is thrown. n8n releases whose HTTP layer has no
	// `except` (2.8 and 1.x) take the object as `true`: the 401 comes back as an answer, and the request
	// is sent once more with every error status thrown, so that n8n renews the token there too.
	const renewsToken = policy.renewsToken?.(credentials) ?? false;

	const options: IHttpRequestOptions = {
		...request,
		method,
		url: target.url,
		baseURL: undefined,
		headers: { Accept: 'application/json', ...(request.headers ?? {}) },
		encoding: 'stream',
		json: false,
		returnFullResponse: true,
		ignoreHttpStatusErrors: renewsToken ? { ignore: true, except: [401] } : true,
	};
	delete options.baseURL;

	const leave = await enterThrottle(throttle);
	try {
		return await attempts();
	} finally {
		leave();
	}

	async function attempts(): Promise<CallHubResponse> {
		let waited = 0;
		for (let attempt = 0; ; attempt++) {
			const paced = await waitForThrottle(throttle, maxWait - waited);
			if (typeof paced !== 'number') {
				throw new NodeApiError(ctx.getNode(), { statusCode: 429 } as JsonObject, {
					message: `CallHub's rate limit is still in effect: the next ${method} ${target.path} may go in ${Math.ceil(paced.exceeds)} s`,
					description: `${rateLimitAdvice(waited, paced.exceeds, maxWait)}`,
					httpCode: '429',
				});
			}
			waited += paced;
			let raw = await send(attempt, false);
			if (raw !== 'retry' && renewsToken && raw.statusCode === 401 && !raw.thrown) raw = await send(attempt, true);
			if (raw === 'retry') continue;
			const { sentAt } = raw;

			const response: CallHubResponse = { ...toResponse(raw, ctx, summary), answeredInMs: raw.answeredInMs };
			if (response.statusCode !== 429) recordSuccess(throttle);
			if (response.statusCode === 429) {
				const told = retryAfterSeconds(response);
				const wait = told ?? backoffSeconds(attempt);
				if (waited + wait > maxWait) {
					throw callhubApiError(ctx.getNode(), response, summary, secrets, {
						description: rateLimitAdvice(waited, wait, maxWait),
					});
				}
				ctx.logger.info(
					`CallHub rate limit reached on ${method} ${target.path}; waiting ${wait} s ${told === undefined ? '(no Retry-After given)' : 'as CallHub asked (Retry-After)'} before trying again`,
				);
				// Refused though the published budget had room: if it counted this request from the arrival
				// margin, count from answers on, and learn no rate from it (rateLimit.ts).
				const countedTooEarly = budgets.map((budget) => countFromAnswers(budget.key, sentAt)).some(Boolean);
				pauseThrottle(throttle, wait, sentAt, !countedTooEarly);
				waited += wait;
				continue;
			}
			if (response.statusCode >= 500 && isRead && attempt < READ_RETRIES) {
				ctx.logger.warn(
					`CallHub ${method} ${target.path} answered ${response.statusCode}; retrying in ${backoffSeconds(attempt)} s`,
				);
				await sleep(backoffSeconds(attempt) * 1000);
				continue;
			}
			if (response.statusCode >= 400 && !(policy.accept?.(response) ?? false)) {
				throw callhubApiError(ctx.getNode(), response, summary, secrets, {}, advice);
			}
			return response;
		}
	}

	/**
	 * Sends the request once: CallHub's answer (`thrown` when n8n threw it), or 'retry' after a
	 * connection fault on a read that may be tried again (having waited the backoff). `throwAll` asks
	 * n8n to throw on every error status, the only way an older n8n renews the token on a 401.
	 */
	async function send(attempt: number, throwAll: boolean): Promise<Sent | 'retry'> {
		// Every request to the account keeps within CallHub's published budget (rateLimit.ts).
		const slots: PaceSlot[] = [];
		for (const budget of budgets) slots.push(await takePaceSlot(budget.key, budget.kind));
		const sentAt = Date.now();
		for (const slot of slots) slot.sent();
		let answeredAt = sentAt;
		const timing = () => ({ sentAt, answeredInMs: answeredAt - sentAt });
		try {
			let raw: IN8nHttpFullResponse;
			try {
				raw = (await ctx.helpers.httpRequestWithAuthentication.call(ctx, policy.credentialType, {
					...options,
					headers: { ...options.headers },
					...(throwAll ? { ignoreHttpStatusErrors: false } : {}),
				})) as IN8nHttpFullResponse;
			} finally {
				// CallHub counted the request before its status line came back.
				answeredAt = Date.now();
				for (const slot of slots) slot.answered();
			}
			return { ...raw, body: (await readBody(raw.body)) as IN8nHttpFullResponse['body'], ...timing() };
		} catch (error) {
			const answer = throwAll ? answerInside(error) : renewsToken ? answerInside(error, 401) : undefined;
			if (answer !== undefined) {
				return { ...answer, body: (await readBody(answer.body).catch(() => '')) as IN8nHttpFullResponse['body'], thrown: true, ...timing() };
			}
			const code = networkCode(error);
			if (isRead && code && RETRYABLE_NETWORK_CODES.includes(code) && attempt < READ_RETRIES) {
				ctx.logger.warn(`CallHub ${method} ${target.path} failed (${code}); retrying in ${backoffSeconds(attempt)} s`);
				await sleep(backoffSeconds(attempt) * 1000);
				return 'retry';
			}
			if (code) throw callhubNetworkError(ctx.getNode(), error, origin, summary, secrets);
			const message = redact((error as Error).message, secrets) as string;
			const description = redact((error as NodeApiError).description ?? undefined, secrets);
			const status = signInStatus(error);
			if (status === undefined) throw new NodeOperationError(ctx.getNode(), message, { description });
			// The agent's sign-in (the credential's preAuthentication) was refused or got no answer.
			const apiError = new NodeApiError(ctx.getNode(), { message } as JsonObject, { message, description, httpCode: status });
			apiError.message = message;
			throw apiError;
		}
	}
}

/** One request's answer, with when it went and how long CallHub took (`thrown`: n8n threw it). */
type Sent = IN8nHttpFullResponse & { thrown?: boolean; sentAt: number; answeredInMs: number };

export function sender(ctx: RequestContext, policy: TransportPolicy): Send {
	return async (request, accept) =>
		await sendToCallHub(ctx, request, { ...policy, accept: accept ?? policy.accept });
}
