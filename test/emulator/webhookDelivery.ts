import { WEBHOOK_EXAMPLES } from './fixtures/webhookPayloads';
import type { EmuResponse } from './http';
import { WEBHOOK_EVENTS, webhooks } from './resources/webhooks';
import type { AccountState } from './state';

export interface FireOptions {
	/** Wrap the data in CallHub's `{"hook": {}, "data": ...}` envelope (default true). */
	envelope?: boolean;
	timeoutMs?: number;
}

export interface Delivery {
	hookId: string;
	target: string;
	/** The target's HTTP status; 0 when it could not be reached. */
	status: number;
	body: string;
	error?: string;
}

const ID_KEY = /^id$|_id$|\.id$/;

/** CallHub writes ids (`id`, `*_id`, `agent.id`) as bare JSON numbers, 19 digits included. */
export function webhookJson(value: unknown): string {
	const marked = JSON.stringify(value, (key, entry) =>
		ID_KEY.test(key) && typeof entry === 'string' && /^\d+$/.test(entry) ? `\u0000${entry}\u0000` : entry,
	);
	return marked.replace(/"\\u0000(\d+)\\u0000"/g, '$1');
}

/**
 * Does what CallHub does when an event happens: POSTs its payload to the target of every webhook
 * registered for the event, one after the other, and reports what each target answered.
 * The documented examples (fixtures/webhookPayloads.ts) are the default data.
 */
export async function deliverEvent(
	state: AccountState,
	event: string,
	data?: Record<string, unknown>,
	options: FireOptions = {},
): Promise<Delivery[]> {
	if (!WEBHOOK_EVENTS.includes(event)) throw new Error(`"${event}" is not a CallHub webhook event`);
	const payload = data ?? WEBHOOK_EXAMPLES[event];
	const body = webhookJson(options.envelope === false ? payload : { hook: {}, data: payload });
	const deliveries: Delivery[] = [];
	for (const hook of [...webhooks(state).values()].filter((entry) => entry.event === event)) {
		try {
			const response = await fetch(hook.target, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body,
				signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
			});
			deliveries.push({ hookId: hook.id, target: hook.target, status: response.status, body: await response.text() });
		} catch (error) {
			const cause = (error as { cause?: { code?: string } }).cause?.code;
			deliveries.push({ hookId: hook.id, target: hook.target, status: 0, body: '', error: cause ?? (error as Error).message });
		}
	}
	return deliveries;
}

/** `POST /__emulator/webhooks/fire` with `{event, data?, envelope?}`: delivers and reports. */
export async function fireControl(state: AccountState, request: unknown): Promise<EmuResponse> {
	const { event, data, envelope } = (request ?? {}) as { event?: unknown; data?: unknown; envelope?: unknown };
	if (typeof event !== 'string' || !WEBHOOK_EVENTS.includes(event)) {
		return { status: 400, body: { event: [`"${String(event)}" is not a valid choice.`] } };
	}
	if (data !== undefined && (data === null || typeof data !== 'object' || Array.isArray(data))) {
		return { status: 400, body: { data: ['Expected an object.'] } };
	}
	const deliveries = await deliverEvent(state, event, data as Record<string, unknown> | undefined, {
		envelope: envelope !== false,
	});
	return { status: 200, body: { event, deliveries } };
}
