import type { INodeParameters } from 'n8n-workflow';

import { createSuppressionList, suppressionLists } from '../emulator/resources/suppressionLists';
import type { Emulator } from '../emulator/server';
import type { ReliabilityCase } from './types';

const NO_PATH_CHANGE = /^The Suppression List parameter ".*" is not a valid CallHub ID$/;
const ID_HINT = /digits only/;

const listOf = (emulator: Emulator) => [...suppressionLists(emulator.state).values()][0]?.id ?? createSuppressionList(emulator.state, 'Opted out').id;
const addTo = (list: string, phoneNumber = '+14155550100'): INodeParameters => ({
	resource: 'suppressionList',
	operation: 'addContacts',
	suppressionList: `={{ ${JSON.stringify(list)} }}`,
	phoneNumber,
});

/**
 * The catalog's path-injection cases for the /suppression-lists/ prefix (the transport's own cases
 * for every prefix are in test/nodes/CallHub/shared/transportPaths.test.ts): refused before any request.
 */
export const suppressionInputCases: ReliabilityCase[] = [
	{ name: 'Suppression List: id with a slash and ..', parameters: addTo('12/../34'), message: NO_PATH_CHANGE, description: ID_HINT, requests: 0 },
	{ name: 'Suppression List: id that climbs out of /suppression-lists/', parameters: addTo('../../v1/contacts'), message: NO_PATH_CHANGE, description: ID_HINT, requests: 0 },
	{ name: 'Suppression List: id with a query string', parameters: addTo('12?page=2'), message: NO_PATH_CHANGE, description: ID_HINT, requests: 0 },
	{ name: 'Suppression List: id with a fragment', parameters: addTo('12#x'), message: NO_PATH_CHANGE, description: ID_HINT, requests: 0 },
	{ name: 'Suppression List: id that is a URL of another host', parameters: addTo('https://evil.example/suppression-lists/1/'), message: NO_PATH_CHANGE, description: ID_HINT, requests: 0 },
	{ name: 'Suppression List: id that reaches another endpoint', parameters: addTo('12/contacts/3'), message: NO_PATH_CHANGE, description: ID_HINT, requests: 0 },
	{ name: 'Suppression List: encoded slash in the id', parameters: addTo('12%2F..%2F34'), message: NO_PATH_CHANGE, description: ID_HINT, requests: 0 },
	{ name: 'Suppression List: empty id', parameters: addTo(''), message: /^The Suppression List parameter is empty$/, description: ID_HINT, requests: 0 },
	{
		name: 'Suppression List: no number in the item',
		parameters: (emulator) => addTo(listOf(emulator), '={{ $json.phone }}'),
		message: /^The Phone Number and Mobile Number parameters are both empty$/,
		description: /Give the number to suppress/,
		requests: 0,
	},
];

/** CallHub's answers: a number it refuses (its own entry of the 207), a list it does not know. */
export const suppressionServerCases: ReliabilityCase[] = [
	{
		name: 'Suppression List: CallHub refuses a number in its 207 answer',
		raisedBy: 'callhub',
		parameters: (emulator) => addTo(listOf(emulator), '={{ $json.item === 0 ? "12-0" : "+14155550101" }}'),
		message: /^CallHub did not add 12-0 to suppression list \d+: phone_number: Enter a valid phone number\.$/,
		description: /Check the Phone Number parameter of this item/,
		requests: 1,
	},
	{
		name: 'Suppression List: a list CallHub does not know',
		parameters: addTo('999'),
		message: /^CallHub could not find Suppression List 999: Not found\.$/,
		description: /^Check the Suppression List ID parameter/,
		requests: 1,
	},
];
