import type { EmuRequest, Router } from '../http';
import { badRequest, bodyObject, created, HttpError, noContent, notFound, ok } from '../http';
import { paginate } from '../pagination';
import type { AccountState, Contact, Json } from '../state';
import { now } from '../state';

export const CONTACT_FIELDS = [
	'mobile',
	'last_name',
	'first_name',
	'country_code',
	'email',
	'address',
	'city',
	'state',
	'zipcode',
	'company_name',
	'company_website',
	'job_title',
] as const;

/** The standard fields of /v1/contacts/fields/, with the ids bulk_create's mapping uses. */
export const STANDARD_FIELDS: Array<{ id: number; name: string; key: string }> = [
	{ id: 0, name: 'phone number', key: 'contact' },
	{ id: 1, name: 'mobile number', key: 'mobile' },
	{ id: 2, name: 'last name', key: 'last_name' },
	{ id: 3, name: 'first name', key: 'first_name' },
	{ id: 4, name: 'email', key: 'email' },
	{ id: 5, name: 'country code', key: 'country_code' },
	{ id: 6, name: 'address', key: 'address' },
	{ id: 7, name: 'city', key: 'city' },
	{ id: 8, name: 'state', key: 'state' },
	{ id: 9, name: 'zipcode', key: 'zipcode' },
	{ id: 10, name: 'job title', key: 'job_title' },
	{ id: 11, name: 'company name', key: 'company_name' },
	{ id: 12, name: 'company website', key: 'company_website' },
	{ id: 13, name: 'name', key: 'name' },
	{ id: 14, name: 'additional variables', key: 'additional_vars' },
	{ id: 16, name: 'tags', key: 'tags' },
];

/** CallHub keeps phone numbers as digits with the country prefix and no `+`. */
export function phoneDigits(value: unknown): string | undefined {
	const text = String(value ?? '').trim();
	if (!/^\+?[\d\s().-]+$/.test(text)) return undefined;
	const digits = text.replace(/\D/g, '');
	return digits.length >= 7 && digits.length <= 15 ? digits : undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function presentContact(state: AccountState, contact: Contact, origin: string): Json {
	const books = [...state.phoneBooks.values()].filter((book) => book.contacts.has(contact.id));
	const fields: Json = {};
	for (const key of CONTACT_FIELDS) fields[key] = contact[key] ?? '';
	return {
		url: `${origin}/v1/contacts/${contact.id}/`,
		id: contact.id,
		pk_str: contact.id,
		owner: state.username,
		phonebooks: books.map((book) => `${origin}/v1/phonebooks/${book.id}/`),
		contact: contact.contact,
		...fields,
		tags: contact.tags.map((tagId) => state.tags.get(tagId)).filter(Boolean).map((tag) => ({ id: tag?.id, name: tag?.name })),
		custom_fields: Object.keys(contact.customFields).length ? JSON.stringify(contact.customFields) : 'null',
		created_date: contact.created_date,
	};
}

function findContact(state: AccountState, id: string): Contact {
	return state.contacts.get(id) ?? notFound();
}

/** Custom field values sent as keys named like the field (any case), or `custom_fields` JSON by id. */
function customFieldUpdates(state: AccountState, body: Json): Record<string, unknown> {
	const updates: Record<string, unknown> = {};
	const byName = new Map([...state.customFields.values()].map((field) => [field.name.toLowerCase(), field]));
	for (const [key, value] of Object.entries(body)) {
		const field = byName.get(key.toLowerCase());
		if (field) updates[field.id] = value;
	}
	if (typeof body.custom_fields === 'string' && body.custom_fields !== 'null') {
		try {
			Object.assign(updates, JSON.parse(body.custom_fields) as Json);
		} catch {
			badRequest({ custom_fields: ['Invalid JSON.'] });
		}
	}
	for (const fieldId of Object.keys(updates)) {
		const field = state.customFields.get(fieldId);
		if (!field) badRequest({ custom_fields: [`Custom field ${fieldId} does not exist.`] });
		if (field?.field_type === 'Number' && updates[fieldId] !== '' && Number.isNaN(Number(updates[fieldId]))) {
			badRequest({ [field.name]: ['A valid number is required.'] });
		}
	}
	return updates;
}

/** Field errors, all at once as Django REST Framework reports them. */
function fieldErrors(body: Json): Record<string, string[]> {
	const errors: Record<string, string[]> = {};
	if (body.mobile !== undefined && String(body.mobile).trim() !== '' && !phoneDigits(body.mobile)) {
		errors.mobile = ['Enter a valid phone number.'];
	}
	if (body.email !== undefined && String(body.email).trim() !== '' && !EMAIL.test(String(body.email).trim())) {
		errors.email = ['Enter a valid email address.'];
	}
	if (body.country_code !== undefined && String(body.country_code).trim() !== '' && !/^[A-Za-z]{2}$/.test(String(body.country_code).trim())) {
		errors.country_code = ['Enter a valid 2 letter country code.'];
	}
	for (const key of CONTACT_FIELDS) {
		if (typeof body[key] === 'string' && (body[key] as string).length > 255) errors[key] = ['Ensure this field has no more than 255 characters.'];
	}
	return errors;
}

function phoneErrors(body: Json): Record<string, string[]> {
	const value = body.contact;
	if (value === undefined || value === null) return { contact: ['This field is required.'] };
	if (String(value).trim() === '') return { contact: ['This field may not be blank.'] };
	return phoneDigits(value) ? {} : { contact: ['Enter a valid phone number.'] };
}

function applyContactFields(state: AccountState, body: Json, contact: Partial<Contact>): void {
	const errors = { ...phoneErrors(body), ...fieldErrors(body) };
	if (Object.keys(errors).length) badRequest(errors);
	for (const key of CONTACT_FIELDS) {
		if (body[key] !== undefined && body[key] !== null) {
			contact[key] = key === 'mobile' ? (phoneDigits(body[key]) ?? '') : String(body[key]).trim();
		}
	}
	contact.customFields = { ...(contact.customFields ?? {}), ...customFieldUpdates(state, body) };
}

export function createContact(
	state: AccountState,
	body: Json,
	origin: string,
	allowDuplicate = false,
): { contact?: Contact; existing?: Json } {
	const digits = phoneDigits(body.contact);
	const duplicate = digits === undefined || allowDuplicate ? undefined : state.contacts.findByPhone(digits);
	if (duplicate) return { existing: presentContact(state, duplicate, origin) };
	const contact: Contact = { id: state.newId(), contact: digits ?? '', tags: [], customFields: {}, created_date: now() };
	applyContactFields(state, body, contact);
	state.contacts.set(contact.id, contact);
	return { contact };
}

function matches(contact: Contact, search: string): boolean {
	const needle = search.toLowerCase();
	return [contact.contact, contact.mobile, contact.email, contact.first_name, contact.last_name]
		.filter((value) => typeof value === 'string')
		.some((value) => (value as string).toLowerCase().includes(needle));
}

export function registerContacts(router: Router): void {
	router.get('/v1/contacts/', (req: EmuRequest) => {
		const search = req.query.get('search');
		let contacts = [...req.state.contacts.values()];
		if (search) contacts = contacts.filter((contact) => matches(contact, search));
		return paginate(req, contacts, (contact) => presentContact(req.state, contact, req.origin));
	});

	// A number CallHub already holds: what CallHub does is unsettled (variants.ts, duplicateContact).
	router.post('/v1/contacts/', (req) => {
		const result = createContact(req.state, bodyObject(req), req.origin, req.variants.is('duplicate-accepted'));
		if (result.existing && req.variants.is('duplicate-refused-bare')) {
			throw new HttpError(400, { contact: ['Contact with this phone number already exists.'] });
		}
		if (result.existing) {
			throw new HttpError(400, { detail: 'Contact with this phone number already exists.', contact: result.existing });
		}
		return created(presentContact(req.state, result.contact as Contact, req.origin));
	});

	router.get('/v1/contacts/fields/', (req) => {
		const custom = [...req.state.customFields.values()].map((field) => ({ id: field.id, name: field.name }));
		const results = [...STANDARD_FIELDS.map(({ id, name }) => ({ id: String(id), name })), ...custom];
		return ok({ count: results.length, results });
	});

	router.get('/v1/contacts/:id/', (req) => ok(presentContact(req.state, findContact(req.state, req.params.id), req.origin)));

	// PUT is a full update: the phone number is required, and CallHub clears the contact's tags.
	router.put('/v1/contacts/:id/', (req) => {
		const contact = findContact(req.state, req.params.id);
		const body = bodyObject(req);
		const digits = phoneDigits(body.contact);
		const found = digits === undefined ? undefined : req.state.contacts.findByPhone(digits);
		const clash = found && found.id !== contact.id ? found : undefined;
		if (clash && digits) badRequest({ contact: ['Contact with this phone number already exists.'] });
		const updated: Contact = { ...contact, customFields: { ...contact.customFields } };
		applyContactFields(req.state, body, updated);
		updated.contact = digits as string;
		updated.tags = [];
		req.state.contacts.set(contact.id, updated);
		return ok(presentContact(req.state, updated, req.origin));
	});

	router.delete('/v1/contacts/:id/', (req) => {
		findContact(req.state, req.params.id);
		req.state.contacts.delete(req.params.id);
		for (const book of req.state.phoneBooks.values()) book.contacts.delete(req.params.id);
		return noContent();
	});

	// Replaces the contact's tags with the ids sent.
	router.patch('/v2/contacts/:id/taggings/', (req) => {
		const contact = findContact(req.state, req.params.id);
		const tags = bodyObject(req).tags;
		if (!Array.isArray(tags)) badRequest({ tags: ['Expected a list of items but got type "' + typeof tags + '".'] });
		const ids = (tags as unknown[]).map(String);
		const unknown = ids.find((id) => !req.state.tags.has(id));
		if (unknown !== undefined) badRequest({ tags: [`Invalid pk "${unknown}" - object does not exist.`] });
		contact.tags = [...new Set(ids)];
		return ok({ id: contact.id, tags: contact.tags.map((id) => ({ id, name: req.state.tags.get(id)?.name })) });
	});

	router.delete('/v1/contacts/:id/tags/:tagId/', (req) => {
		const contact = findContact(req.state, req.params.id);
		if (!contact.tags.includes(req.params.tagId)) notFound();
		contact.tags = contact.tags.filter((id) => id !== req.params.tagId);
		return noContent();
	});
}
