import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { byName, simplifyField } from '../../shared/descriptions';
import { withDisplayOptions } from '../../shared/displayOptions';
import { normaliseIds } from '../../shared/ids';
import type { Flow } from '../../shared/operation';
import { route } from '../../shared/route';
import { checkCustomFieldNames } from './customFields';
import type { Send } from '../../shared/transport';
import { contactDetailFields, contactLocator, customFieldsField, phoneNumberField } from './fields';
import { normalizePhoneFields, normalizePhones } from './normalize';
import { simplifyContacts } from './simplify';
import { restoreTags } from './tags';

/**
 * CallHub's PUT clears a contact's tags and needs the phone number even when it does not change,
 * so the contact is read first (unless the caller already has it, tags included), then updated,
 * then its tags are put back.
 */
export async function updateKeepingTags(
	send: Send,
	contactId: string,
	changes: IDataObject,
	known?: IDataObject,
): Promise<IDataObject> {
	const current =
		known && Array.isArray(known.tags) && known.contact
			? known
			: normaliseIds((await send({ method: 'GET', url: `/v1/contacts/${contactId}/` })).body as IDataObject);
	const body = { ...changes };
	if (body.contact === undefined || body.contact === '') body.contact = current.contact;
	const updated = (await send({ method: 'PUT', url: `/v1/contacts/${contactId}/`, body })).body as IDataObject;
	return await restoreTags(send, contactId, updated, current);
}

const update: Flow = async function (request, send, path) {
	return await updateKeepingTags(send, path.contact, (request.body as IDataObject) ?? {});
};

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a contact',
	description: "Update a contact's fields; its tags are kept",
	routing: route(
		{ method: 'PUT', url: '/v1/contacts/{contact}/' },
		{ prepare: [normalizePhones, checkCustomFieldNames], flow: update, output: [simplifyContacts] },
	),
};

export const fields: INodeProperties[] = withDisplayOptions(
	{ show: { resource: ['contact'], operation: ['update'] } },
	[
		contactLocator,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [...contactDetailFields, phoneNumberField].sort(byName((field) => field.displayName)),
		},
		customFieldsField,
		...normalizePhoneFields,
		simplifyField,
	],
);
