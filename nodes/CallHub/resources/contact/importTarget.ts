import { ID_PATTERN } from '../../shared/ids';
import type { OperationContext } from '../../shared/operation';
import { fail } from '../../shared/fail';

export function phoneBookId(this: OperationContext): string {
	const raw = this.getNodeParameter('phoneBook', '', { extractValue: true }) as unknown;
	const id = String(raw ?? '').trim();
	if (!ID_PATTERN.test(id)) {
		fail(
			this,
			id === '' ? 'The Phone Book parameter is empty' : `The Phone Book parameter "${id.slice(0, 80)}" is not a valid CallHub ID`,
			'Pick the phone book the contacts go into from the list, or paste its ID or its CallHub URL.',
		);
	}
	return id;
}

export function countryFields(this: OperationContext): Record<string, string> {
	const choice = this.getNodeParameter('countryChoice', 'file') as string;
	if (choice !== 'custom') return { country_choice: 'file' };
	const iso = String(this.getNodeParameter('countryIso', '') ?? '').trim().toUpperCase();
	if (!/^[A-Z]{2}$/.test(iso)) {
		fail(
			this,
			iso === '' ? 'The Country parameter is empty' : `The Country parameter "${iso}" is not a two-letter country code`,
			'Give the ISO code of the country the numbers belong to, e.g. US, GB, AU.',
		);
	}
	return { country_choice: 'custom', country_iso: iso };
}
