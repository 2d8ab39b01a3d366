import type { INodeProperties } from 'n8n-workflow';

import { callhubLocator } from '../../shared/descriptions';

export const contactLocator = callhubLocator({
	name: 'contact',
	displayName: 'Contact',
	urlSegment: 'contacts',
	searchListMethod: 'searchContacts',
	description: 'The contact to use',
});

function bodyField(displayName: string, name: string, description: string, extra: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		description,
		routing: { send: { type: 'body', property: name, propertyInDotNotation: false } },
		...extra,
	} as INodeProperties;
}

/** Standard contact fields, as CallHub names them in the request body. */
export const contactDetailFields: INodeProperties[] = [
	bodyField('Address', 'address', 'Street address'),
	bodyField('City', 'city', 'City'),
	bodyField('Company Name', 'company_name', 'Name of the organisation the contact belongs to'),
	bodyField('Company Website', 'company_website', "Website of the contact's organisation"),
	bodyField('Country Code', 'country_code', 'Two-letter ISO country code, used to add the country prefix to phone numbers', {
		placeholder: 'e.g. US',
	}),
	bodyField('Email', 'email', 'Email address', { placeholder: 'e.g. name@email.com' }),
	bodyField('First Name', 'first_name', 'First name'),
	bodyField('Job Title', 'job_title', 'Job title or function'),
	bodyField('Last Name', 'last_name', 'Last name'),
	bodyField('Mobile Number', 'mobile', 'Mobile number, used by text (SMS) campaigns', {
		placeholder: 'e.g. +14155550123',
	}),
	bodyField('State', 'state', 'State or region'),
	bodyField('Zip Code', 'zipcode', 'Postal code'),
];

export const phoneNumberField: INodeProperties = bodyField(
	'Phone Number',
	'contact',
	'Phone number used by voice campaigns, with country code, e.g. +14155550123',
	{ placeholder: 'e.g. +14155550123' },
);

/** Custom field values, by field name: CallHub takes them as top-level body keys named like the field. */
export const customFieldsField: INodeProperties = {
	displayName: 'Custom Fields',
	name: 'customFields',
	type: 'fixedCollection',
	placeholder: 'Add Custom Field',
	default: {},
	typeOptions: { multipleValues: true },
	description: 'Values for custom fields of your CallHub account',
	options: [
		{
			displayName: 'Field',
			name: 'field',
			values: [
				{
					displayName: 'Field Name or ID',
					name: 'name',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getCustomFieldNames' },
					default: '',
					description:
						'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
				},
				{
					displayName: 'Value',
					name: 'value',
					type: 'string',
					default: '',
				},
			],
		},
	],
};
