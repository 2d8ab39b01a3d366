import { randomBytes } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

import type { EmuRequest, EmuResponse } from './http';
import { HttpError, Router } from './http';
import { benchControls } from './control';
import { registerResources } from './resources';
import { AccountState } from './state';
import type { Rate } from './throttle';
import { parseRate, Throttle } from './throttle';
import type { Delivery, FireOptions } from './webhookDelivery';
import { deliverEvent, fireControl } from './webhookDelivery';
import { Variants } from './variants';
import { parseMultipart, parseRequestJson, toCallHubJson } from './wire';

export interface RateSettings {
	/** Every request (CallHub: about 20 a second). */
	general?: string;
	/** GET /v1/contacts/?search= (CallHub: 1 a second). */
	search?: string;
	/** POST /v1/contacts/bulk_create/ (CallHub: 1 a minute). */
	bulk?: string;
}

export interface Fault {
	method?: string;
	/** Matches the request path (a string matches as a prefix). */
	path?: string | RegExp;
	/** Matches when the request's query has all of these parameters. */
	query?: Record<string, string>;
	/** How many requests it applies to (default 1; Infinity for all). */
	times?: number;
	status?: number;
	body?: unknown;
	raw?: string;
	headers?: Record<string, string>;
	delayMs?: number;
	/** reset: destroy the socket; hang: never answer; cut: send headers and half a body, then close. */
	action?: 'reset' | 'hang' | 'cut';
}

export interface LogEntry {
	time: number;
	method: string;
	path: string;
	query: Record<string, string>;
	authorization?: string;
	contentType?: string;
	body: unknown;
	files: Array<{ name: string; filename?: string; size: number }>;
	status: number;
}

export interface EmulatorOptions {
	port?: number;
	host?: string;
	apiKey?: string;
	rates?: RateSettings;
	/** Answer GET /v1/custom_fields/ with a page instead of a bare array. */
	customFieldsAsPage?: boolean;
	/** Origin written into `url` and `next` links (default: the Host the client used). */
	publicOrigin?: string;
	seed?: (state: AccountState) => void;
	/**
	 * Largest request body accepted; a larger one gets the 413 page of the proxy in front of the API
	 * (default MAX_BODY_BYTES). CallHub publishes no limit: Django itself caps no file upload, so any
	 * limit is the web server's (nginx's client_max_body_size), which answers with an HTML page.
	 */
	maxBodyBytes?: number;
	/** Behaviour variants where CallHub's real behaviour is unknown (variants.ts); default: each topic's first. */
	variants?: string[];
	/** A model of the time CallHub takes to answer over the internet (default: none, answers at once). */
	latency?: Latency;
}

/**
 * Time added to every API answer: a round trip, plus the server's time per record it returns (a
 * page of 1,000 contacts takes longer to build than one contact). Requests are answered in parallel,
 * as by a pool of web workers; the rate limits are checked when a request arrives, as DRF does.
 */
export interface Latency {
	roundTripMs: number;
	perRecordMs: number;
}

/** "80ms", "0.3ms", "1s" or a bare number of milliseconds. */
export function parseDuration(text: string): number {
	const match = /^(\d+(?:\.\d+)?)\s*(ms|s)?$/.exec(text.trim());
	if (!match) throw new Error(`bad duration ${text} (e.g. 80ms, 0.3ms, 1s)`);
	return Number(match[1]) * (match[2] === 's' ? 1000 : 1);
}

/** How many records an answer holds: a page's `results`, a bare array, or one object. */
function recordCount(body: unknown): number {
	if (Array.isArray(body)) return body.length;
	const results = body !== null && typeof body === 'object' ? (body as { results?: unknown }).results : undefined;
	if (Array.isArray(results)) return results.length;
	return body === undefined || body === null ? 0 : 1;
}

/** The emulator's stand-in for CallHub's unknown upload limit: 25 MB, a common proxy setting. */
export const MAX_BODY_BYTES = 25 * 1024 * 1024;

const TOO_LARGE_PAGE =
	'<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n<body>\r\n<center><h1>413 Request Entity Too Large</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

export type Extension = (router: Router, emulator: Emulator) => void;

/** Resources added by later parts of the package register themselves here. */
export const extensions: Extension[] = [];

/** Control endpoints (`METHOD /__emulator/...`) added by later parts, e.g. firing webhook events. */
export const controlHandlers = new Map<string, (emulator: Emulator, body: unknown) => EmuResponse | Promise<EmuResponse>>();
controlHandlers.set('POST /__emulator/webhooks/fire', async (emulator, body) => await fireControl(emulator.state, body));
for (const [route, handler] of Object.entries(benchControls)) {
	controlHandlers.set(route, (emulator, body) => handler(emulator, (body ?? {}) as Record<string, unknown>));
}

export const DEFAULT_RATES: Required<RateSettings> = { general: '20/s', search: '1/s', bulk: '1/min' };

export class Emulator {
	readonly router = new Router();
	readonly log: LogEntry[] = [];
	readonly faults: Fault[] = [];
	/** Bytes of response bodies sent since the last log clear (benchmarks relate memory to it). */
	bytesSent = 0;
	/** API requests being answered now, and the most there were at once since the last reset. */
	activeRequests = 0;
	peakConcurrency = 0;
	state = new AccountState();
	/** The behaviour variants in force; kept across resets (they describe CallHub, not the account). */
	readonly variants: Variants;
	apiKey: string;
	url = '';
	/** Other accepted tokens and who they stand for (agent tokens, keys of other accounts…). */
	readonly tokens = new Map<string, string>();
	private server?: Server;
	private readonly sockets = new Set<Socket>();
	private rates: Record<keyof RateSettings, Rate | undefined> = { general: undefined, search: undefined, bulk: undefined };
	private throttles = new Map<string, Throttle>();
	latency?: Latency;

	constructor(readonly options: EmulatorOptions = {}) {
		this.latency = options.latency;
		this.apiKey = options.apiKey ?? `emu_${randomBytes(20).toString('hex')}`;
		this.variants = new Variants(options.variants ?? []);
		this.setRates({ ...DEFAULT_RATES, ...(options.rates ?? {}) });
		registerResources(this.router, { customFieldsAsPage: options.customFieldsAsPage ?? false });
		for (const extend of extensions) extend(this.router, this);
		options.seed?.(this.state);
	}

	setRates(rates: RateSettings): void {
		for (const scope of ['general', 'search', 'bulk'] as const) {
			if (rates[scope] !== undefined) this.rates[scope] = parseRate(rates[scope] as string);
		}
		this.throttles.clear();
	}

	reset(seed = this.options.seed): void {
		this.state = new AccountState();
		this.log.length = 0;
		this.faults.length = 0;
		this.throttles.clear();
		this.latency = this.options.latency;
		this.peakConcurrency = this.activeRequests;
		// Agent tokens name agents of the old account state; ids repeat in the new one.
		for (const [token, principal] of this.tokens) if (principal.startsWith('agent:')) this.tokens.delete(token);
		seed?.(this.state);
	}

	/** Delivers a webhook event to every target registered for it, as CallHub would. */
	async fire(event: string, data?: Record<string, unknown>, options?: FireOptions): Promise<Delivery[]> {
		return await deliverEvent(this.state, event, data, options);
	}

	inject(fault: Fault): void {
		this.faults.push({ times: 1, ...fault });
	}

	/** Requests made so far, optionally only those matching a method and path (prefix or pattern). */
	requests(method?: string, path?: string | RegExp): LogEntry[] {
		return this.log.filter(
			(entry) =>
				(method === undefined || entry.method === method) &&
				(path === undefined || (typeof path === 'string' ? entry.path === path : path.test(entry.path))),
		);
	}

	async start(): Promise<this> {
		this.server = createServer((req, res) => void this.handle(req, res));
		this.server.on('connection', (socket) => {
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
		await new Promise<void>((resolve) => this.server?.listen(this.options.port ?? 0, this.options.host ?? '127.0.0.1', resolve));
		const { port } = this.server.address() as AddressInfo;
		this.url = `http://127.0.0.1:${port}`;
		return this;
	}

	async close(): Promise<void> {
		for (const socket of this.sockets) socket.destroy();
		await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
	}

	private throttleWait(scope: keyof RateSettings, principal: string): number | undefined {
		const rate = this.rates[scope];
		if (!rate) return undefined;
		const key = `${scope}|${principal}`;
		if (!this.throttles.has(key)) this.throttles.set(key, new Throttle(rate));
		return this.throttles.get(key)?.check();
	}

	private scopesOf(method: string, path: string, query: URLSearchParams): Array<keyof RateSettings> {
		const scopes: Array<keyof RateSettings> = ['general'];
		if (method === 'GET' && path === '/v1/contacts/' && query.has('search')) scopes.push('search');
		if (method === 'POST' && path === '/v1/contacts/bulk_create/') scopes.push('bulk');
		return scopes;
	}

	/** Who a token belongs to: the account's key, or one registered in `tokens`. */
	principalOf(authorization: string | undefined): string | undefined {
		const match = /^token\s+(\S+)$/i.exec(authorization?.trim() ?? '');
		if (!match) return undefined;
		if (match[1] === this.apiKey) return 'manager';
		return this.tokens.get(match[1]);
	}

	private async readBody(req: IncomingMessage): Promise<Buffer> {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		return Buffer.concat(chunks);
	}

	private parseBody(raw: Buffer, contentType: string): { body: unknown; files: EmuRequest['files'] } {
		if (raw.length === 0) return { body: {}, files: [] };
		if (/multipart\/form-data/i.test(contentType)) {
			const parts = parseMultipart(raw, contentType);
			const body: Record<string, string> = {};
			for (const part of parts) if (part.filename === undefined) body[part.name] = part.data.toString('utf8');
			return { body, files: parts.filter((part) => part.filename !== undefined) };
		}
		if (/application\/x-www-form-urlencoded/i.test(contentType)) {
			return { body: Object.fromEntries(new URLSearchParams(raw.toString('utf8'))), files: [] };
		}
		try {
			return { body: parseRequestJson(raw.toString('utf8')), files: [] };
		} catch {
			throw new HttpError(400, { detail: 'JSON parse error - Expecting value: line 1 column 1 (char 0)' });
		}
	}

	private takeFault(method: string, path: string, query: URLSearchParams): Fault | undefined {
		const index = this.faults.findIndex(
			(fault) =>
				(fault.method === undefined || fault.method === method) &&
				Object.entries(fault.query ?? {}).every(([key, value]) => query.get(key) === value) &&
				(fault.path === undefined ||
					(typeof fault.path === 'string' ? path.startsWith(fault.path) : fault.path.test(path))),
		);
		if (index === -1) return undefined;
		const fault = this.faults[index];
		fault.times = (fault.times ?? 1) - 1;
		if (fault.times <= 0) this.faults.splice(index, 1);
		return fault;
	}

	/** Waits as long as the latency model says CallHub takes to answer with this body. */
	private async answerTime(body: unknown, req: IncomingMessage): Promise<void> {
		if (!this.latency) return;
		const ms = this.latency.roundTripMs + this.latency.perRecordMs * recordCount(body);
		if (ms > 0) await delay(ms, req);
	}

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const url = new URL(req.url ?? '/', 'http://emulator');
		const method = (req.method ?? 'GET').toUpperCase();
		const path = url.pathname;
		const raw = await this.readBody(req);
		const contentType = String(req.headers['content-type'] ?? '');
		const entry: LogEntry = {
			time: Date.now(),
			method,
			path,
			query: Object.fromEntries(url.searchParams),
			authorization: req.headers.authorization,
			contentType: contentType || undefined,
			body: undefined,
			files: [],
			status: 0,
		};

		this.log.push(entry);
		if (!path.startsWith('/__emulator/')) {
			this.activeRequests++;
			this.peakConcurrency = Math.max(this.peakConcurrency, this.activeRequests);
			res.once('close', () => this.activeRequests--);
		}
		if (path.startsWith('/__emulator/')) {
			this.send(res, entry, await this.control(method, path, raw));
			return;
		}
		if (raw.length > (this.options.maxBodyBytes ?? MAX_BODY_BYTES)) {
			this.send(res, entry, { status: 413, headers: { 'Content-Type': 'text/html' }, raw: TOO_LARGE_PAGE });
			return;
		}
		const fault = this.takeFault(method, path, url.searchParams);
		if (fault) {
			// A delay ends early when the client gives up (a timeout test), and never keeps a test process alive.
			if (fault.delayMs) await delay(fault.delayMs, req);
			if (fault.action === 'reset') {
				entry.status = -1;
				req.socket.destroy();
				return;
			}
			if (fault.action === 'hang') {
				entry.status = -1;
				return;
			}
			if (fault.action === 'cut') {
				entry.status = fault.status ?? 200;
				res.writeHead(entry.status, { 'Content-Type': 'application/json', 'Content-Length': '1000' });
				res.write('{"count": 5, "next": null, "results": [{"id": 1');
				setTimeout(() => req.socket.destroy(), 20).unref();
				return;
			}
			if (fault.status !== undefined || fault.raw !== undefined || fault.body !== undefined) {
				await this.answerTime(fault.body, req);
				this.send(res, entry, { status: fault.status ?? 200, body: fault.body, raw: fault.raw, headers: fault.headers });
				return;
			}
		}

		const response = await this.respond(req, method, path, url, raw, contentType, entry);
		await this.answerTime(response.body, req);
		this.send(res, entry, response);
	}

	private async respond(
		req: IncomingMessage,
		method: string,
		path: string,
		url: URL,
		raw: Buffer,
		contentType: string,
		entry: LogEntry,
	): Promise<EmuResponse> {
		const origin = this.options.publicOrigin ?? `http://${req.headers.host ?? '127.0.0.1'}`;
		try {
			const parsed = this.parseBody(raw, contentType);
			entry.body = parsed.body;
			entry.files = parsed.files.map((file) => ({ name: file.name, filename: file.filename, size: file.data.length }));

			const found = this.router.match(method, path);
			if (!found.pathExists && !path.endsWith('/') && this.router.match(method, `${path}/`).pathExists) {
				// Django's APPEND_SLASH: a redirect, which clients follow as a GET (a POST then lists instead of creating).
				return { status: 301, headers: { Location: `${origin}${path}/${url.search}` }, raw: '' };
			}
			if (!found.pathExists) {
				return { status: 404, headers: { 'Content-Type': 'text/html' }, raw: '<!doctype html><html lang="en"><head><title>Not Found</title></head><body><h1>Not Found</h1><p>The requested resource was not found on this server.</p></body></html>' };
			}
			const principal = found.audience === 'public' ? 'anonymous' : this.principalOf(req.headers.authorization);
			if (!principal) {
				return {
					status: 401,
					headers: { 'WWW-Authenticate': 'Token' },
					body: { detail: req.headers.authorization ? 'Invalid token.' : 'Authentication credentials were not provided.' },
				};
			}
			const isAgent = principal.startsWith('agent:');
			if ((found.audience === 'agent' && !isAgent) || (found.audience === 'manager' && isAgent)) {
				return { status: 403, body: { detail: 'You do not have permission to perform this action.' } };
			}
			const waits = this.scopesOf(method, path, url.searchParams)
				.map((scope) => this.throttleWait(scope, principal))
				.filter((wait): wait is number => wait !== undefined);
			if (waits.length) {
				const wait = Math.ceil(Math.max(...waits));
				return {
					status: 429,
					headers: { 'Retry-After': String(wait) },
					body: { detail: `Request was throttled. Expected available in ${wait} second${wait === 1 ? '' : 's'}.` },
				};
			}
			if (!found.handler) {
				return { status: 405, body: { detail: `Method "${method}" not allowed.` } };
			}
			const emuRequest: EmuRequest = {
				method,
				path,
				query: url.searchParams,
				headers: req.headers,
				body: parsed.body,
				files: parsed.files,
				rawBody: raw,
				params: found.params,
				origin,
				state: this.state,
				principal: found.audience === 'public' ? undefined : principal,
				tokens: this.tokens,
				variants: this.variants,
			};
			return await found.handler(emuRequest);
		} catch (error) {
			if (error instanceof HttpError) return { status: error.status, body: error.body };
			return { status: 500, headers: { 'Content-Type': 'text/html' }, raw: `<h1>Server Error (500)</h1><!-- ${(error as Error).message} -->` };
		}
	}

	/** Endpoints for tools outside the process (sandbox, e2e): the request log, reset, faults. */
	private async control(method: string, path: string, raw: Buffer): Promise<EmuResponse> {
		if (method === 'GET' && path === '/__emulator/log') return { status: 200, body: this.log.filter((entry) => !entry.path.startsWith('/__emulator/')) };
		if (method === 'POST' && path === '/__emulator/reset') {
			this.reset();
			return { status: 200, body: { reset: true } };
		}
		if (method === 'POST' && path === '/__emulator/variants') {
			const { variants = [] } = JSON.parse(raw.toString('utf8') || '{}') as { variants?: string[] };
			try {
				this.variants.set(variants);
			} catch (error) {
				return { status: 400, body: { detail: (error as Error).message } };
			}
			return { status: 200, body: { variants: this.variants.list() } };
		}
		if (method === 'POST' && path === '/__emulator/faults') {
			const fault = JSON.parse(raw.toString('utf8') || '{}') as Fault;
			this.inject(fault);
			return { status: 201, body: fault };
		}
		const handler = controlHandlers.get(`${method} ${path}`);
		if (handler) return await handler(this, raw.length ? JSON.parse(raw.toString('utf8')) : {});
		return { status: 404, body: { detail: 'Unknown emulator control endpoint.' } };
	}

	private send(res: ServerResponse, entry: LogEntry, response: EmuResponse): void {
		entry.status = response.status;
		const headers: Record<string, string> = { ...(response.headers ?? {}) };
		let payload = '';
		if (response.raw !== undefined) {
			payload = response.raw;
		} else if (response.body !== undefined && response.status !== 204) {
			payload = toCallHubJson(response.body);
			headers['Content-Type'] ??= 'application/json';
		}
		headers['Content-Length'] = String(Buffer.byteLength(payload));
		if (!entry.path.startsWith('/__emulator/')) this.bytesSent += Buffer.byteLength(payload);
		res.writeHead(response.status, headers);
		res.end(payload);
	}
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
	return await new Emulator(options).start();
}

/** Waits `ms`, or less when the request's connection closes first; the timer does not hold the process. */
function delay(ms: number, req: IncomingMessage): Promise<void> {
	return new Promise((resolve) => {
		const timer = setTimeout(done, ms);
		timer.unref();
		req.socket.once('close', done);
		function done() {
			clearTimeout(timer);
			req.socket.off('close', done);
			resolve();
		}
	});
}
