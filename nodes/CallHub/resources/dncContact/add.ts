import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { withDisplayOptions } from '../../shared/displayOptions';
import { idFromUrl } from '../../shared/ids';
import type { Flow } from '../../shared/operation';
import { route } from '../../shared/route';
import { dncListLocator } from '../dncList/fields';
import { digitsOf, isAlreadyListed, listedEntries, sendDncListUrl, sendPhoneNumber } from './entries';
import { categoryField, phoneNumberField } from './fields';

/**
 * Adding a number that is on the list already is what the user wanted, not a failure: CallHub's 400
 * is accepted and the entry it has is returned, marked `alreadyListed` (its category is left as is).
 */
const addToList: Flow = async function (request, send) {
	const response = await send(request);
	if (!isAlreadyListed(response)) return { ...(response.body as IDataObject), alreadyListed: false };
	const body = request.body as IDataObject;
	const listId = idFromUrl(body.dnc);
	const existing = (await listedEntries(send, body.phone_number)).find((entry) => idFromUrl(entry.dnc) === listId);
	return { ...(existing ?? { dnc: body.dnc, phone_number: digitsOf(body.phone_number) }), alreadyListed: true };
};

export const option: INodePropertyOptions = {
	name: 'Add',
	value: 'add',
	action: 'Add a number to a DNC list',
	description: 'Add a phone number to a Do-Not-Call list (a number already on it is returned with alreadyListed: true)',
	routing: route(
		{ method: 'POST', url: '/v1/dnc_contacts/' },
		{ prepare: [sendDncListUrl, sendPhoneNumber], accept: isAlreadyListed, flow: addToList },
	),
};

export const fields: INodeProperties[] = withDisplayOptions(
	{ show: { resource: ['dncContact'], operation: ['add'] } },
	[dncListLocator, phoneNumberField, categoryField],
);
