import type { Router } from '../http';
import { badRequest, notFound, ok } from '../http';
import { demoSeeds } from '../seed';
import type { AccountState, Json } from '../state';

/**
 * Suppression lists: `POST /suppression-lists/{id}/contacts/` (no /v1) takes a JSON array of at most
 * 10 `{phone_number, mobile_number}` entries and answers 207 Multi-Status (callhub/callhub-mcp
 * docs/PUBLIC_API_AUDIT.md A6, docs/API_REFERENCE.md). No client shows the 207 body; the emulator
 * answers one result per entry, in order, with its own status, which the node must map to its item.
 */
export interface SuppressionList extends Json {
	id: string;
	name: string;
	numbers: Set<string>;
}

export const MAX_ENTRIES = 10;

export function suppressionLists(state: AccountState) {
	return state.collection<SuppressionList>('suppressionLists');
}

/** The sandbox's suppression list: CallHub has no endpoint that lists them, so the example names its id. */
export const SANDBOX_SUPPRESSION_LIST_ID = '3966566468442650002';

export function createSuppressionList(state: AccountState, name: string, id = state.newId()): SuppressionList {
	const list: SuppressionList = { id, name, numbers: new Set() };
	suppressionLists(state).set(list.id, list);
	return list;
}

/** A number CallHub would take: 8 to 15 digits, written with digits, spaces, `+ ( ) . -` only. */
function validNumber(value: unknown): string | undefined {
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	const text = String(value).trim();
	const digits = text.replace(/\D/g, '');
	return /^\+?[\d\s().-]+$/.test(text) && digits.length >= 8 && digits.length <= 15 ? digits : undefined;
}

export function registerSuppressionLists(router: Router): void {
	router.post('/suppression-lists/:id/contacts/', (req) => {
		const list = suppressionLists(req.state).get(req.params.id) ?? notFound();
		if (!Array.isArray(req.body)) badRequest({ non_field_errors: ['Expected a list of items but got type "dict".'] });
		const entries = req.body as unknown[];
		if (entries.length === 0) badRequest({ non_field_errors: ['This list may not be empty.'] });
		if (entries.length > MAX_ENTRIES) badRequest({ non_field_errors: [`Ensure this field has no more than ${MAX_ENTRIES} elements.`] });
		const results = entries.map((raw) => {
			const entry = (raw !== null && typeof raw === 'object' ? raw : {}) as Json;
			const phone = entry.phone_number;
			const mobile = entry.mobile_number ?? entry.mobile;
			const given = [phone, mobile].filter((value) => value !== undefined && value !== null && value !== '');
			const numbers = given.map(validNumber);
			if (given.length === 0 || numbers.some((number) => number === undefined)) {
				return { phone_number: phone ?? null, mobile_number: mobile ?? null, status: 400, errors: { phone_number: ['Enter a valid phone number.'] } };
			}
			for (const number of numbers) (list as SuppressionList).numbers.add(number as string);
			return { phone_number: phone ?? null, mobile_number: mobile ?? null, status: 201 };
		});
		return ok(results, 207);
	});
}

demoSeeds.push((state) => {
	createSuppressionList(state, 'Opted out', SANDBOX_SUPPRESSION_LIST_ID);
});
