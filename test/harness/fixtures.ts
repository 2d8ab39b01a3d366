import { createContact } from '../emulator/resources/contacts';
import { createCustomField } from '../emulator/resources/customFields';
import { createPhoneBook } from '../emulator/resources/phoneBooks';
import { createTag } from '../emulator/resources/tags';
import type { Emulator } from '../emulator/server';
import type { Contact, CustomField, PhoneBook, Tag } from '../emulator/state';

/** Puts records straight into the emulator's account, as if made in CallHub's dashboard. */
export function addContact(emulator: Emulator, fields: Record<string, unknown> = {}): Contact {
	const number = fields.contact ?? `1415${String(5550000 + emulator.state.contacts.size).padStart(7, '0')}`;
	const result = createContact(emulator.state, { ...fields, contact: number }, emulator.url);
	if (!result.contact) throw new Error(`contact ${String(number)} exists`);
	return result.contact;
}

export function addContacts(emulator: Emulator, count: number): Contact[] {
	const contacts: Contact[] = [];
	for (let index = 0; index < count; index++) {
		contacts.push(addContact(emulator, { contact: `1202${String(index).padStart(7, '0')}`, first_name: `Person ${index}` }));
	}
	return contacts;
}

export function addTag(emulator: Emulator, name: string): Tag {
	return createTag(emulator.state, name);
}

export function addCustomField(emulator: Emulator, name: string, fieldType = 'Text', choice?: string[]): CustomField {
	return createCustomField(emulator.state, { name, field_type: fieldType, choice });
}

export function addPhoneBook(emulator: Emulator, name: string, contacts: Contact[] = []): PhoneBook {
	const book = createPhoneBook(emulator.state, name);
	for (const contact of contacts) book.contacts.add(contact.id);
	return book;
}

export function locator(value: string, mode: 'id' | 'url' | 'list' = 'id') {
	return { __rl: true, mode, value };
}
