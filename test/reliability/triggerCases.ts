import type { IDataObject } from 'n8n-workflow';

import { SB_REPLY_BODY } from '../emulator/fixtures/webhookPayloads';
import type { Reception, WebhookCall } from '../harness/trigger';

/** Where the call comes from: a webhook the trigger registered for API events, or a CallHub Workflow's webhook step. */
export type TriggerSource = 'events' | 'workflowWebhook';

export interface TriggerCase {
	/** Unique: the README's error guide refers to cases by name. */
	name: string;
	/** Default: both. */
	sources?: TriggerSource[];
	/** The call, given the trigger's right token and the query an honest call of this source has. */
	call: (token: string, query: Record<string, string>) => WebhookCall;
	/** What the caller must get: the status, and the body (its message when a pattern). */
	status: number;
	response: RegExp | IDataObject;
	/** Whether a workflow execution must start (one item). */
	executes: boolean;
	/** Who must answer: the trigger (default), or n8n before the trigger runs. */
	answeredBy?: 'n8n' | 'trigger';
	check?: (reception: Reception) => void;
}

const JSON_BODY = JSON.stringify(SB_REPLY_BODY);
const withType = (contentType: string, body: string) => ({ body, headers: { 'Content-Type': contentType } });
const NOT_RUN = { received: true };
const MEGABYTES = 5;
const longNotes = () => 'x'.repeat(MEGABYTES * 1024 * 1024);

/**
 * Calls to the trigger's webhook that are wrong in one way each: the caller is told what is wrong
 * (status and message), an execution starts only for a call that carries an event, and the
 * secret token never appears in an answer, a log line or run data.
 */
export const triggerCases: TriggerCase[] = [
	{ name: 'wrong token', call: (token, query) => ({ query: { ...query, token: `${token.slice(0, -2)}xx` }, body: JSON_BODY }), status: 401, response: { message: 'Unauthorized' }, executes: false },
	{ name: 'missing token', call: (_token, query) => ({ query: { ...query, token: undefined as unknown as string }, body: JSON_BODY }), status: 401, response: { message: 'Unauthorized' }, executes: false },
	{ name: 'token with a space after it', call: (token, query) => ({ query: { ...query, token: `${token} ` }, body: JSON_BODY }), status: 401, response: { message: 'Unauthorized' }, executes: false },
	{ name: 'token given twice', call: (token, query) => ({ query: { ...query, token: [token, token] as unknown as string }, body: JSON_BODY }), status: 401, response: { message: 'Unauthorized' }, executes: false },
	{
		name: 'token in the body instead of the URL',
		call: (token, query) => ({ query: { ...query, token: undefined as unknown as string }, body: JSON.stringify({ ...SB_REPLY_BODY, token }) }),
		status: 401,
		response: { message: 'Unauthorized' },
		executes: false,
	},
	{
		name: 'a 5 MB body with a wrong token',
		call: (_token, query) => ({ query: { ...query, token: 'f'.repeat(64) }, body: JSON.stringify({ hook: {}, data: { notes: longNotes() } }) }),
		status: 401,
		response: { message: 'Unauthorized' },
		executes: false,
	},
	{
		name: 'malformed JSON body',
		call: (token, query) => ({ query: { ...query, token }, body: '{"hook": {}, "data": {"content": "Yes' }),
		status: 422,
		response: /^Failed to parse request body$/,
		executes: false,
		answeredBy: 'n8n',
	},
	{
		name: 'malformed JSON sent as text/plain',
		call: (token, query) => ({ query: { ...query, token }, ...withType('text/plain', '{"hook": {}, "data": {"content": "Yes') }),
		status: 400,
		response: /^The request body is not valid JSON$/,
		executes: false,
	},
	{
		name: 'JSON sent as text/plain is read',
		call: (token, query) => ({ query: { ...query, token }, ...withType('text/plain', JSON_BODY) }),
		status: 200,
		response: { message: 'Workflow was started' },
		executes: true,
		check: (reception) => expect(reception.json[0]).toMatchObject(SB_REPLY_BODY.data),
	},
	{
		name: 'JSON without a Content-Type is read',
		call: (token, query) => ({ query: { ...query, token }, ...withType('', JSON_BODY) }),
		status: 200,
		response: { message: 'Workflow was started' },
		executes: true,
		check: (reception) => expect(reception.json[0]).toMatchObject(SB_REPLY_BODY.data),
	},
	{
		name: 'form fields are read',
		call: (token, query) => ({ query: { ...query, token }, ...withType('application/x-www-form-urlencoded', new URLSearchParams(SB_REPLY_BODY.data).toString()) }),
		status: 200,
		response: { message: 'Workflow was started' },
		executes: true,
		check: (reception) => expect(reception.json[0]).toMatchObject(SB_REPLY_BODY.data),
	},
	{
		name: 'XML body',
		call: (token, query) => ({ query: { ...query, token }, ...withType('application/xml', '<reply><content>Yes</content></reply>') }),
		status: 415,
		response: /^Unsupported Content-Type "application\/xml": send the event as JSON \(application\/json\)$/,
		executes: false,
	},
	{
		name: 'multipart form body',
		call: (token, query) => ({ query: { ...query, token }, ...withType('multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="content"\r\n\r\nYes\r\n--x--\r\n') }),
		status: 415,
		response: /^Unsupported Content-Type "multipart\/form-data"/,
		executes: false,
	},
	{ name: 'JSON list instead of an object', call: (token, query) => ({ query: { ...query, token }, body: '[{"content": "Yes"}]' }), status: 400, response: /^Expected a JSON object, not a list$/, executes: false },
	{ name: 'JSON text instead of an object', call: (token, query) => ({ query: { ...query, token }, body: '"Yes"' }), status: 400, response: /^Expected a JSON object, not string$/, executes: false },
	{ name: 'empty body', call: (token, query) => ({ query: { ...query, token }, body: '' }), status: 400, response: /^The request has no body: expected the event's data as a JSON object$/, executes: false },
	{ name: 'empty JSON object', call: (token, query) => ({ query: { ...query, token }, body: '{}' }), status: 400, response: /^The request body is an empty JSON object/, executes: false },
	{
		name: 'envelope without data',
		call: (token, query) => ({ query: { ...query, token }, body: '{"hook": {"event": "sb.reply"}}' }),
		status: 400,
		response: /^The request body has a "hook" but no "data" object/,
		executes: false,
	},
	{
		name: 'envelope whose data is null',
		call: (token, query) => ({ query: { ...query, token }, body: '{"hook": {}, "data": null}' }),
		status: 400,
		response: /^The request body has a "hook" but no "data" object/,
		executes: false,
	},
	{
		name: 'an event CallHub does not document',
		sources: ['events'],
		call: (token, query) => ({ query: { ...query, token, event: 'p2p.reply' }, body: JSON_BODY }),
		status: 200,
		response: { ...NOT_RUN, ignored: 'p2p.reply is not selected in this trigger' },
		executes: false,
	},
	{
		name: 'an event not selected in the trigger',
		sources: ['events'],
		call: (token, query) => ({ query: { ...query, token, event: 'vb.transfer' }, body: JSON_BODY }),
		status: 200,
		response: { ...NOT_RUN, ignored: 'vb.transfer is not selected in this trigger' },
		executes: false,
	},
	{
		name: "a Workflow webhook's own event name runs",
		sources: ['workflowWebhook'],
		call: (token, query) => ({ query: { ...query, token }, body: JSON.stringify({ event: 'tag.added', contact: '16502293681', tag: 'volunteer' }) }),
		status: 200,
		response: { message: 'Workflow was started' },
		executes: true,
		check: (reception) => expect(reception.json).toEqual([{ event: 'tag.added', contact: '16502293681', tag: 'volunteer' }]),
	},
	{
		name: 'a 5 MB body with the right token runs',
		call: (token, query) => ({ query: { ...query, token }, body: JSON.stringify({ hook: {}, data: { ...SB_REPLY_BODY.data, notes: longNotes() } }) }),
		status: 200,
		response: { message: 'Workflow was started' },
		executes: true,
		check: (reception) => expect(String(reception.json[0].notes).length).toBe(MEGABYTES * 1024 * 1024),
	},
];
