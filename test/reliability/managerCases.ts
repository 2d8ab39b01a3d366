import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { createAgent } from '../emulator/resources/agents';
import { addCampaign } from '../emulator/resources/campaigns';
import { addDncNumber, createDncList, dncContacts, dncLists } from '../emulator/resources/dnc';
import { createTeam } from '../emulator/resources/teams';
import type { Emulator } from '../emulator/server';
import { locator } from '../harness/fixtures';
import type { ReliabilityCase } from './types';

const NO_PATH_CHANGE = /is not a valid CallHub ID$/;
const ID_HINT = /digits only/;
const NUMBER_HINT = /^Give the number with its country code, e.g\. \+14155550123\.$/;

function dncList(emulator: Emulator): string {
	return [...dncLists(emulator.state).values()][0]?.id ?? createDncList(emulator.state, 'Do not call').id;
}

const addToDnc = (phoneNumber: string, extra: IDataObject = {}) => (emulator: Emulator) => ({
	resource: 'dncContact',
	operation: 'add',
	dncList: locator(dncList(emulator)),
	phoneNumber,
	...extra,
});
const dncEntries = (emulator: Emulator) => [...dncContacts(emulator.state).values()];
const fromExpression = (value: string) => `={{ ${JSON.stringify(value)} }}`;

const campaign = (resource: string, operation: string, id: string, extra: INodeParameters = {}): INodeParameters => ({
	resource,
	operation,
	[resource]: locator(fromExpression(id)),
	...extra,
});

/** Bad values for the DNC, campaign, team and agent resources: refused before any request, naming the parameter. */
export const managerInputCases: ReliabilityCase[] = [
	{
		name: 'DNC Add: a number with letters',
		parameters: addToDnc('+1 415 CALL NOW'),
		message: /^The Phone Number parameter "\+1 415 CALL NOW" is not a valid phone number: it has letters$/,
		description: NUMBER_HINT,
		requests: 0,
	},
	{
		name: 'DNC Add: a number too short to be one',
		parameters: addToDnc('555 01'),
		message: /^The Phone Number parameter "555 01" is not a valid phone number: it is too short to be a phone number$/,
		description: NUMBER_HINT,
		requests: 0,
	},
	{
		name: 'DNC Add: a number with a calling code no country has',
		parameters: addToDnc('+999 415 555 0100'),
		message: /is not a valid phone number: no country has the calling code it starts with \(\+999…\)$/,
		description: NUMBER_HINT,
		requests: 0,
	},
	{
		name: 'DNC Add: a number missing from the item (expression)',
		parameters: addToDnc('={{ $json.phone }}'),
		message: /^The Phone Number parameter is empty$/,
		description: NUMBER_HINT,
		requests: 0,
		check: (emulator) => expect(dncEntries(emulator)).toEqual([]),
	},
	{
		name: 'DNC Add: DNC list id with a slash and ..',
		parameters: addToDnc('+14155550100', { dncList: locator(fromExpression('1/../2')) }),
		message: /^The DNC List parameter "1\/\.\.\/2" is not a valid CallHub ID$/,
		description: ID_HINT,
		requests: 0,
	},
	{
		name: 'DNC Add: DNC list id with a query string',
		parameters: addToDnc('+14155550100', { dncList: locator(fromExpression('5?page=2')) }),
		message: NO_PATH_CHANGE,
		description: ID_HINT,
		requests: 0,
	},
	{
		name: 'DNC Add: DNC list id with a fragment',
		parameters: addToDnc('+14155550100', { dncList: locator(fromExpression('5#top')) }),
		message: NO_PATH_CHANGE,
		description: ID_HINT,
		requests: 0,
	},
	{
		name: "DNC Add: a DNC list URL of another host names the list on the credential's host",
		parameters: (emulator) => addToDnc('+14155550100', { dncList: locator(`https://evil.example/v1/dnc_lists/${dncList(emulator)}/`, 'url') })(emulator),
		input: [{}],
		recovers: true,
		modes: ['stop'],
		check: (emulator) => {
			expect(emulator.log.map((entry) => `${entry.method} ${entry.path}`)).toEqual(['POST /v1/dnc_contacts/']);
			expect((emulator.log[0].body as IDataObject).dnc).toBe(`${emulator.url}/v1/dnc_lists/${dncList(emulator)}/`);
			expect(dncEntries(emulator)).toHaveLength(1);
		},
	},
	{
		name: 'DNC Remove: Only From DNC List with a path',
		parameters: { resource: 'dncContact', operation: 'remove', removeBy: 'phoneNumber', phoneNumber: '+14155550100', options: { dncList: '1/../2' } },
		message: /^The Only From DNC List option "1\/\.\.\/2" is not a valid CallHub ID$/,
		description: /digits only/,
		requests: 0,
	},
	{
		name: 'DNC Remove: DNC contact id with a query string',
		parameters: { resource: 'dncContact', operation: 'remove', removeBy: 'id', dncContact: locator(fromExpression('9?all=1')) },
		message: /^The DNC Contact parameter "9\?all=1" is not a valid CallHub ID$/,
		description: ID_HINT,
		requests: 0,
	},
	{
		name: 'DNC Update: DNC contact id that is a URL of another host',
		parameters: (emulator) => ({
			resource: 'dncContact',
			operation: 'update',
			dncContact: locator(fromExpression('https://evil.example/v1/dnc_contacts/1/')),
			dncList: locator(dncList(emulator)),
			phoneNumber: '+14155550100',
		}),
		message: NO_PATH_CHANGE,
		description: ID_HINT,
		requests: 0,
	},
	{
		name: 'DNC List Delete: id that reaches another endpoint',
		parameters: { resource: 'dncList', operation: 'delete', dncList: locator(fromExpression('1/../../contacts/2')) },
		message: NO_PATH_CHANGE,
		description: ID_HINT,
		requests: 0,
	},
	{
		name: 'Call Center Campaign Get: id with a slash and ..',
		parameters: campaign('callCenterCampaign', 'get', '12/../34'),
		message: /^The Call Center Campaign parameter "12\/\.\.\/34" is not a valid CallHub ID$/,
		description: ID_HINT,
		requests: 0,
	},
	{
		name: 'Call Center Campaign Update: id that reaches another endpoint',
		parameters: campaign('callCenterCampaign', 'update', '12/agents', { updateFields: { status: 1 } }),
		message: NO_PATH_CHANGE,
		description: ID_HINT,
		requests: 0,
	},
	{
		name: "Call Center Campaign Get: a URL of another host names the campaign on the credential's host",
		parameters: { resource: 'callCenterCampaign', operation: 'get', callCenterCampaign: locator('https://evil.example/v1/callcenter_campaigns/42/', 'url') },
		message: /^CallHub could not find Call Center Campaign 42: Not found\.$/,
		description: /Check the Call Center Campaign parameter/,
		check: (emulator) => expect(emulator.log.every((entry) => entry.path === '/v1/callcenter_campaigns/42/')).toBe(true),
	},
	{
		name: 'Voice Broadcast Update: id with a fragment',
		parameters: campaign('voiceBroadcast', 'update', '7#status', { updateFields: { status: 1 } }),
		message: /^The Voice Broadcast parameter "7#status" is not a valid CallHub ID$/,
		description: ID_HINT,
		requests: 0,
	},
	{
		name: 'SMS Campaign Delete: id with a query string',
		parameters: campaign('smsCampaign', 'delete', '7?force=true'),
		message: /^The SMS Campaign parameter "7\?force=true" is not a valid CallHub ID$/,
		description: ID_HINT,
		requests: 0,
	},
	{
		name: 'Team Get: id that is a URL of another host',
		parameters: { resource: 'team', operation: 'get', team: locator(fromExpression('https://evil.example/v1/teams/1/')) },
		message: /^The Team parameter "https:\/\/evil\.example\/v1\/teams\/1\/" is not a valid CallHub ID$/,
		description: ID_HINT,
		requests: 0,
	},
	{
		name: 'Team Add Agents: an agent id with a path',
		parameters: (emulator) => ({ resource: 'team', operation: 'addAgents', team: locator(createTeam(emulator.state, 'Callers').id), agents: ['1', '2/../3'] }),
		message: /^The Agents parameter has "2\/\.\.\/3", which is not a CallHub ID$/,
		description: /digits only/,
		requests: 0,
	},
	{
		name: 'Team Create: empty name from an expression',
		parameters: { resource: 'team', operation: 'create', name: '={{ $json.team }}' },
		message: /^CallHub rejected the request: Name \(name\): This field (is required|may not be blank)\.$/,
		description: /Fix the Name parameter/,
	},
	{
		name: 'Agent Delete: id that is ..',
		parameters: { resource: 'agent', operation: 'delete', agent: locator(fromExpression('..')) },
		message: /^The Agent parameter "\.\." is not a valid CallHub ID$/,
		description: ID_HINT,
		requests: 0,
	},
	{
		name: 'Agent Create: email missing from the item (expression)',
		parameters: (emulator) => ({ resource: 'agent', operation: 'create', username: '={{ "agent" + $itemIndex }}', email: '={{ $json.email }}', team: createTeam(emulator.state, 'Callers').name }),
		message: /^CallHub rejected the request: Email \(email\): This field (is required|may not be blank)\.$/,
		description: /Fix the Email parameter/,
	},
	{
		name: 'Campaign Update with nothing to change',
		parameters: (emulator) => ({
			resource: 'voiceBroadcast',
			operation: 'update',
			voiceBroadcast: locator(addCampaign(emulator.state, 'voice_broadcasts', { name: 'Reminder' }).id),
			updateFields: {},
		}),
		message: /^Nothing to update$/,
		description: /Update Fields/,
		requests: 0,
	},
];

/** CallHub failing on the DNC, campaign and team resources: writes are never repeated, "not found" names the parameter. */
export const managerServerCases: ReliabilityCase[] = [
	{
		name: 'DNC Add: a server error is not repeated',
		parameters: addToDnc('+14155550100'),
		input: [{}],
		faults: [{ method: 'POST', path: '/v1/dnc_contacts/', times: Infinity, status: 503, body: { detail: 'Service unavailable.' } }],
		message: /^CallHub failed to process the request \(HTTP 503\): Service unavailable\.$/,
		description: /not repeated, because it may have been carried out: check CallHub/,
		requests: 1,
	},
	{
		name: 'DNC Remove by number: the look-up is retried, the delete is not repeated',
		waits: 'backoff',
		setup: (emulator) => addDncNumber(emulator.state, dncList(emulator), '14155550100'),
		parameters: { resource: 'dncContact', operation: 'remove', removeBy: 'phoneNumber', phoneNumber: '+14155550100' },
		input: [{}],
		faults: [
			{ method: 'GET', path: '/v1/dnc_contacts/', status: 502, raw: '<title>502 Bad Gateway</title>' },
			{ method: 'DELETE', path: '/v1/dnc_contacts/', times: Infinity, status: 500, raw: '<h1>Server Error (500)</h1>' },
		],
		message: /^CallHub answered HTTP 500 with a web page instead of data$/,
		description: /trouble/,
		modes: ['continueErrorOutput'],
		check: (emulator) =>
			expect(emulator.log.map((entry) => `${entry.method} ${entry.status}`)).toEqual(['GET 502', 'GET 200', 'DELETE 500']),
	},
	{
		name: 'DNC Add: a DNC list that does not exist',
		parameters: addToDnc('+14155550100', { dncList: locator('123456') }),
		message: /^CallHub rejected the request: DNC List \(dnc\): Invalid hyperlink - Object does not exist\.$/,
		description: /Fix the DNC List parameter/,
	},
	{
		name: 'Call Center Campaign Get: 404 names the parameter',
		parameters: { resource: 'callCenterCampaign', operation: 'get', callCenterCampaign: locator('123') },
		message: /^CallHub could not find Call Center Campaign 123: Not found\.$/,
		description: /^Check the Call Center Campaign parameter: the record may have been deleted/,
	},
	{
		name: 'Voice Broadcast Update: 404 names the parameter',
		parameters: { resource: 'voiceBroadcast', operation: 'update', voiceBroadcast: locator('123'), updateFields: { status: 1 } },
		message: /^CallHub could not find Voice Broadcast 123: Not found\.$/,
		description: /^Check the Voice Broadcast parameter/,
	},
	{
		name: 'SMS Campaign Delete: 404 names the parameter',
		parameters: { resource: 'smsCampaign', operation: 'delete', smsCampaign: locator('123') },
		message: /^CallHub could not find SMS Campaign 123: Not found\.$/,
		description: /^Check the SMS Campaign parameter/,
	},
	{
		name: 'Team Get Agents: 404 names the parameter',
		parameters: { resource: 'team', operation: 'getAgents', team: locator('123'), returnAll: true },
		message: /^CallHub could not find Team 123: Not found\.$/,
		description: /^Check the Team parameter/,
	},
	{
		name: 'Voice Broadcast Start: calls per minute used up (over_cps_limit)',
		parameters: (emulator) => ({
			resource: 'voiceBroadcast',
			operation: 'update',
			voiceBroadcast: locator(addCampaign(emulator.state, 'voice_broadcasts', { name: 'Reminder' }).id),
			updateFields: { status: 1 },
		}),
		faults: [{ method: 'PUT', times: Infinity, status: 400, body: { detail: 'over_cps_limit' } }],
		message: /^CallHub rejected the request: over_cps_limit$/,
		description: /Pause one of them, or lower Calls Per Minute/,
	},
	{
		name: 'Call Center Campaign Update: a server error is not repeated',
		parameters: (emulator) => ({
			resource: 'callCenterCampaign',
			operation: 'update',
			callCenterCampaign: locator(addCampaign(emulator.state, 'callcenter_campaigns', { name: 'GOTV' }).id),
			updateFields: { status: 1 },
		}),
		input: [{}],
		faults: [{ method: 'PUT', times: Infinity, status: 502, body: { detail: 'Bad gateway' } }],
		message: /^CallHub failed to process the request \(HTTP 502\): Bad gateway$/,
		description: /not repeated/,
		// The campaign is read before the change (its status tells which codes the account uses), then one PUT.
		requests: 2,
	},
	{
		name: 'Agent Get Many: a server error on a read is retried',
		waits: 'backoff',
		parameters: { resource: 'agent', operation: 'getAll', returnAll: true },
		faults: [{ method: 'GET', path: '/v1/agents/', status: 503, body: { detail: 'Service unavailable.' } }],
		recovers: true,
		modes: ['continueRegularOutput'],
		setup: (emulator) => {
			createAgent(emulator.state, { username: 'dana' });
		},
		check: (emulator) => expect(emulator.log.map((entry) => entry.status).slice(0, 2)).toEqual([503, 200]),
	},
];
