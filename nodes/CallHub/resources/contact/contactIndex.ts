import type { IDataObject } from 'n8n-workflow';

import { normaliseIds } from '../../shared/ids';
import type { OperationContext } from '../../shared/operation';
import { collectPages, MAX_PAGE_SIZE } from '../../shared/pagination';
import type { Send } from '../../shared/transport';

/**
 * How Create or Update finds the contacts an item matches, shared by the items of one node run.
 *
 * Whether CallHub refuses a second contact with a phone number it already holds is not settled
 * (REAL-CLIENTS.md: dexblack/cramclub reads the existing contact from a 400; callhub-mcp warns its
 * update-by-phone "may create a new contact"), so the node never relies on the refusal: it looks
 * the number up first, in one of two ways:
 * - Index: read every contact of the account once (pages of 1,000) and match locally. A page costs
 *   1/20 s of CallHub's general limit (20 requests a second).
 * - Search: one `?search=` per item, limited by CallHub to 1 a second.
 * The index is read when it costs less waiting than the searches: when the run has 2 items or more
 * and the list has at most 20 pages per item (items × 1 s ≥ pages / 20 s), and at most
 * MAX_INDEXED contacts (memory: about 1 KB a contact). So a run of 2 items indexes an account of up
 * to 40,000 contacts, a run of 1,000 items one of up to 200,000.
 * Contacts the run creates or changes join the index, so two items with one number make one contact,
 * and items with the same key are handled one after another.
 */
export const MAX_INDEXED = 200_000;
export const PAGES_PER_ITEM = 20;

export type MatchKey = 'contact' | 'mobile' | 'email';
const KEYS: MatchKey[] = ['contact', 'mobile', 'email'];

const digits = (value: unknown) => (value === undefined || value === null ? '' : String(value).replace(/\D/g, ''));
const lower = (value: unknown) => (value === undefined || value === null ? '' : String(value).trim().toLowerCase());

/** The form a value is matched in: digits for numbers, lower case for emails. */
export function matchValue(key: MatchKey, value: unknown): string {
	return key === 'email' ? lower(value) : digits(value);
}

export class ContactIndex {
	/** Contacts by match value, per key; complete when `complete`, else what the run has seen. */
	private readonly maps: Record<MatchKey, Map<string, Map<string, IDataObject>>> = {
		contact: new Map(),
		mobile: new Map(),
		email: new Map(),
	};
	/** The value each contact is filed under, per key, so a changed contact leaves its old place. */
	private readonly filed: Record<MatchKey, Map<string, string>> = { contact: new Map(), mobile: new Map(), email: new Map() };
	private readonly locks = new Map<string, Promise<unknown>>();
	complete = false;
	loading?: Promise<void>;
	finished = 0;
	readonly created = Date.now();

	constructor(readonly items: number) {}

	add(contact: IDataObject): void {
		const id = String(contact.id);
		for (const key of KEYS) {
			const before = this.filed[key].get(id);
			if (before !== undefined) {
				const old = this.maps[key].get(before);
				old?.delete(id);
				if (old?.size === 0) this.maps[key].delete(before);
				this.filed[key].delete(id);
			}
			const value = matchValue(key, contact[key]);
			if (value === '') continue;
			const map = this.maps[key].get(value) ?? new Map<string, IDataObject>();
			map.set(id, contact);
			this.maps[key].set(value, map);
			this.filed[key].set(id, value);
		}
	}

	find(key: MatchKey, value: string): IDataObject[] | undefined {
		const found = this.maps[key].get(value);
		if (found && found.size > 0) return [...found.values()];
		return this.complete ? [] : undefined;
	}

	/** Runs `work` after every earlier holder of any of these keys is done. */
	async exclusive<T>(keys: string[], work: () => Promise<T>): Promise<T> {
		const before = keys.map((key) => this.locks.get(key)).filter((lock): lock is Promise<unknown> => lock !== undefined);
		const result = Promise.all(before.map((lock) => lock.catch(() => undefined))).then(work);
		const settled = result.catch(() => undefined);
		for (const key of keys) this.locks.set(key, settled);
		void settled.then(() => {
			for (const key of keys) if (this.locks.get(key) === settled) this.locks.delete(key);
		});
		return await result;
	}
}

const STALE_MS = 15 * 60_000;

/** One index per node run: n8n starts every item's request at once, so the items share it. */
const runs = new Map<string, ContactIndex>();

function runKey(ctx: OperationContext): string {
	const proxy = ctx.getWorkflowDataProxy(0);
	return `${ctx.getExecutionId() ?? ''}|${ctx.getNode().name}|${String(proxy.$runIndex ?? 0)}`;
}

/** The index of this node run, made by its first item. */
export function runIndexOf(ctx: OperationContext): { index: ContactIndex; done: () => void } {
	const key = runKey(ctx);
	// An item that failed before reaching the index never reports done: forget old runs anyway.
	for (const [old, run] of runs) if (Date.now() - run.created > STALE_MS) runs.delete(old);
	let index = runs.get(key);
	if (!index) {
		const items = (ctx.getWorkflowDataProxy(0).$input.all() as unknown[]).length;
		index = new ContactIndex(Math.max(1, items));
		runs.set(key, index);
	}
	const own = index;
	let finished = false;
	return {
		index: own,
		done: () => {
			if (finished) return;
			finished = true;
			own.finished++;
			if (own.finished >= own.items && runs.get(key) === own) runs.delete(key);
		},
	};
}

/** Reads every contact into the index when that is the cheaper way to match (see above). */
export async function prepareIndex(index: ContactIndex, send: Send): Promise<void> {
	if (index.items < 2) return;
	index.loading ??= (async () => {
		let count = NaN;
		const contacts = await collectPages(
			send,
			{ method: 'GET', url: '/v1/contacts/' },
			{
				onCount: (total) => {
					count = total;
					const pages = Math.ceil(total / MAX_PAGE_SIZE);
					// Thrown to stop reading: searching item by item is cheaper, or the list too large.
					if (total > MAX_INDEXED || pages > PAGES_PER_ITEM * index.items) throw new SkipIndex();
				},
			},
		).catch((error: unknown) => {
			if (error instanceof SkipIndex) return undefined;
			throw error;
		});
		if (!contacts || !Number.isFinite(count)) return;
		for (const contact of contacts) index.add(normaliseIds(contact));
		index.complete = true;
	})();
	await index.loading;
}

class SkipIndex extends Error {}

/** Contacts whose key equals the value exactly, from the index or, when it is not complete, a search. */
export async function findContacts(
	index: ContactIndex,
	send: Send,
	key: MatchKey,
	raw: string,
	options: { search?: boolean } = {},
): Promise<IDataObject[]> {
	const value = matchValue(key, raw);
	const known = options.search ? undefined : index.find(key, value);
	if (known !== undefined) return known;
	// CallHub's `search` matches parts of names, numbers and emails: only exact matches count.
	const found = normaliseIds(
		await collectPages(send, { method: 'GET', url: '/v1/contacts/', qs: { search: key === 'email' ? String(raw).trim() : value } }),
	);
	const exact = found.filter((contact) => matchValue(key, contact[key]) === value);
	for (const contact of exact) index.add(contact);
	return exact;
}
