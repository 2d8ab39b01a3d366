import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { isCallHubEvent } from './events';
import { EVENT_PARAMETER, selectedEvents, SOURCE_EVENTS, source, workflowSecret } from './parameters';
import { eventItem, isObject, readBody, unwrap } from './payload';
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

function eventOf(ctx: IWebhookFunctions, hook: IDataObject | undefined, selected: string[]): string {
	const query = ctx.getQueryData() as IDataObject;
	if (isCallHubEvent(query[EVENT_PARAMETER])) return query[EVENT_PARAMETER] as string;
	if (isCallHubEvent(hook?.event)) return hook?.event as string;
	return selected.length === 1 ? selected[0] : 'unknown';
}

/** webhook(): checks the token, then turns the call into one item. */
export async function receiveCall(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const query = this.getQueryData() as IDataObject;
	if (!tokenMatches(query[TOKEN_PARAMETER], expectedToken(this))) return refuse(this, 401, 'Unauthorized');

	const body = readBody(this);
	if (!isObject(body)) return refuse(this, 400, 'Expected a JSON object');
	const simplify = this.getNodeParameter('simplify', true) as boolean;
	const includeEnvelope = this.getNodeParameter('options.includeRawEnvelope', false) as boolean;
	const envelope = includeEnvelope ? body : undefined;
	const { data, hook } = unwrap(body);

	let event: string;
	if (source(this) === SOURCE_EVENTS) {
		const selected = selectedEvents(this);
		event = eventOf(this, hook, selected);
		// A webhook of an event no longer selected (its removal failed): answered, not run.
		if (isCallHubEvent(event) && !selected.includes(event)) {
			return { webhookResponse: { received: true, ignored: `${event} is not selected in this trigger` } };
		}
	} else {
		const named = body.event ?? data.event;
		event = typeof named === 'string' && named.trim() !== '' ? named.trim() : WORKFLOW_EVENT;
	}
	return {
		workflowData: [this.helpers.returnJsonArray([eventItem(event, data, { simplify, envelope })])],
	};
}
