import type { INodeProperties } from 'n8n-workflow';

import { callhubLocator } from '../../shared/descriptions';

export const phoneBookLocator = callhubLocator({
	name: 'phoneBook',
	displayName: 'Phone Book',
	urlSegment: 'phonebooks',
	searchListMethod: 'searchPhoneBooks',
	description: 'The phone book (contact list) to use',
});

export const contactIdsField: INodeProperties = {
	displayName: 'Contact IDs',
	name: 'contactIds',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 3966566468442653936, 3966566468442661855',
	description:
		'IDs of the contacts, separated by commas, or a list of IDs from an expression',
};
