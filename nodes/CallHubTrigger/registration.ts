import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { normaliseIds } from '../CallHub/shared/ids';
import { collectPages } from '../CallHub/shared/pagination';
import type { Send } from '../CallHub/shared/transport';
import { sender } from '../CallHub/shared/transport';
import { EVENT_PARAMETER, requireStrongSecret, selectedEvents, SOURCE_EVENTS, source } from './parameters';
import { newToken, TOKEN_PARAMETER } from './token';

export const CREDENTIAL_TYPE = 'callHubApi';

export interface RegisteredHook {
	id: string;
	event: string;
	target: string;
}

/** What the node keeps in the workflow's static data: its CallHub webhooks and their URL's secret. */
export interface HookState extends IDataObject {
	webhookIds?: string[];
	token?: string;
}

interface Target {
	/** The URL without its query: which n8n node, in which mode (production or test), it calls. */
	base: string;
	token?: string;
	event?: string;
}

interface Plan {
	keep: RegisteredHook[];
	remove: RegisteredHook[];
	missing: string[];
}

export function hookState(ctx: Pick<IHookFunctions, 'getWorkflowStaticData'>): HookState {
	return ctx.getWorkflowStaticData('node') as HookState;
}

export function targetUrl(webhookUrl: string, token: string, event: string): string {
	const url = new URL(webhookUrl);
	url.searchParams.set(TOKEN_PARAMETER, token);
	url.searchParams.set(EVENT_PARAMETER, event);
	return url.toString();
}

function parseTarget(target: string): Target | undefined {
	try {
		const url = new URL(target);
		return {
			base: `${url.origin}${url.pathname}`,
			token: url.searchParams.get(TOKEN_PARAMETER) ?? undefined,
			event: url.searchParams.get(EVENT_PARAMETER) ?? undefined,
		};
	} catch {
		return undefined;
	}
}

function webhookUrlOf(ctx: IHookFunctions): string {
	const url = ctx.getNodeWebhookUrl('default');
	if (!url) throw new NodeOperationError(ctx.getNode(), 'n8n did not give this trigger a webhook URL');
	return url;
}

/** Every webhook of the account: CallHub has no endpoint to read one, so the list is the truth. */
async function listHooks(send: Send): Promise<RegisteredHook[]> {
	const records = normaliseIds(await collectPages(send, { method: 'GET', url: '/v1/webhooks/' }));
	return records.map((record) => ({
		id: String(record.id ?? ''),
		event: String(record.event ?? ''),
		target: String(record.target ?? ''),
	}));
}

/**
 * Which of the account's webhooks to keep, which to remove and which events still need one.
 * A webhook is this node's when it calls this node's own URL (whatever its query), or when its id
 * is one the node stored and its URL carries the node's secret (the node's URL changed since).
 * Any other webhook belongs to another workflow or tool and is left alone.
 */
function plan(
	hooks: RegisteredHook[],
	base: string,
	token: string | undefined,
	events: string[],
	storedIds: string[],
): Plan {
	const stored = new Set(storedIds);
	const result: Plan = { keep: [], remove: [], missing: [] };
	const covered = new Set<string>();
	for (const hook of hooks) {
		const target = parseTarget(hook.target);
		if (!target) continue;
		const ours =
			target.base === base || (token !== undefined && stored.has(hook.id) && target.token === token);
		if (!ours) continue;
		const exact =
			token !== undefined &&
			target.base === base &&
			target.token === token &&
			target.event === hook.event &&
			events.includes(hook.event) &&
			!covered.has(hook.event);
		if (exact) {
			result.keep.push(hook);
			covered.add(hook.event);
		} else {
			result.remove.push(hook);
		}
	}
	result.missing = events.filter((event) => !covered.has(event));
	return result;
}

function warnIfUnreachable(ctx: IHookFunctions, webhookUrl: string): void {
	const { hostname } = new URL(webhookUrl);
	if (/^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/i.test(hostname)) {
		ctx.logger.warn(
			`CallHub Trigger: CallHub cannot call ${webhookUrl}, which only this machine can reach. Set n8n's WEBHOOK_URL to a public address.`,
		);
	}
}

/** DELETEs webhooks by id; one already gone (404) is done. Returns the ids that could not be removed. */
export async function removeHooks(ctx: IHookFunctions, send: Send, ids: string[]): Promise<string[]> {
	const failed: string[] = [];
	for (const id of ids) {
		try {
			await send({ method: 'DELETE', url: `/v1/webhooks/${id}/` }, (response) => response.statusCode === 404);
		} catch (error) {
			ctx.logger.warn(`CallHub Trigger could not remove CallHub webhook ${id}: ${(error as Error).message}`);
			failed.push(id);
		}
	}
	return failed;
}

/** checkExists: whether CallHub has exactly this node's webhooks (one per selected event, current URL). */
export async function hooksInPlace(this: IHookFunctions): Promise<boolean> {
	const state = hookState(this);
	if (source(this) !== SOURCE_EVENTS) {
		requireStrongSecret(this);
		return (state.webhookIds ?? []).length === 0;
	}
	const events = selectedEvents(this);
	const send = sender(this, { credentialType: CREDENTIAL_TYPE });
	const result = plan(await listHooks(send), webhookUrlOf(this), state.token, events, state.webhookIds ?? []);
	if (result.remove.length > 0 || result.missing.length > 0) return false;
	state.webhookIds = result.keep.map((hook) => hook.id);
	return true;
}

/**
 * create: makes CallHub's webhooks match the node: creates one per selected event that lacks one,
 * then removes this node's others (other events, an old URL or secret, duplicates).
 */
export async function registerHooks(this: IHookFunctions): Promise<boolean> {
	const state = hookState(this);
	const send = sender(this, { credentialType: CREDENTIAL_TYPE });
	if (source(this) !== SOURCE_EVENTS) {
		// Webhooks left from when this node listened to API events (n8n normally removes them when
		// it deactivates that version; this catches a removal that failed then).
		const stuck = await removeHooks(this, send, state.webhookIds ?? []);
		if (stuck.length > 0) {
			this.logger.warn(
				`CallHub Trigger: CallHub webhook(s) ${stuck.join(', ')} registered for API events are still there; delete them in CallHub.`,
			);
		}
		state.webhookIds = stuck;
		return true;
	}
	const events = selectedEvents(this);
	const webhookUrl = webhookUrlOf(this);
	warnIfUnreachable(this, webhookUrl);
	if (!state.token) state.token = newToken();
	const token = state.token;
	const result = plan(await listHooks(send), webhookUrl, token, events, state.webhookIds ?? []);
	let ids = result.keep.map((hook) => hook.id);
	state.webhookIds = ids;
	for (const event of result.missing) {
		const { body } = await send({
			method: 'POST',
			url: '/v1/webhooks/',
			body: { event, target: targetUrl(webhookUrl, token, event) },
		});
		const id = normaliseIds(body as IDataObject | null)?.id;
		if (id === undefined || id === null || String(id) === '') {
			throw new NodeOperationError(this.getNode(), `CallHub did not return an ID for the new ${event} webhook`, {
				description: 'Deactivate and activate the workflow again; if it keeps happening, check the webhooks in CallHub.',
			});
		}
		// Saved one by one, so a failure half-way still leaves every created webhook known.
		ids = [...ids, String(id)];
		state.webhookIds = ids;
	}
	const stuck = await removeHooks(
		this,
		send,
		result.remove.map((hook) => hook.id),
	);
	state.webhookIds = [...ids, ...stuck];
	return true;
}

/** delete: removes exactly the webhooks the node stored. Those that fail stay stored for next time. */
export async function unregisterHooks(this: IHookFunctions): Promise<boolean> {
	const state = hookState(this);
	const ids = state.webhookIds ?? [];
	const failed = ids.length ? await removeHooks(this, sender(this, { credentialType: CREDENTIAL_TYPE }), ids) : [];
	if (failed.length > 0) {
		state.webhookIds = failed;
		this.logger.warn(
			`CallHub Trigger: ${failed.length} CallHub webhook(s) could not be removed (${failed.join(', ')}); they are removed on the next activation, or delete them in CallHub.`,
		);
		return false;
	}
	delete state.webhookIds;
	delete state.token;
	return true;
}
