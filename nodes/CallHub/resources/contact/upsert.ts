import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { simplifyField } from '../../shared/descriptions';
import { withDisplayOptions } from '../../shared/displayOptions';
import type { CallHubResponse } from '../../shared/errors';
import { normaliseIds } from '../../shared/ids';
import type { Flow, OperationContext } from '../../shared/operation';
import { collectPages } from '../../shared/pagination';
import { route } from '../../shared/route';
import type { Send } from '../../shared/transport';
import { contactDetailFields, customFieldsField, phoneNumberField } from './fields';
import { checkCustomFieldNames } from './customFields';
import { normalizePhoneFields, normalizePhones } from './normalize';
import { simplifyContacts } from './simplify';
import { updateKeepingTags } from './update';

type MatchOn = 'contact' | 'mobile' | 'email';
type Policy = 'error' | 'first' | 'all';

const MATCH_LABELS: Record<MatchOn, string> = { contact: 'Phone Number', mobile: 'Mobile Number', email: 'Email' };

function text(value: unknown): string {
	return value === undefined || value === null ? '' : String(value).trim();
}

const digits = (value: unknown) => text(value).replace(/\D/g, '');

/** CallHub answers a POST for a number it already has with 400 and that contact (it does not update it). */
function isExistingContact(response: CallHubResponse): boolean {
	const contact = (response.body as IDataObject | null)?.contact;
	return response.statusCode === 400 && contact !== null && typeof contact === 'object' && !Array.isArray(contact);
}

/**
 * Creates the contact, or updates the one holding its phone number. CallHub's own duplicate answer
 * names that contact, which spares a search (contact search is limited to one a second).
 */
async function createOrUpdateByPhone(this: OperationContext, body: IDataObject, send: Send): Promise<IDataObject> {
	if (text(body.contact) === '') {
		throw new NodeOperationError(this.getNode(), 'No contact matches, and the Phone Number parameter is empty', {
			description: 'CallHub needs a phone number to create a contact. Give a Phone Number for contacts that may be new.',
			itemIndex: this.getItemIndex(),
		});
	}
	const response = await send({ method: 'POST', url: '/v1/contacts/', body }, isExistingContact);
	if (!isExistingContact(response)) return { ...(response.body as IDataObject), action: 'created' };
	const existing = normaliseIds((response.body as IDataObject).contact as IDataObject);
	return { ...(await updateKeepingTags(send, String(existing.id), body, existing)), action: 'updated' };
}

/** CallHub's `search` matches parts of names, numbers and emails: only exact matches count. */
async function exactMatches(send: Send, matchOn: 'mobile' | 'email', value: string): Promise<IDataObject[]> {
	const wanted = matchOn === 'mobile' ? digits(value) : value.toLowerCase();
	const search = matchOn === 'mobile' ? wanted : value;
	const found = normaliseIds(await collectPages(send, { method: 'GET', url: '/v1/contacts/', qs: { search } }));
	return found.filter((contact) =>
		matchOn === 'mobile' ? digits(contact.mobile) === wanted : text(contact.email).toLowerCase() === wanted,
	);
}

const createOrUpdate: Flow = async function (request, send) {
	const body: IDataObject = { ...((request.body as IDataObject) ?? {}) };
	const matchOn = this.getNodeParameter('matchOn', 'contact') as MatchOn;
	if (matchOn === 'contact') return await createOrUpdateByPhone.call(this, body, send);

	const value = text(body[matchOn]);
	// An empty search would list every contact of the account.
	if (value === '' || (matchOn === 'mobile' && digits(value) === '')) {
		throw new NodeOperationError(
			this.getNode(),
			value === '' ? `The ${MATCH_LABELS[matchOn]} parameter is empty` : `The Mobile Number parameter "${value.slice(0, 40)}" has no digits`,
			{
				description: `Contacts are matched on ${MATCH_LABELS[matchOn]}, so each item needs one.`,
				itemIndex: this.getItemIndex(),
			},
		);
	}
	const matches = await exactMatches(send, matchOn, value);
	if (matches.length === 0) return await createOrUpdateByPhone.call(this, body, send);

	const policy = this.getNodeParameter('multipleMatches', 'error') as Policy;
	if (matches.length > 1 && policy === 'error') {
		throw new NodeOperationError(
			this.getNode(),
			`${matches.length} contacts have the ${MATCH_LABELS[matchOn]} "${value}": ${matches.map((contact) => String(contact.id)).join(', ')}`,
			{
				description:
					"Nothing was changed. Set 'If Several Contacts Match' to update the first or all of them, or match on Phone Number, which CallHub keeps unique.",
				itemIndex: this.getItemIndex(),
			},
		);
	}
	const targets = policy === 'all' ? matches : matches.slice(0, 1);
	const results: IDataObject[] = [];
	for (const target of targets) {
		const changes = { ...body };
		// One phone number cannot go to several contacts: CallHub keeps numbers unique.
		if (targets.length > 1) delete changes.contact;
		results.push({ ...(await updateKeepingTags(send, String(target.id), changes, target)), action: 'updated' });
	}
	return results;
};

/** Simplify drops keys it does not know; the created/updated marker is put back on each contact. */
async function simplifyKeepingAction(this: OperationContext, records: IDataObject[], send: Send): Promise<IDataObject[]> {
	const simple = await simplifyContacts.call(this, records, send);
	return simple.map((contact, index) => ({ ...contact, action: records[index].action }));
}

export const option: INodePropertyOptions = {
	name: 'Create or Update',
	value: 'upsert',
	action: 'Create or update a contact',
	description: 'Create a new record, or update the current one if it already exists (upsert)',
	routing: route(
		{ method: 'POST', url: '/v1/contacts/' },
		{ prepare: [normalizePhones, checkCustomFieldNames], flow: createOrUpdate, output: [simplifyKeepingAction] },
	),
};

const show = (matchOn: MatchOn[]) => ({ show: { resource: ['contact'], operation: ['upsert'], matchOn } });
const field = (name: string) => contactDetailFields.find((candidate) => candidate.name === name) as INodeProperties;

function additionalFieldsWithout(name: string): INodeProperties {
	return {
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: contactDetailFields.filter((candidate) => candidate.name !== name),
	};
}

const optionalPhoneNumber: INodeProperties = {
	...phoneNumberField,
	description:
		'Phone number, with country code, e.g. +14155550123. Needed to create a contact when none matches; when one does, it replaces its phone number.',
};

const multipleMatchesField: INodeProperties = {
	displayName: 'If Several Contacts Match',
	name: 'multipleMatches',
	type: 'options',
	default: 'error',
	description: 'What to do when more than one contact has this mobile number or email',
	options: [
		{
			name: 'Fail',
			value: 'error',
			description: 'Stop with an error naming the matching contacts; nothing is changed',
		},
		{
			name: 'Update All Matches',
			value: 'all',
			description: 'Update every matching contact (each keeps its own phone number); one output item per contact',
		},
		{
			name: 'Update First Match',
			value: 'first',
			description: 'Update only the first matching contact CallHub lists',
		},
	],
};

export const fields: INodeProperties[] = [
	...withDisplayOptions({ show: { resource: ['contact'], operation: ['upsert'] } }, [
		{
			displayName: 'Match On',
			name: 'matchOn',
			type: 'options',
			default: 'contact',
			description: 'Which field identifies an existing contact to update instead of creating a new one',
			options: [
				{ name: 'Email', value: 'email', description: 'Exact email address, ignoring case' },
				{ name: 'Mobile Number', value: 'mobile', description: 'Exact mobile number (digits, as CallHub stores them)' },
				{
					name: 'Phone Number',
					value: 'contact',
					description: 'CallHub keeps phone numbers unique, so at most one contact matches',
				},
			],
		},
	]),
	...withDisplayOptions(show(['contact']), [
		{ ...phoneNumberField, required: true },
		additionalFieldsWithout('contact'),
	]),
	...withDisplayOptions(show(['mobile']), [
		{ ...field('mobile'), required: true },
		optionalPhoneNumber,
		additionalFieldsWithout('mobile'),
		multipleMatchesField,
	]),
	...withDisplayOptions(show(['email']), [
		{ ...field('email'), required: true },
		optionalPhoneNumber,
		additionalFieldsWithout('email'),
		multipleMatchesField,
	]),
	...withDisplayOptions({ show: { resource: ['contact'], operation: ['upsert'] } }, [
		customFieldsField,
		...normalizePhoneFields,
		simplifyField,
	]),
];
