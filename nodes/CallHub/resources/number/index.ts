import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { withDisplayOptions } from '../../shared/displayOptions';
import type { Prepare } from '../../shared/operation';
import { route } from '../../shared/route';
import { fail } from '../../shared/fail';

// The numbers endpoints as CallHub's MCP server calls them (callhub/callhub-mcp src/callhub/numbers.py) with
// the query and body fields its audit lists from CallHub's reference (docs/PUBLIC_API_AUDIT.md C6, C8, C9).

const show = (operation: string[]) => ({ show: { resource: ['number'], operation } });

const rentBody: Prepare = async function (request) {
	const iso = String(this.getNodeParameter('countryIso', '') ?? '').trim().toUpperCase();
	if (!/^[A-Z]{2}$/.test(iso)) {
		fail(
			this,
			iso === '' ? 'The Country parameter is empty' : `The Country parameter "${iso.slice(0, 20)}" is not a two-letter country code`,
			'Give the ISO code of the country to rent a number in, e.g. US, GB, CA.',
		);
	}
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const body: IDataObject = { country_iso: iso };
	const prefix = String(options.phoneNumberPrefix ?? '').trim();
	if (prefix !== '') {
		if (!/^\d{1,6}$/.test(prefix)) fail(this, `The Area Code option "${prefix.slice(0, 20)}" is not digits`, 'Give the area code or prefix as digits, e.g. 415.');
		body.phone_number_prefix = prefix;
	}
	if (options.campaignType) body.campaign_type = options.campaignType;
	return { ...request, body };
};

const rentedFilters: Prepare = async function (request) {
	const filters = this.getNodeParameter('filters', {}) as IDataObject;
	const qs: IDataObject = { ...(request.qs ?? {}) };
	if (filters.countries) qs.countries = filters.countries;
	if (filters.phoneNumberPrefix) qs.phone_number_prefix = filters.phoneNumberPrefix;
	if (filters.orderBy) qs.order_by = filters.orderBy;
	if (filters.orderDirection) qs.order_direction = filters.orderDirection;
	return { ...request, qs };
};

const operations: INodePropertyOptions[] = [
	{
		name: 'Get Many Rented',
		value: 'getRented',
		action: 'Get many rented numbers',
		description: 'Retrieve the numbers the account rents as caller IDs',
		routing: route({ method: 'GET', url: '/v1/numbers/rented_calling_numbers/' }, { prepare: [rentedFilters], list: {} }),
	},
	{
		name: 'Get Many Validated',
		value: 'getValidated',
		action: 'Get many validated numbers',
		description: 'Retrieve the personal numbers validated for use as caller IDs',
		routing: route({ method: 'GET', url: '/v1/numbers/validated_numbers/' }, { list: {} }),
	},
	{
		name: 'Rent',
		value: 'rent',
		action: 'Rent a number',
		description: 'Rent a new number to call or text from (CallHub charges its monthly rent)',
		routing: route({ method: 'POST', url: '/v1/numbers/rent/' }, { prepare: [rentBody] }),
	},
];

export const numberDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['number'] } },
		options: operations,
		default: 'getRented',
	},
	...withDisplayOptions(show(['rent']), [
		{
			displayName: 'Country',
			name: 'countryIso',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. US',
			description: 'Two-letter ISO code of the country the number is in',
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{ displayName: 'Area Code', name: 'phoneNumberPrefix', type: 'string', default: '', placeholder: 'e.g. 415', description: 'Area code or prefix the number should start with' },
				{
					displayName: 'Campaign Type',
					name: 'campaignType',
					type: 'options',
					default: 'CALL_CENTER',
					options: [
						{ name: 'Call Center', value: 'CALL_CENTER' },
						{ name: 'Voice Broadcast', value: 'VOICE_BROADCAST' },
					],
					description: 'What the number is used for',
				},
			],
		},
	]),
	...withDisplayOptions(show(['getRented', 'getValidated']), returnAllAndLimit()),
	...withDisplayOptions(show(['getRented']), [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{ displayName: 'Area Code', name: 'phoneNumberPrefix', type: 'string', default: '', description: 'Only numbers starting with this prefix' },
				{ displayName: 'Countries', name: 'countries', type: 'string', default: '', placeholder: 'e.g. US,CA', description: 'Only numbers of these countries (ISO codes, separated by commas)' },
				{ displayName: 'Order By', name: 'orderBy', type: 'string', default: '', placeholder: 'e.g. phone_number', description: 'Field to sort by' },
				{
					displayName: 'Order Direction',
					name: 'orderDirection',
					type: 'options',
					default: 'asc',
					options: [
						{ name: 'Ascending', value: 'asc' },
						{ name: 'Descending', value: 'desc' },
					],
					description: 'Sort order',
				},
			],
		},
	]),
];
