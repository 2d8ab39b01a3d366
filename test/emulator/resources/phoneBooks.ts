import type { Router } from '../http';
import { badRequest, bodyObject, created, noContent, notFound, ok, optionalText, required } from '../http';
import { paginate } from '../pagination';
import type { AccountState, Json, PhoneBook } from '../state';
import { presentContact } from './contacts';

export function presentPhoneBook(state: AccountState, book: PhoneBook, origin: string): Json {
	return {
		url: `${origin}/v1/phonebooks/${book.id}/`,
		id: book.id,
		pk_str: book.id,
		owner: state.username,
		name: book.name,
		description: book.description,
		// In list and detail answers `count` is a link; the contacts sub-resource answers a number (as text).
		count: `${origin}/v1/phonebooks/${book.id}/numbers_count/`,
	};
}

function findBook(state: AccountState, id: string): PhoneBook {
	return state.phoneBooks.get(id) ?? notFound();
}

function contactIds(state: AccountState, body: Json): string[] {
	const ids = body.contact_ids;
	if (!Array.isArray(ids) || ids.length === 0) badRequest({ contact_ids: ['This field is required.'] });
	const strings = (ids as unknown[]).map(String);
	const unknown = strings.find((id) => !state.contacts.has(id));
	if (unknown !== undefined) badRequest({ contact_ids: [`Invalid pk "${unknown}" - object does not exist.`] });
	return strings;
}

export function createPhoneBook(state: AccountState, name: string, description = ''): PhoneBook {
	const book: PhoneBook = { id: state.newId(), name, description, contacts: new Set() };
	state.phoneBooks.set(book.id, book);
	return book;
}

export function registerPhoneBooks(router: Router): void {
	router.get('/v1/phonebooks/', (req) =>
		paginate(req, [...req.state.phoneBooks.values()].map((book) => presentPhoneBook(req.state, book, req.origin))),
	);

	router.post('/v1/phonebooks/', (req) => {
		const body = bodyObject(req);
		const book = createPhoneBook(req.state, required(body, 'name'), optionalText(body, 'description') ?? '');
		return created(presentPhoneBook(req.state, book, req.origin));
	});

	router.get('/v1/phonebooks/:id/', (req) => ok(presentPhoneBook(req.state, findBook(req.state, req.params.id), req.origin)));

	const update = (partial: boolean) => (req: Parameters<Parameters<Router['get']>[1]>[0]) => {
		const book = findBook(req.state, req.params.id);
		const body = bodyObject(req);
		if (!partial || body.name !== undefined) book.name = required(body, 'name');
		if (body.description !== undefined) book.description = String(body.description ?? '');
		return ok(presentPhoneBook(req.state, book, req.origin));
	};
	router.patch('/v1/phonebooks/:id/', update(true));
	router.put('/v1/phonebooks/:id/', update(false));

	router.delete('/v1/phonebooks/:id/', (req) => {
		findBook(req.state, req.params.id);
		req.state.phoneBooks.delete(req.params.id);
		return noContent();
	});

	router.get('/v1/phonebooks/:id/contacts/', (req) => {
		const book = findBook(req.state, req.params.id);
		const contacts = [...book.contacts].map((id) => req.state.contacts.get(id)).filter(Boolean);
		return paginate(req, contacts, (contact) => presentContact(req.state, contact as NonNullable<typeof contact>, req.origin));
	});

	router.post('/v1/phonebooks/:id/contacts/', (req) => {
		const book = findBook(req.state, req.params.id);
		for (const id of contactIds(req.state, bodyObject(req))) book.contacts.add(id);
		return ok({ ...presentPhoneBook(req.state, book, req.origin), count: String(book.contacts.size) });
	});

	router.delete('/v1/phonebooks/:id/contacts/', (req) => {
		const book = findBook(req.state, req.params.id);
		for (const id of contactIds(req.state, bodyObject(req))) book.contacts.delete(id);
		return ok({ ...presentPhoneBook(req.state, book, req.origin), count: String(book.contacts.size) });
	});

	router.get('/v1/phonebooks/:id/numbers_count/', (req) => {
		const book = findBook(req.state, req.params.id);
		const contacts = [...book.contacts].map((id) => req.state.contacts.get(id));
		return ok({
			phonenumber_count: contacts.filter((contact) => contact?.contact).length,
			mobilenumber_count: contacts.filter((contact) => contact?.mobile).length || null,
		});
	});
}
