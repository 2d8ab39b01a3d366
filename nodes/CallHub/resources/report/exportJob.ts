import type { IDataObject, IHttpRequestOptions, IN8nHttpFullResponse } from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import { apiOrigin } from '../../shared/baseUrl';
import type { CallHubResponse } from '../../shared/errors';
import { callhubApiError, redact } from '../../shared/errors';
import { parseJsonLosslessly } from '../../shared/json';
import type { OperationContext } from '../../shared/operation';
import type { Send } from '../../shared/transport';
import { secretsOf } from '../../shared/transport';

/**
 * CallHub's exports, as its clients show them (none shows all; every shape they show is accepted):
 * - `GET /v1/power_campaign/{id}/export/` answers a job (callhub/callhub-mcp src/callhub/campaigns.py,
 *   `export_power_campaign`); jamesbrunet/callhub-python-wrapper callhub/callhub.py (`export_campaign`)
 *   POSTs it and gets 202 `{polling_url}`. The job is polled at `GET /v1/export_data/export_{job_id}/`
 *   (callhub/callhub-mcp docs/PUBLIC_API_AUDIT.md A8 and docs/API_REFERENCE.md; the NestJS CallHub
 *   module's callhubCampaignReport.service polls the same URL) until `state` is SUCCESS, which carries
 *   `data.url` (the CSV) and `data.code` (200; the python wrapper treats any other as a failure).
 *   PENDING and PROGRESS (with `data.current`/`data.total`, callhub/callhub-mcp
 *   src/callhub/agent_activation.py) mean "not yet".
 * - `GET /v1/campaigns/{id}/export?format=csv` and `GET /v1/sms_campaign/sms_report/export/?campaign_id=`
 *   (callhub/callhub-mcp src/callhub/campaigns.py, src/callhub/sms_campaigns.py) are returned raw by
 *   the MCP: the answer may be the CSV itself, a link to it, or a job. All three are handled.
 */

/** States of a job that is still running (Celery's names, which CallHub's answers use). */
const WAITING = new Set(['PENDING', 'PROGRESS', 'STARTED', 'RECEIVED', 'RETRY', 'QUEUED', 'IN_PROGRESS', 'RUNNING']);
const JOB_ID = /^[A-Za-z0-9_-]{1,100}$/;
const MAX_JSON_BYTES = 4 * 1024 * 1024;

export interface ExportRequest {
	/** What is exported, for messages and the log, e.g. "call center campaign 3966566468442653936". */
	what: string;
	request: IHttpRequestOptions;
	/** Send a POST when CallHub answers the GET with 405 (the python wrapper POSTs the power-campaign export). */
	postWhenRefused?: boolean;
}

export interface ExportWait {
	maxWaitSeconds: number;
	pollIntervalSeconds: number;
}

/** The export's CSV, as it streams in, with what CallHub said about it. */
export interface ExportFile {
	/** The HTTP answer's body: a Readable, read as an async iterable of Buffers (absent for a link only). */
	stream?: AsyncIterable<Buffer | string>;
	fileName?: string;
	url?: string;
	jobId?: string;
}

type Answer = { kind: 'json'; body: unknown; statusCode: number } | { kind: 'file'; file: ExportFile };

function fail(ctx: OperationContext, message: string, description: string): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), message, { description, itemIndex: ctx.getItemIndex() });
}

/** What this code needs of the Readable an HTTP answer's body is (no import of node:stream in a node). */
interface BodyStream extends AsyncIterable<Buffer | string> {
	read(): Buffer | string | null;
	unshift(chunk: Buffer | string): void;
	once(event: 'readable' | 'end' | 'error', listener: () => void): unknown;
	removeListener(event: 'readable' | 'end' | 'error', listener: () => void): unknown;
	readableEnded: boolean;
}

/** The first chunk of the body, put back so that the stream still holds all of it. */
async function peek(stream: BodyStream): Promise<string> {
	for (;;) {
		const chunk = stream.read();
		if (chunk !== null) {
			stream.unshift(chunk);
			return (typeof chunk === 'string' ? chunk : chunk.toString('utf8', 0, Math.min(chunk.length, 64))).replace(/^[\s\ufeff]+/, '');
		}
		if (stream.readableEnded) return '';
		await new Promise<void>((resolve) => {
			const done = () => {
				stream.removeListener('readable', done);
				stream.removeListener('end', done);
				stream.removeListener('error', done);
				resolve();
			};
			stream.once('readable', done);
			stream.once('end', done);
			stream.once('error', done);
		});
	}
}

async function readAll(stream: BodyStream, limit: number): Promise<string> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const piece of stream) {
		const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
		chunks.push(chunk);
		size += chunk.length;
		if (size > limit) break;
	}
	return Buffer.concat(chunks).toString('utf8');
}

function fileNameOf(headers: IDataObject): string | undefined {
	const disposition = String(headers['content-disposition'] ?? '');
	const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
	return match ? decodeURIComponent(match[1]).replace(/[/\\]/g, '_') : undefined;
}

/**
 * Sends a request and answers its body as a stream: a CSV goes on streaming (never read whole here),
 * JSON (a job, a link, an error) is read and parsed losslessly. A request to the credential's own
 * host carries the credential; a download link on another host (e.g. cloud storage) is fetched
 * without it, over https only, so the API key never leaves CallHub.
 */
async function open(ctx: OperationContext, request: IHttpRequestOptions): Promise<Answer> {
	const credentials = await ctx.getCredentials('callHubApi');
	const origin = apiOrigin(ctx.getNode(), credentials.baseUrl);
	const secrets = secretsOf(credentials);
	let url = request.url;
	let own = true;
	if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
		const parsed = new URL(url);
		own = parsed.origin === origin;
		if (!own && parsed.protocol !== 'https:') {
			throw fail(ctx, 'CallHub gave an export link that is not https', 'The link was not followed. Try the export again, or download the file from CallHub.');
		}
	} else {
		url = `${origin}${url}`;
	}
	const options: IHttpRequestOptions = {
		...request,
		url,
		headers: { Accept: 'text/csv, application/json', ...(request.headers ?? {}) },
		encoding: 'stream',
		json: false,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
	};
	const raw = (
		own
			? await ctx.helpers.httpRequestWithAuthentication.call(ctx, 'callHubApi', options)
			: await ctx.helpers.httpRequest(options)
	) as IN8nHttpFullResponse;
	const headers = (raw.headers ?? {}) as IDataObject;
	const body = raw.body as unknown as BodyStream;
	// The first bytes tell JSON from a CSV file.
	const first = await peek(body);
	const contentType = String(headers['content-type'] ?? '');
	const path = own ? new URL(url).pathname : '(download link)';
	if (raw.statusCode >= 400 || /json/i.test(contentType) || /^[[{]/.test(first) || /^</.test(first)) {
		const text = await readAll(body, MAX_JSON_BYTES);
		let parsed: unknown = text;
		try {
			parsed = text.trim() === '' ? null : parseJsonLosslessly(text);
		} catch {
			// An error page or a cut answer; described below.
		}
		if (raw.statusCode >= 400) {
			const response: CallHubResponse = { statusCode: raw.statusCode, headers, body: parsed as CallHubResponse['body'] };
			if (raw.statusCode === 405) return { kind: 'json', body: parsed, statusCode: 405 };
			throw callhubApiError(ctx.getNode(), response, { method: String(request.method ?? 'GET'), path }, secrets);
		}
		if (typeof parsed === 'string') {
			throw fail(
				ctx,
				/^\s*</.test(parsed)
					? `CallHub answered the export of ${path} with a web page instead of the file`
					: `CallHub answered the export of ${path} with something that is neither CSV nor JSON`,
				own
					? 'CallHub may only hand this file to a signed-in browser (its link is meant for the dashboard). Use Output: Link to get the link, or download the export in CallHub.'
					: 'The download link may have expired; run the export again.',
			);
		}
		return { kind: 'json', body: parsed, statusCode: raw.statusCode };
	}
	return {
		kind: 'file',
		file: { stream: body, fileName: fileNameOf(headers), url: redact(own ? url : undefined, secrets) },
	};
}

function objectOf(body: unknown): IDataObject {
	return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as IDataObject) : {};
}

/** The file link of a finished job or of a direct answer: `data.url`, or `url`/`download_url`/`file_url`. */
function fileLink(body: IDataObject): string | undefined {
	const data = objectOf(body.data);
	for (const candidate of [data.url, data.download_url, data.file_url, body.download_url, body.file_url, body.url]) {
		if (typeof candidate === 'string' && /^https?:\/\//i.test(candidate)) return candidate;
	}
	return undefined;
}

/** Where to poll a job: its `polling_url`, or `/v1/export_data/export_{job_id}/`. */
function pollTarget(body: IDataObject): { url: string; jobId?: string } | undefined {
	if (typeof body.polling_url === 'string' && body.polling_url !== '') return { url: body.polling_url };
	for (const key of ['job_id', 'task_id', 'export_id', 'progress_job_id', 'id']) {
		const value = body[key] ?? objectOf(body.data)[key];
		if ((typeof value === 'string' || typeof value === 'number') && JOB_ID.test(String(value))) {
			return { url: `/v1/export_data/export_${String(value)}/`, jobId: String(value) };
		}
	}
	return undefined;
}

function progressOf(body: IDataObject): string {
	const data = objectOf(body.data ?? body.progress);
	const current = Number(data.current);
	const total = Number(data.total);
	if (Number.isFinite(current) && Number.isFinite(total) && total > 0) {
		return `, ${current.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} (${Math.floor((current / total) * 100)}%)`;
	}
	return '';
}

function jobFailure(ctx: OperationContext, what: string, body: IDataObject, state: string): NodeOperationError {
	const data = objectOf(body.data);
	const said = [body.detail, body.message, body.error, data.message, data.error, typeof body.data === 'string' ? body.data : undefined].find(
		(value) => typeof value === 'string' && value !== '',
	) as string | undefined;
	return fail(
		ctx,
		`CallHub's export of ${what} failed (state ${state}${data.code !== undefined ? `, code ${String(data.code)}` : ''})${said ? `: ${said}` : ''}`,
		'CallHub could not make the file. Run the export again later; if it keeps failing, export the campaign from the CallHub dashboard to see why.',
	);
}

/**
 * Starts an export, waits for its file (polling the job, logging progress, up to Max Wait), and
 * answers the file as a stream, or only its link when `download` is false.
 */
export async function runExport(
	ctx: OperationContext,
	send: Send,
	start: ExportRequest,
	wait: ExportWait,
	download: boolean,
): Promise<ExportFile & { link?: string; state?: string }> {
	let answer = await open(ctx, start.request);
	if (answer.kind === 'json' && answer.statusCode === 405 && start.postWhenRefused) {
		answer = await open(ctx, { ...start.request, method: 'POST' });
	}
	if (answer.kind === 'json' && answer.statusCode === 405) {
		throw fail(ctx, `CallHub does not export ${start.what} this way (405 Method Not Allowed)`, 'Report this to the package maintainers with the campaign type.');
	}
	if (answer.kind === 'file') return answer.file;

	let body = objectOf(answer.body);
	const target = pollTarget(body);
	const startedAt = Date.now();
	let polls = 0;
	for (;;) {
		const state = typeof body.state === 'string' ? body.state.toUpperCase() : typeof body.status === 'string' ? body.status.toUpperCase() : undefined;
		const link = fileLink(body);
		if (state === 'SUCCESS' || (state === undefined && link !== undefined)) {
			const code = objectOf(body.data).code;
			if (code !== undefined && code !== null && Number(code) !== 200) throw jobFailure(ctx, start.what, body, state ?? 'SUCCESS');
			if (link === undefined) {
				throw fail(ctx, `CallHub finished the export of ${start.what} but gave no link to the file`, 'Run the export again; if it keeps happening, download the export in CallHub.');
			}
			ctx.logger.info(`CallHub export of ${start.what} is ready after ${Math.round((Date.now() - startedAt) / 1000)} s (${polls} polls)`);
			if (!download) return { link, state: state ?? 'SUCCESS', jobId: target?.jobId };
			const file = await open(ctx, { method: 'GET', url: link });
			if (file.kind !== 'file') {
				throw fail(ctx, `CallHub's export link for ${start.what} did not give a CSV file`, 'Use Output: Link to get the link, or download the export in CallHub.');
			}
			return { ...file.file, link, jobId: target?.jobId };
		}
		if (state !== undefined && !WAITING.has(state)) throw jobFailure(ctx, start.what, body, state);
		if (target === undefined) {
			throw fail(
				ctx,
				`CallHub answered the export of ${start.what} without a file, a link or a job to wait for`,
				`CallHub said: ${JSON.stringify(body).slice(0, 300)}. Try again later, or export the campaign in CallHub.`,
			);
		}
		const waited = (Date.now() - startedAt) / 1000;
		if (waited + wait.pollIntervalSeconds > wait.maxWaitSeconds) {
			throw fail(
				ctx,
				`CallHub's export of ${start.what} was not ready after ${Math.round(waited)} s (Max Wait ${wait.maxWaitSeconds} s; last state ${state ?? 'unknown'}${progressOf(body)})`,
				'A large campaign takes CallHub longer to export: raise Max Wait (under Options), or run the workflow again later.',
			);
		}
		ctx.logger.info(
			`Waiting for CallHub's export of ${start.what}: ${state ?? 'started'}${progressOf(body)}; waited ${Math.round(waited)} s of ${wait.maxWaitSeconds} s`,
		);
		await sleep(wait.pollIntervalSeconds * 1000);
		polls++;
		body = objectOf((await send({ method: 'GET', url: target.url })).body);
	}
}
