import type { Router } from '../http';
import { badRequest, bodyObject, created, noContent, notFound, required } from '../http';
import { paginate } from '../pagination';
import type { AccountState, Json } from '../state';
import { now } from '../state';

/**
 * The four events of CallHub's public list, and two more real clients register or mention:
 * lcdems/lcd-people registers `p2p.reply` beside `sb.reply` and mentions `cc.transfer`.
 */
export const WEBHOOK_EVENTS = ['vb.transfer', 'sb.reply', 'cc.notes', 'agent.activation', 'p2p.reply', 'cc.transfer'];

export interface Webhook extends Json {
	id: string;
	event: string;
	target: string;
	created: string;
	updated: string;
}

export function webhooks(state: AccountState) {
	return state.collection<Webhook>('webhooks');
}

export function presentWebhook(hook: Webhook, origin: string): Json {
	return {
		id: hook.id,
		url: `${origin}/v1/webhooks/${hook.id}/`,
		user: `${origin}/v1/users/1/`,
		created: hook.created,
		updated: hook.updated,
		event: hook.event,
		target: hook.target,
	};
}

export function createWebhook(state: AccountState, event: string, target: string): Webhook {
	const hook: Webhook = { id: state.newId(), event, target, created: now(), updated: now() };
	webhooks(state).set(hook.id, hook);
	return hook;
}

/** CallHub's webhooks: one event per registration; there is no endpoint to read a single one. */
export function registerWebhooks(router: Router): void {
	router.get('/v1/webhooks/', (req) =>
		paginate(req, [...webhooks(req.state).values()].map((hook) => presentWebhook(hook, req.origin))),
	);
	router.post('/v1/webhooks/', (req) => {
		const body = bodyObject(req);
		const event = required(body, 'event');
		const target = required(body, 'target');
		if (!WEBHOOK_EVENTS.includes(event)) badRequest({ event: [`"${event}" is not a valid choice.`] });
		try {
			const url = new URL(target);
			if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
		} catch {
			badRequest({ target: ['Enter a valid URL.'] });
		}
		return created(presentWebhook(createWebhook(req.state, event, target), req.origin));
	});
	router.delete('/v1/webhooks/:id/', (req) => {
		if (!webhooks(req.state).delete(req.params.id)) notFound();
		return noContent();
	});
}
