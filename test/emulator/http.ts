import type { IncomingHttpHeaders } from 'node:http';

import type { AccountState, Json } from './state';
import type { Variants } from './variants';
import type { MultipartPart } from './wire';

export interface EmuRequest {
	method: string;
	path: string;
	query: URLSearchParams;
	headers: IncomingHttpHeaders;
	/** Parsed body: JSON (big integers as strings), form fields, or multipart fields. */
	body: unknown;
	files: MultipartPart[];
	rawBody: Buffer;
	params: Record<string, string>;
	/** Absolute origin clients see, for `url` and `next` links. */
	origin: string;
	state: AccountState;
	/** Who the request's token belongs to: `manager` (the account's key) or a `tokens` entry, e.g. `agent:<id>`. */
	principal?: string;
	/** The emulator's accepted tokens other than the key (agent tokens are issued into it). */
	tokens: Map<string, string>;
	/** The behaviour variants in force (variants.ts). */
	variants: Variants;
}

export interface EmuResponse {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
	/** Sent as is (e.g. an HTML error page) instead of JSON. */
	raw?: string;
}

export type Handler = (req: EmuRequest) => EmuResponse | Promise<EmuResponse>;

export class HttpError extends Error {
	constructor(
		readonly status: number,
		readonly body: unknown,
	) {
		super(`HTTP ${status}`);
	}
}

export const ok = (body: unknown, status = 200): EmuResponse => ({ status, body });
export const created = (body: unknown): EmuResponse => ({ status: 201, body });
export const noContent = (): EmuResponse => ({ status: 204 });
export const notFound = (): never => {
	throw new HttpError(404, { detail: 'Not found.' });
};
export const badRequest = (body: Json): never => {
	throw new HttpError(400, body);
};

export function bodyObject(req: EmuRequest): Json {
	return req.body !== null && typeof req.body === 'object' && !Array.isArray(req.body) ? (req.body as Json) : {};
}

/** A required field, DRF style: missing or blank → `{"field": ["This field is required."]}`. */
export function required(body: Json, field: string): string {
	const value = body[field];
	if (value === undefined || value === null || String(value).trim() === '') {
		badRequest({ [field]: [value === undefined || value === null ? 'This field is required.' : 'This field may not be blank.'] });
	}
	return String(value).trim();
}

export function optionalText(body: Json, field: string): string | undefined {
	const value = body[field];
	return value === undefined || value === null ? undefined : String(value);
}

/**
 * Whose token an endpoint takes: the account's API key (manager APIs), an agent's token (the
 * agent-facing /v2/ APIs; CallHub answers 403 to the other kind), or none (agent sign-in).
 */
export type Audience = 'manager' | 'agent' | 'public';

export interface Route {
	method: string;
	pattern: RegExp;
	keys: string[];
	handler: Handler;
	audience: Audience;
}

export class Router {
	readonly routes: Route[] = [];

	add(method: string, path: string, handler: Handler, audience: Audience = 'manager'): this {
		const keys: string[] = [];
		const source = path.replace(/:([a-zA-Z]+)/g, (_, key: string) => {
			keys.push(key);
			return '([^/]+)';
		});
		this.routes.push({ method, pattern: new RegExp(`^${source}$`), keys, handler, audience });
		return this;
	}

	get(path: string, handler: Handler, audience?: Audience) {
		return this.add('GET', path, handler, audience);
	}
	post(path: string, handler: Handler, audience?: Audience) {
		return this.add('POST', path, handler, audience);
	}
	put(path: string, handler: Handler, audience?: Audience) {
		return this.add('PUT', path, handler, audience);
	}
	patch(path: string, handler: Handler, audience?: Audience) {
		return this.add('PATCH', path, handler, audience);
	}
	delete(path: string, handler: Handler, audience?: Audience) {
		return this.add('DELETE', path, handler, audience);
	}

	match(
		method: string,
		path: string,
	): { handler?: Handler; params: Record<string, string>; pathExists: boolean; audience: Audience } {
		let pathExists = false;
		let audience: Audience = 'manager';
		for (const route of this.routes) {
			const found = route.pattern.exec(path);
			if (!found) continue;
			if (!pathExists) audience = route.audience;
			pathExists = true;
			if (route.method !== method) continue;
			const params: Record<string, string> = {};
			route.keys.forEach((key, index) => (params[key] = decodeURIComponent(found[index + 1])));
			return { handler: route.handler, params, pathExists, audience: route.audience };
		}
		return { params: {}, pathExists, audience };
	}
}
