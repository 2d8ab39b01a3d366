import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { withDisplayOptions } from '../../shared/displayOptions';
import { ID_PATTERN, idFromUrl } from '../../shared/ids';
import type { Flow } from '../../shared/operation';
import { idParameter } from '../../shared/operation';
import { route } from '../../shared/route';
import { digitsOf, listedEntries } from './entries';
import { dncContactLocator, phoneNumberField } from './fields';

/** CallHub deletes DNC entries only by id: a number is looked up first, then each entry of it deleted. */
const removeFromDnc: Flow = async function (_request, send) {
	if (this.getNodeParameter('removeBy', 'id') === 'id') {
		await send({ method: 'DELETE', url: `/v1/dnc_contacts/${idParameter(this, 'dncContact')}/` });
		return { deleted: true };
	}
	const number = String(this.getNodeParameter('phoneNumber', '')).trim();
	const onlyList = String((this.getNodeParameter('options', {}) as IDataObject).dncList ?? '').trim();
	const fail = (message: string, description: string) =>
		new NodeOperationError(this.getNode(), message, { description, itemIndex: this.getItemIndex() });
	if (digitsOf(number) === '') {
		throw fail('The Phone Number parameter has no digits', 'Give the number to remove with its country code, e.g. +14155550123.');
	}
	if (onlyList !== '' && !ID_PATTERN.test(onlyList)) {
		throw fail(`The Only From DNC List option "${onlyList.slice(0, 80)}" is not a valid CallHub ID`, 'Pick the DNC list from the list, or give its ID (digits only).');
	}
	const entries = (await listedEntries(send, number)).filter((entry) => onlyList === '' || idFromUrl(entry.dnc) === onlyList);
	if (entries.length === 0) {
		throw fail(
			`The number ${number} is not on ${onlyList ? `DNC list ${onlyList}` : 'any DNC list'}`,
			'Nothing was removed. Check the Phone Number (with country code); use DNC Contact → Get Many to see the numbers listed.',
		);
	}
	for (const entry of entries) await send({ method: 'DELETE', url: `/v1/dnc_contacts/${String(entry.id)}/` });
	return { deleted: true, phone_number: digitsOf(entries[0].phone_number), removed: entries.length, dncContacts: entries };
};

export const option: INodePropertyOptions = {
	name: 'Remove',
	value: 'remove',
	action: 'Remove a number from DNC lists',
	description: 'Remove a number from Do-Not-Call lists, by its DNC contact ID or by phone number',
	// The flow picks the request: DELETE /v1/dnc_contacts/{id}/ for each entry removed.
	routing: route({ method: 'DELETE', url: '/v1/dnc_contacts/' }, { flow: removeFromDnc }),
};

const show = (removeBy: string[]) => ({ show: { resource: ['dncContact'], operation: ['remove'], removeBy } });

export const fields: INodeProperties[] = [
	...withDisplayOptions({ show: { resource: ['dncContact'], operation: ['remove'] } }, [
		{
			displayName: 'Remove By',
			name: 'removeBy',
			type: 'options',
			default: 'phoneNumber',
			options: [
				{ name: 'DNC Contact ID', value: 'id', description: 'Remove one entry, chosen by its ID' },
				{ name: 'Phone Number', value: 'phoneNumber', description: 'Remove every entry of a number' },
			],
			description: 'How to find what to remove',
		},
	]),
	...withDisplayOptions(show(['id']), [dncContactLocator]),
	...withDisplayOptions(show(['phoneNumber']), [
		{ ...phoneNumberField, description: 'The number to take off the DNC lists, with country code', routing: undefined },
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Only From DNC List Name or ID',
					name: 'dncList',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getDncLists' },
					default: '',
					description:
						'Remove the number from this list only, instead of from every DNC list. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				},
			],
		},
	]),
];
