import type { IHookFunctions, IWebhookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { EVENT_NAMES, isCallHubEvent } from './events';
import { MIN_SECRET_LENGTH, newToken, weakSecretReason } from './token';

/** The node registers CallHub webhooks for the chosen events. */
export const SOURCE_EVENTS = 'events';
/** A webhook step of a CallHub Workflow calls the node; nothing is registered. */
export const SOURCE_WORKFLOW = 'workflowWebhook';

/** Query parameter of a registered webhook's URL naming its event (CallHub's body may not). */
export const EVENT_PARAMETER = 'event';

type Context = IHookFunctions | IWebhookFunctions;

export function source(ctx: Context): string {
	return ctx.getNodeParameter('source', SOURCE_EVENTS) as string;
}

/** An event name as CallHub writes them: a prefix and a name, e.g. `p2p.reply`. */
const EVENT_NAME = /^[a-z0-9_]+\.[a-z0-9_]+$/;

/** The Other Events parameter: further event names, separated by commas, spaces or new lines. */
function otherEvents(ctx: Context): string[] {
	const raw = String(ctx.getNodeParameter('otherEvents', '') ?? '');
	const names = raw.split(/[\s,;]+/).map((name) => name.trim().toLowerCase()).filter(Boolean);
	const invalid = names.find((name) => !EVENT_NAME.test(name));
	if (invalid !== undefined) {
		throw new NodeOperationError(ctx.getNode(), `The Other Events parameter has "${invalid.slice(0, 60)}", which is not a CallHub event name`, {
			description: 'CallHub event names are a prefix and a name joined by a dot, e.g. p2p.reply or cc.transfer; separate several with commas.',
		});
	}
	return names;
}

export function selectedEvents(ctx: Context): string[] {
	const events = ctx.getNodeParameter('events', []) as string[];
	const unknown = events.filter((event) => !isCallHubEvent(event));
	if (unknown.length > 0) {
		throw new NodeOperationError(ctx.getNode(), `Unknown CallHub event "${unknown[0]}" in the Events parameter`, {
			description: `CallHub's webhooks support ${EVENT_NAMES.join(', ')}; add other event names under Other Events.`,
		});
	}
	const all = [...events, ...otherEvents(ctx)];
	if (all.length === 0) {
		throw new NodeOperationError(ctx.getNode(), 'Choose at least one event in the Events parameter', {
			description: 'The trigger registers one CallHub webhook for each event chosen, and for each name under Other Events.',
		});
	}
	return [...new Set(all)];
}

export function workflowSecret(ctx: Context): string {
	return String(ctx.getNodeParameter('secretToken', '') ?? '').trim();
}

/** A CallHub Workflow webhook is only as safe as its secret: activation refuses a weak one. */
export function requireStrongSecret(ctx: Context): void {
	const reason = weakSecretReason(workflowSecret(ctx));
	if (reason === undefined) return;
	throw new NodeOperationError(ctx.getNode(), `The Secret Token parameter ${reason}`, {
		description: `CallHub does not sign its webhook calls, so this token is what stops others from starting the workflow. Use at least ${MIN_SECRET_LENGTH} letters and digits, e.g. this newly generated one: ${newToken()}`,
	});
}
