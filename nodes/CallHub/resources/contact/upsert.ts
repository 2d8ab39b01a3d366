import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { simplifyField } from '../../shared/descriptions';
import { withDisplayOptions } from '../../shared/displayOptions';
import type { CallHubResponse } from '../../shared/errors';
import { callhubMessages } from '../../shared/errors';
import { normaliseIds } from '../../shared/ids';
import type { Flow, OperationContext } from '../../shared/operation';
import { route } from '../../shared/route';
import type { Send } from '../../shared/transport';
import type { ContactIndex } from './contactIndex';
import { findContacts, matchValue, prepareIndex, runIndexOf } from './contactIndex';
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

/** CallHub's 400 for a number it already holds, with that contact (dexblack/cramclub reads it). */
function isExistingContact(response: CallHubResponse): boolean {
	const contact = (response.body as IDataObject | null)?.contact;
	return response.statusCode === 400 && contact !== null && typeof contact === 'object' && !Array.isArray(contact);
}

/** A 400 naming the phone number without the contact holding it (a plausible answer no client shows). */
function isDuplicateRefusal(response: CallHubResponse): boolean {
	return response.statusCode === 400 && callhubMessages(response.body).fields.some(([field]) => field === 'contact');
}

/**
 * Creates the contact. The number was looked up first, so CallHub holding it means another writer
 * created it meanwhile: its refusal is then followed to the existing contact, which is updated.
 */
async function create(this: OperationContext, index: ContactIndex, body: IDataObject, send: Send): Promise<IDataObject> {
	if (text(body.contact) === '') {
		throw new NodeOperationError(this.getNode(), 'No contact matches, and the Phone Number parameter is empty', {
			description: 'CallHub needs a phone number to create a contact. Give a Phone Number for contacts that may be new.',
			itemIndex: this.getItemIndex(),
		});
	}
	const response = await send({ method: 'POST', url: '/v1/contacts/', body }, (answer) => isExistingContact(answer) || isDuplicateRefusal(answer));
	if (response.statusCode < 300) {
		const made = normaliseIds(response.body as IDataObject);
		index.add(made);
		return { ...made, action: 'created' };
	}
	const existing = isExistingContact(response)
		? normaliseIds((response.body as IDataObject).contact as IDataObject)
		: (await findContacts(index, send, 'contact', String(body.contact), { search: true }))[0];
	if (!existing) {
		const { fields } = callhubMessages(response.body);
		throw new NodeOperationError(this.getNode(), `CallHub refused to create the contact: ${fields.map(([, message]) => message).join(' ')}`, {
			description: `CallHub says the number ${String(body.contact)} is taken, but no contact with it can be found. Check the contact in CallHub (it may be deleted or in another account) and run the item again.`,
			itemIndex: this.getItemIndex(),
		});
	}
	return await update(index, send, existing, body);
}

async function update(index: ContactIndex, send: Send, target: IDataObject, changes: IDataObject): Promise<IDataObject> {
	const updated = normaliseIds(await updateKeepingTags(send, String(target.id), changes, target));
	index.add(updated);
	return { ...updated, action: 'updated' };
}

const createOrUpdate: Flow = async function (request, send) {
	const body: IDataObject = { ...((request.body as IDataObject) ?? {}) };
	const matchOn = this.getNodeParameter('matchOn', 'contact') as MatchOn;
	const value = text(body[matchOn]);
	// An empty value would match nothing (and an empty search lists every contact of the account).
	if (value === '' || (matchOn !== 'email' && digits(value) === '')) {
		throw new NodeOperationError(
			this.getNode(),
			value === '' ? `The ${MATCH_LABELS[matchOn]} parameter is empty` : `The ${MATCH_LABELS[matchOn]} parameter "${value.slice(0, 40)}" has no digits`,
			{
				description: `Contacts are matched on ${MATCH_LABELS[matchOn]}, so each item needs one.`,
				itemIndex: this.getItemIndex(),
			},
		);
	}
	const { index, done } = runIndexOf(this);
	try {
		await prepareIndex(index, send);
		const phone = text(body.contact) === '' ? undefined : matchValue('contact', body.contact);
		const locks = [`${matchOn}:${matchValue(matchOn, value)}`, ...(phone ? [`contact:${phone}`] : [])];
		return await index.exclusive(locks, async () => {
			let matches = await findContacts(index, send, matchOn, value);
			// No contact has this mobile or email: one may still hold the phone number, which CallHub keeps unique.
			if (matches.length === 0 && matchOn !== 'contact' && phone) matches = await findContacts(index, send, 'contact', phone);
			if (matches.length === 0) return await create.call(this, index, body, send);

			const policy = matchOn === 'contact' ? 'first' : (this.getNodeParameter('multipleMatches', 'error') as Policy);
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
				results.push(await update(index, send, target, changes));
			}
			return results;
		});
	} finally {
		done();
	}
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
