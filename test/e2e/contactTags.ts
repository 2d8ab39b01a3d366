/** What trigger scenarios check in CallHub when their workflow tags a contact it found by number. */
import type { Emulator } from '../emulator/server';

/** The names of the tags the contact with this phone number has in the emulator. */
export function tagsOf(emulator: Emulator, phone: string): string[] {
	const contact = [...emulator.state.contacts.values()].find((candidate) => candidate.contact === phone);
	return (contact?.tags ?? []).map((id) => emulator.state.tags.get(id)?.name ?? id);
}

/**
 * The calls of "find the contact by number, then add a tag" with Simplify on: the search, the custom
 * fields (to name them), the contact, the tags (a missing one is created), the tagging, and the
 * custom fields again for the tagged contact's output.
 */
export function tagContactRequests(phone: string): string[] {
	return [
		`GET /v1/contacts/?search=${phone}&page_size=1`,
		'GET /v1/custom_fields/?page_size=1000',
		'GET /v1/contacts/{id}/',
		'GET /v1/tags/?page_size=1000',
		'POST /v2/tags/',
		'PATCH /v2/contacts/{id}/taggings/',
		'GET /v1/custom_fields/?page_size=1000',
	];
}
