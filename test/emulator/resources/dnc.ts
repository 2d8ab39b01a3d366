import type { EmuRequest, Router } from '../http';
import { badRequest, bodyObject, created, noContent, notFound, ok, required } from '../http';
import { paginate } from '../pagination';
import { demoSeeds } from '../seed';
import type { AccountState, Json } from '../state';
import { phoneDigits } from './contacts';

export interface DncList extends Json {
	id: string;
	name: string;
}

export interface DncContact extends Json {
	id: string;
	listId: string;
	phone_number: string;
	/** 1 calls only, 2 texts only, 3 both. */
	category: number;
}

export function dncLists(state: AccountState) {
	return state.collection<DncList>('dnc_lists');
}

export function dncContacts(state: AccountState) {
	return state.collection<DncContact>('dnc_contacts');
}

// DNC objects carry no `id` (nor `pk_str`): clients take the id from the end of `url`.
function presentList(state: AccountState, list: DncList, origin: string): Json {
	return { url: `${origin}/v1/dnc_lists/${list.id}/`, owner: state.username, name: list.name };
}

function presentContact(entry: DncContact, origin: string): Json {
	return {
		url: `${origin}/v1/dnc_contacts/${entry.id}/`,
		dnc: `${origin}/v1/dnc_lists/${entry.listId}/`,
		phone_number: entry.phone_number,
	};
}

export function createDncList(state: AccountState, name: string): DncList {
	const list: DncList = { id: state.newId(), name };
	dncLists(state).set(list.id, list);
	return list;
}

/** Adds a number straight to a list (as the dashboard would); CallHub stores digits without `+`. */
export function addDncNumber(state: AccountState, listId: string, number: string, category = 3): DncContact {
	const entry: DncContact = { id: state.newId(), listId, phone_number: phoneDigits(number) ?? number, category };
	dncContacts(state).set(entry.id, entry);
	return entry;
}

/** DRF's HyperlinkedRelatedField: only the path of the URL is resolved, whatever the host. */
function listFromHyperlink(state: AccountState, value: unknown): DncList {
	if (value === undefined || value === null || String(value).trim() === '') badRequest({ dnc: ['This field is required.'] });
	if (typeof value !== 'string') badRequest({ dnc: [`Incorrect type. Expected URL string, received ${typeof value}.`] });
	let path = String(value).trim();
	try {
		if (/^https?:\/\//i.test(path)) path = new URL(path).pathname;
	} catch {
		badRequest({ dnc: ['Invalid hyperlink - No URL match.'] });
	}
	const match = /^\/v1\/dnc_lists\/(\d+)\/$/.exec(path);
	if (!match) badRequest({ dnc: ['Invalid hyperlink - No URL match.'] });
	return dncLists(state).get((match as RegExpExecArray)[1]) ?? badRequest({ dnc: ['Invalid hyperlink - Object does not exist.'] });
}

function categoryOf(body: Json, fallback: number): number {
	if (body.category === undefined || body.category === null || body.category === '') return fallback;
	const category = Number(body.category);
	if (![1, 2, 3].includes(category)) badRequest({ category: [`"${String(body.category)}" is not a valid choice.`] });
	return category;
}

function numberOf(body: Json): string {
	return phoneDigits(required(body, 'phone_number')) ?? badRequest({ phone_number: ['Enter a valid phone number.'] });
}

/** A number is on a list once: adding it again answers 400 on `phone_number`, as CallHub does. */
function rejectDuplicate(state: AccountState, listId: string, number: string, except?: string): void {
	const clash = [...dncContacts(state).values()].find(
		(entry) => entry.listId === listId && entry.phone_number === number && entry.id !== except,
	);
	if (clash) badRequest({ phone_number: ['dnc contact with this phone number already exists.'] });
}

function findEntry(req: EmuRequest): DncContact {
	return dncContacts(req.state).get(req.params.id) ?? notFound();
}

export function registerDnc(router: Router): void {
	router.get('/v1/dnc_lists/', (req) =>
		paginate(req, [...dncLists(req.state).values()].map((list) => presentList(req.state, list, req.origin))),
	);
	router.post('/v1/dnc_lists/', (req) =>
		created(presentList(req.state, createDncList(req.state, required(bodyObject(req), 'name')), req.origin)),
	);
	router.get('/v1/dnc_lists/:id/', (req) =>
		ok(presentList(req.state, dncLists(req.state).get(req.params.id) ?? notFound(), req.origin)),
	);
	router.put('/v1/dnc_lists/:id/', (req) => {
		const list = dncLists(req.state).get(req.params.id) ?? notFound();
		list.name = required(bodyObject(req), 'name');
		return ok(presentList(req.state, list, req.origin));
	});
	// Deleting a list deletes the numbers on it.
	router.delete('/v1/dnc_lists/:id/', (req) => {
		if (!dncLists(req.state).delete(req.params.id)) notFound();
		for (const entry of [...dncContacts(req.state).values()]) {
			if (entry.listId === req.params.id) dncContacts(req.state).delete(entry.id);
		}
		return noContent();
	});

	// `search` is DRF's SearchFilter: a plain substring of the stored digits (a `+` never matches).
	router.get('/v1/dnc_contacts/', (req) => {
		const search = req.query.get('search');
		let entries = [...dncContacts(req.state).values()];
		if (search) entries = entries.filter((entry) => entry.phone_number.includes(search));
		// Only the page asked for is presented, as a database would read it (benchmarks read 50,000).
		return paginate(req, entries, (entry) => presentContact(entry, req.origin));
	});
	router.post('/v1/dnc_contacts/', (req) => {
		const body = bodyObject(req);
		const list = listFromHyperlink(req.state, body.dnc);
		const number = numberOf(body);
		const category = categoryOf(body, 3);
		rejectDuplicate(req.state, list.id, number);
		return created(presentContact(addDncNumber(req.state, list.id, number, category), req.origin));
	});
	router.get('/v1/dnc_contacts/:id/', (req) => ok(presentContact(findEntry(req), req.origin)));
	// PUT is a full update: both `dnc` and `phone_number` are required.
	router.put('/v1/dnc_contacts/:id/', (req) => {
		const entry = findEntry(req);
		const body = bodyObject(req);
		const list = listFromHyperlink(req.state, body.dnc);
		const number = numberOf(body);
		const category = categoryOf(body, entry.category);
		rejectDuplicate(req.state, list.id, number, entry.id);
		Object.assign(entry, { listId: list.id, phone_number: number, category });
		return ok(presentContact(entry, req.origin));
	});
	router.delete('/v1/dnc_contacts/:id/', (req) => {
		if (!dncContacts(req.state).delete(findEntry(req).id)) notFound();
		return noContent();
	});
}

demoSeeds.push((state) => {
	const calls = createDncList(state, 'Do not call');
	const texts = createDncList(state, 'Texting opt-outs');
	addDncNumber(state, calls.id, '14155559001', 1);
	addDncNumber(state, calls.id, '14155559002');
	addDncNumber(state, texts.id, '16285552003', 2);
	addDncNumber(state, texts.id, '14155559002', 2);
});
