import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { simplifyField } from '../../shared/descriptions';
import { normaliseIds } from '../../shared/ids';
import type { Flow } from '../../shared/operation';
import { route } from '../../shared/route';
import { checkCustomFieldNames } from './customFields';
import { contactDetailFields, contactLocator, customFieldsField, phoneNumberField } from './fields';
import { simplifyContacts } from './simplify';
import { restoreTags } from './tags';

/**
 * CallHub's PUT clears a contact's tags and needs the phone number even when it does not change,
 * so the contact is read first, then updated, then its tags are put back.
 */
const updateKeepingTags: Flow = async function (request, send, path) {
	const current = normaliseIds((await send({ method: 'GET', url: request.url })).body as IDataObject);
	const body = { ...((request.body as IDataObject) ?? {}) };
	if (body.contact === undefined || body.contact === '') body.contact = current.contact;
	const updated = (await send({ ...request, body })).body as IDataObject;
	return await restoreTags(send, path.contact, updated, current);
};

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a contact',
	description: "Update a contact's fields; its tags are kept",
	routing: route({ method: 'PUT', url: '/v1/contacts/{contact}/' }, { prepare: [checkCustomFieldNames], flow: updateKeepingTags, output: [simplifyContacts] }),
};

export const fields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['contact'], operation: ['update'] } },
	[
		contactLocator,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [...contactDetailFields, phoneNumberField].sort((a, b) => a.displayName.localeCompare(b.displayName)),
		},
		customFieldsField,
		simplifyField,
	],
);
