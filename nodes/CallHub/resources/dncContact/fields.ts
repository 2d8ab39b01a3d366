import type { INodeProperties } from 'n8n-workflow';

import { callhubLocator } from '../../shared/descriptions';

export const dncContactLocator = callhubLocator({
	name: 'dncContact',
	displayName: 'DNC Contact',
	urlSegment: 'dnc_contacts',
	searchListMethod: 'searchDncContacts',
	description: 'The number on a DNC list (search by phone number)',
});

export const phoneNumberField: INodeProperties = {
	displayName: 'Phone Number',
	name: 'phoneNumber',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. +14155550123',
	description: 'Phone number with country code, e.g. +14155550123 (CallHub stores it as digits, without the +)',
	routing: { send: { type: 'body', property: 'phone_number' } },
};

export const categoryField: INodeProperties = {
	displayName: 'Category',
	name: 'category',
	type: 'options',
	default: 3,
	options: [
		{ name: 'Calls and Texts', value: 3, description: 'Neither call nor text this number' },
		{ name: 'Calls Only', value: 1, description: 'Do not call this number; texts are still sent' },
		{ name: 'Texts Only', value: 2, description: 'Do not text this number; calls are still made' },
	],
	description: 'What the number opts out of',
	routing: { send: { type: 'body', property: 'category' } },
};
