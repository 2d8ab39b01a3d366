import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { Prepare } from '../../shared/operation';
import { COUNTRIES, countryOptions, PhoneNumberError, toE164 } from '../../shared/phone';

export const normalizePhoneFields: INodeProperties[] = [
	{
		displayName: 'Normalize Phone Numbers',
		name: 'normalizePhoneNumbers',
		type: 'boolean',
		default: false,
		description:
			'Whether to rewrite Phone Number and Mobile Number in E.164 format (e.g. +14155550123) before sending them, adding the Default Country code to numbers written without one. A number that cannot be valid (too short, letters) stops the item with an error.',
	},
	{
		displayName: 'Default Country',
		name: 'defaultCountry',
		type: 'options',
		options: countryOptions(),
		default: 'US',
		displayOptions: { show: { normalizePhoneNumbers: [true] } },
		description:
			'Country of numbers written without a country code (+…). Its trunk prefix is removed, e.g. UK 020 7946 0000 becomes +442079460000.',
	},
];

const PHONE_FIELDS: Array<[string, string]> = [
	['contact', 'Phone Number'],
	['mobile', 'Mobile Number'],
];

/** Rewrites the body's phone and mobile numbers in E.164 when the user asked for it. */
export const normalizePhones: Prepare = async function (request) {
	if (!(this.getNodeParameter('normalizePhoneNumbers', false) as boolean)) return request;
	const country = String(this.getNodeParameter('defaultCountry', '') ?? '').trim().toUpperCase();
	if (!COUNTRIES[country]) {
		throw new NodeOperationError(this.getNode(), `The Default Country parameter "${country}" is not a country this node knows`, {
			description: `Use a two-letter country code from the list, e.g. US, GB, AU, DE. Known: ${Object.keys(COUNTRIES).join(', ')}.`,
			itemIndex: this.getItemIndex(),
		});
	}
	const body: IDataObject = { ...((request.body as IDataObject) ?? {}) };
	for (const [key, label] of PHONE_FIELDS) {
		const value = body[key];
		if (value === undefined || value === null || String(value).trim() === '') continue;
		try {
			body[key] = toE164(String(value), country);
		} catch (error) {
			const reason = error instanceof PhoneNumberError ? error.message : 'it could not be read';
			throw new NodeOperationError(
				this.getNode(),
				`The ${label} parameter "${String(value).slice(0, 40)}" is not a valid phone number: ${reason}`,
				{
					description: `Check the ${label} of this item. Write numbers with their country code (e.g. +14155550123), or as national numbers of the Default Country (${country}).`,
					itemIndex: this.getItemIndex(),
				},
			);
		}
	}
	return { ...request, body };
};
