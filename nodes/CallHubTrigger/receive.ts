import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { EVENT_PARAMETER, selectedEvents, SOURCE_EVENTS, source, workflowSecret } from './parameters';
import { eventItem, readCallBody, unwrap } from './payload';
import { hookState } from './registration';
import { TOKEN_PARAMETER, tokenMatches, weakSecretReason } from './token';

/** Event name of a Workflow webhook call whose body does not name one. */
export const WORKFLOW_EVENT = 'workflow';

/** Answers the call here and starts no execution (n8n's Twilio Trigger pattern). */
function refuse(ctx: IWebhookFunctions, status: number, message: string): IWebhookResponseData {
	ctx.getResponseObject().status(status).json({ message });
	return { noWebhookResponse: true };
}

function expectedToken(ctx: IWebhookFunctions): string | undefined {
	if (source(ctx) === SOURCE_EVENTS) return hookState(ctx).token;
	const secret = workflowSecret(ctx);
	return weakSecretReason(secret) === undefined ? secret : undefined;
}

/** The event the call names: its URL's `event` (as the trigger registers it), or the envelope's `hook.event`. */
function namedEvent(ctx: IWebhookFunctions, hook: IDataObject | undefined): string | undefined {
	const query = ctx.getQueryData() as IDataObject;
	for (const candidate of [query[EVENT_PARAMETER], hook?.event]) {
		if (typeof candidate === 'string' && candidate.trim() !== '') return candidate.trim().slice(0, 80);
	}
	return undefined;
}

/** webhook(): checks the token, then turns the call into one item. */
export async function receiveCall(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const query = this.getQueryData() as IDataObject;
	if (!tokenMatches(query[TOKEN_PARAMETER], expectedToken(this))) return refuse(this, 401, 'Unauthorized');

	const call = readCallBody(this);
	if (!('body' in call)) return refuse(this, call.status, call.message);
	const { body } = call;
	const simplify = this.getNodeParameter('simplify', true) as boolean;
	const includeEnvelope = this.getNodeParameter('options.includeRawEnvelope', false) as boolean;
	const envelope = includeEnvelope ? body : undefined;
	const { data, hook } = unwrap(body);

	let event: string;
	if (source(this) === SOURCE_EVENTS) {
		const selected = selectedEvents(this);
		const named = namedEvent(this, hook);
		// An event not selected (a webhook whose removal failed, or one CallHub added): answered, not run.
		if (named !== undefined && !selected.includes(named)) {
			return { webhookResponse: { received: true, ignored: `${named} is not selected in this trigger` } };
		}
		// The trigger's own URLs name their event; a call without one runs as the only event selected.
		event = named ?? (selected.length === 1 ? selected[0] : 'unknown');
	} else {
		const named = body.event ?? data.event;
		event = typeof named === 'string' && named.trim() !== '' ? named.trim() : WORKFLOW_EVENT;
	}
	return {
		workflowData: [this.helpers.returnJsonArray([eventItem(event, data, { simplify, envelope })])],
	};
}
