import type { IDataObject } from 'n8n-workflow';

import { agents } from '../emulator/resources/agentAccounts';
import type { Emulator } from '../emulator/server';
import { addAgent, AGENT_PASSWORD, tokenOf } from '../harness/agent';
import type { ReliabilityCase } from './types';

const UUID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const fromExpression = (value: string) => `={{ ${JSON.stringify(value)} }}`;
const conference = (operation: string, uuid: string, extra: IDataObject = {}) => ({
	resource: 'conference',
	operation,
	conference: uuid.startsWith('=') ? uuid : fromExpression(uuid),
	...extra,
});
const agentStatus = { resource: 'agent', operation: 'getStatus' };
const UUID_HINT = /^Use a value like 0f8fad5b-d9cb-469f-a165-70867728950e/;
const CONFERENCE_PATH = /^The Conference UUID parameter ".*" is not a valid conference UUID$/;

function agent(emulator: Emulator) {
	return [...agents(emulator.state).values()][0] ?? addAgent(emulator);
}

/** The credential signing in with the agent's username and password (n8n exchanges them for a token). */
const signIn =
	(fields: IDataObject = {}) =>
	(emulator: Emulator): IDataObject => ({
		authMethod: 'usernamePassword',
		username: agent(emulator).username,
		password: AGENT_PASSWORD,
		baseUrl: emulator.url,
		sessionToken: '',
		sessionOwner: '',
		...fields,
	});

/** The credential holding a token pasted from the agent's token page. */
const pasted =
	(fields: IDataObject = {}) =>
	(emulator: Emulator): IDataObject => ({
		authMethod: 'token',
		agentToken: tokenOf(emulator, agent(emulator)),
		baseUrl: emulator.url,
		sessionToken: '',
		sessionOwner: '',
		...fields,
	});

/** Uuids and ids of the CallHub Agent node's path: refused before any request, so they can never pick another endpoint. */
export const agentInputCases: ReliabilityCase[] = [
	{ name: 'Agent: Conference Get with a uuid holding ../', node: 'callHubAgent', parameters: conference('get', '../agent-status'), message: CONFERENCE_PATH, description: UUID_HINT, requests: 0 },
	{ name: 'Agent: Conference Join Agent with a uuid holding a slash', node: 'callHubAgent', parameters: conference('joinAgent', `${UUID}/agent`), message: CONFERENCE_PATH, description: UUID_HINT, requests: 0 },
	{ name: 'Agent: Call Next Subscriber with a uuid holding a query string', node: 'callHubAgent', parameters: conference('callNextSubscriber', `${UUID}?all=1`), message: CONFERENCE_PATH, description: UUID_HINT, requests: 0 },
	{ name: 'Agent: Remove Agent with a uuid holding a fragment', node: 'callHubAgent', parameters: conference('removeAgent', `${UUID}#x`), message: CONFERENCE_PATH, description: UUID_HINT, requests: 0 },
	{ name: 'Agent: Conference Get with a uuid that is a URL of another host', node: 'callHubAgent', parameters: conference('get', `https://evil.example/v2/conference/${UUID}/`), message: CONFERENCE_PATH, description: UUID_HINT, requests: 0 },
	{ name: 'Agent: Conference Get with an encoded slash', node: 'callHubAgent', parameters: conference('get', `${UUID}%2F..%2Fagent`), message: CONFERENCE_PATH, description: UUID_HINT, requests: 0 },
	{
		name: 'Agent: a conference step after a node that gives no conference_uuid',
		node: 'callHubAgent',
		parameters: conference('callNextSubscriber', '={{ $json.conference_uuid }}'),
		message: /^The Conference UUID parameter is empty$/,
		description: /conference_uuid/,
		requests: 0,
	},
	{
		name: 'Agent: Dialer Call Contact with a uuid of ..',
		node: 'callHubAgent',
		parameters: { resource: 'dialer', operation: 'callContact', dialer: fromExpression('..'), numType: 'mobile' },
		message: /^The Dialer UUID parameter "\.\." is not a valid dialer UUID$/,
		description: UUID_HINT,
		requests: 0,
	},
	{
		name: 'Agent: Dialer Get with a uuid holding a slash',
		node: 'callHubAgent',
		parameters: { resource: 'dialer', operation: 'get', dialer: fromExpression(`${UUID}/agent`) },
		message: /^The Dialer UUID parameter ".*" is not a valid dialer UUID$/,
		description: UUID_HINT,
		requests: 0,
	},
	{
		name: 'Agent: Get Trophy with a campaign id that reaches another endpoint',
		node: 'callHubAgent',
		parameters: { resource: 'agent', operation: 'getTrophy', campaign: fromExpression('1/../../agent-status') },
		message: /^The Campaign parameter "1\/\.\.\/\.\.\/agent-status" is not a valid CallHub ID$/,
		description: /digits only/,
		requests: 0,
	},
	{
		name: 'Agent: Get Subscriber History with a subscriber id of ..',
		node: 'callHubAgent',
		parameters: { resource: 'script', operation: 'getSubscriberHistory', subscriber: fromExpression('..') },
		message: /^The Subscriber parameter "\.\." is not a valid CallHub ID$/,
		description: /digits only/,
		requests: 0,
	},
	{
		name: 'Agent: Save Contact Notes with a contact id holding a query string',
		node: 'callHubAgent',
		parameters: { resource: 'script', operation: 'saveContactNotes', contact: fromExpression('12?x=1'), notes: 'Called back' },
		message: /^The Contact parameter "12\?x=1" is not a valid CallHub ID$/,
		description: /digits only/,
		requests: 0,
	},
	{
		name: 'Agent: Get Saved Replies with a campaign id holding a path',
		node: 'callHubAgent',
		parameters: { resource: 'collectiveTexting', operation: 'getSavedReplies', textingCampaign: fromExpression('5/subscribers'), returnAll: true },
		message: /^The Texting Campaign parameter "5\/subscribers" is not a valid CallHub ID$/,
		description: /digits only/,
		requests: 0,
	},
	{
		name: 'Agent: Conference Create with a campaign missing from the item (expression)',
		node: 'callHubAgent',
		parameters: { resource: 'conference', operation: 'create', campaign: '={{ $json.campaign }}' },
		message: /Campaign \(campaign_id\)/,
		description: /Campaign/,
	},
];

/** The CallHub Agent API credential wrong in each way: a clear message, and never the token or password. */
export const agentCredentialCases: ReliabilityCase[] = [
	{
		name: 'Agent API: wrong token',
		node: 'callHubAgent',
		parameters: agentStatus,
		credentials: pasted({ agentToken: 'wrong-token-0123456789abcdef' }),
		message: /^CallHub did not accept the agent's credential: Invalid token\.$/,
		description: /Check the CallHub Agent API credential/,
	},
	{
		name: 'Agent API: wrong password',
		node: 'callHubAgent',
		parameters: agentStatus,
		credentials: signIn({ password: 'not-the-password-42' }),
		message: /^CallHub did not sign the agent in: Unable to log in with provided credentials\.$/,
		description: /Check the agent's Username and Password/,
	},
	{
		name: 'Agent API: unknown username',
		node: 'callHubAgent',
		parameters: agentStatus,
		credentials: signIn({ username: 'nobody-here' }),
		message: /^CallHub did not sign the agent in: Unable to log in with provided credentials\.$/,
		description: /Check the agent's Username and Password/,
	},
	{
		name: "Agent API: the account's API key instead of an agent token",
		node: 'callHubAgent',
		parameters: agentStatus,
		credentials: (emulator) => pasted({ agentToken: emulator.apiKey })(emulator),
		message: /^CallHub refused access: You do not have permission to perform this action\.$/,
		description: /Agent operations take an agent's credential only/,
	},
	{
		name: 'Agent API: an expired token is renewed by signing in again',
		node: 'callHubAgent',
		parameters: agentStatus,
		input: [{}],
		credentials: (emulator) => signIn({ sessionToken: 'expired-token-0123456789', sessionOwner: `${emulator.url}|${agent(emulator).username}` })(emulator),
		recovers: true,
		modes: ['stop'],
		check: (emulator) =>
			expect(emulator.log.map((entry) => `${entry.path} ${entry.status}`)).toEqual(['/v2/agent-status/ 401', '/v2/agent-key/ 200', '/v2/agent-status/ 200']),
	},
	{
		name: 'Agent API: an expired token and a changed password',
		node: 'callHubAgent',
		parameters: agentStatus,
		credentials: (emulator) =>
			signIn({ password: 'old-password-1234', sessionToken: 'expired-token-0123456789', sessionOwner: `${emulator.url}|${agent(emulator).username}` })(emulator),
		message: /^CallHub did not sign the agent in: Unable to log in with provided credentials\.$/,
		description: /Check the agent's Username and Password/,
	},
	{ name: 'Agent API: domain with a trailing slash', node: 'callHubAgent', parameters: agentStatus, credentials: (emulator) => signIn({ baseUrl: `${emulator.url}/` })(emulator), recovers: true, modes: ['stop'] },
	{ name: 'Agent API: domain with a path', node: 'callHubAgent', parameters: agentStatus, credentials: (emulator) => pasted({ baseUrl: `${emulator.url}/v2/` })(emulator), recovers: true, modes: ['stop'] },
	{
		name: 'Agent API: domain without a scheme (https is assumed)',
		raisedBy: 'network',
		node: 'callHubAgent',
		parameters: agentStatus,
		credentials: (emulator) => pasted({ baseUrl: emulator.url.replace('http://', '') })(emulator),
		message: /^Could not reach CallHub at https:\/\/127\.0\.0\.1:\d+: /,
		description: /API Domain/,
		modes: ['stop', 'continueErrorOutput'],
	},
	{
		name: 'Agent API: unreachable host when signing in',
		raisedBy: 'network',
		node: 'callHubAgent',
		parameters: agentStatus,
		credentials: signIn({ baseUrl: 'http://127.0.0.1:9' }),
		message: /^CallHub did not sign the agent in: could not reach http:\/\/127\.0\.0\.1:9 \(the connection was refused\)$/,
		description: /API Domain/,
	},
	{
		name: 'CallHub API: an agent token instead of the API key',
		parameters: { resource: 'contact', operation: 'getAll', returnAll: true, simplify: false },
		credentials: (emulator) => ({ apiKey: tokenOf(emulator, agent(emulator)), baseUrl: emulator.url }),
		message: /^CallHub refused access: You do not have permission to perform this action\.$/,
		description: /an agent's token is refused here/,
	},
];

/** CallHub failing under the agent: calls are never placed twice, "not found" names the uuid, reads are retried. */
export const agentServerCases: ReliabilityCase[] = [
	{
		name: 'Agent: Call Next Subscriber is not repeated after a server error (nobody is called twice)',
		node: 'callHubAgent',
		parameters: conference('callNextSubscriber', UUID),
		input: [{}],
		faults: [{ method: 'POST', path: /^\/v2\/conference\//, times: Infinity, status: 503, body: { detail: 'Service unavailable.' } }],
		message: /^CallHub failed to process the request \(HTTP 503\): Service unavailable\.$/,
		description: /not repeated, because it may have been carried out/,
		requests: 1,
	},
	{
		name: 'Agent: Dialer Call Contact is not repeated after a dropped connection',
		node: 'callHubAgent',
		parameters: { resource: 'dialer', operation: 'callContact', dialer: UUID, numType: 'mobile' },
		input: [{}],
		faults: [{ method: 'POST', path: /^\/v2\/dialer\//, times: Infinity, action: 'reset' }],
		message: /^Could not reach CallHub at http:\/\/127\.0\.0\.1:\d+: the connection was reset$/,
		description: /broke off/,
		requests: 1,
	},
	{
		name: 'Agent: Conference Get of an unknown uuid names the parameter',
		node: 'callHubAgent',
		parameters: conference('get', UUID),
		message: new RegExp(`^CallHub could not find Conference ${UUID}: `),
		description: /^Check the Conference UUID parameter/,
	},
	{
		name: 'Agent: Get Status after a 502 is retried',
		waits: 'backoff',
		node: 'callHubAgent',
		parameters: agentStatus,
		faults: [{ path: '/v2/agent-status/', status: 502, raw: '<title>502 Bad Gateway</title>' }],
		recovers: true,
		modes: ['continueRegularOutput'],
	},
	{
		name: 'Agent: Get Status after a 429 with Retry-After is waited out',
		waits: 'rateLimit',
		node: 'callHubAgent',
		parameters: agentStatus,
		faults: [{ path: '/v2/agent-status/', status: 429, headers: { 'Retry-After': '1' }, body: { detail: 'Request was throttled. Expected available in 1 second.' } }],
		recovers: true,
		modes: ['continueRegularOutput'],
	},
];
