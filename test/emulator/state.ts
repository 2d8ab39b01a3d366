/** In-memory CallHub account: every collection the emulator serves, with CallHub-sized ids. */
export type Json = Record<string, unknown>;

export interface Contact extends Json {
	id: string;
	contact: string;
	tags: string[]; // tag ids
	customFields: Record<string, unknown>; // by custom field id
	created_date: string;
}

export interface PhoneBook extends Json {
	id: string;
	name: string;
	description: string;
	contacts: Set<string>;
}

export interface CustomField extends Json {
	id: string;
	name: string;
	field_type: string;
	choices: string[];
	created_date: string;
	updated_date: string;
}

export interface Tag extends Json {
	id: string;
	name: string;
}

/**
 * Contacts by id, also indexed by phone number: CallHub keeps numbers unique, and checking that by
 * scanning would make a 50,000-contact account (benchmarks) quadratic to build.
 */
export class ContactStore extends Map<string, Contact> {
	private readonly byPhone = new Map<string, string>();

	set(id: string, contact: Contact): this {
		const previous = this.get(id);
		if (previous && this.byPhone.get(previous.contact) === id) this.byPhone.delete(previous.contact);
		if (this.byPhone) this.byPhone.set(contact.contact, id);
		return super.set(id, contact);
	}

	delete(id: string): boolean {
		const previous = this.get(id);
		if (previous && this.byPhone.get(previous.contact) === id) this.byPhone.delete(previous.contact);
		return super.delete(id);
	}

	clear(): void {
		this.byPhone?.clear();
		super.clear();
	}

	/** The contact with this phone number (digits), if any. */
	findByPhone(digits: string): Contact | undefined {
		const contact = this.get(this.byPhone.get(digits) ?? '');
		return contact?.contact === digits ? contact : undefined;
	}
}

/** The first id handed out: above 2^53, like the ids CallHub's public clients report. */
const FIRST_ID = 3966566468442653936n;

export class AccountState {
	private nextId = FIRST_ID;
	private nextSmallId = 2184;
	username = 'demo_manager';
	email = 'manager@example.org';
	contacts = new ContactStore();
	phoneBooks = new Map<string, PhoneBook>();
	customFields = new Map<string, CustomField>();
	tags = new Map<string, Tag>();
	/** Extra collections added by later resources (DNC, campaigns, teams, …), by name. */
	collections = new Map<string, Map<string, Json>>();

	newId(): string {
		this.nextId += 7919n; // ids are not consecutive on CallHub either
		return this.nextId.toString();
	}

	/** Custom field ids are small integers (they key the contact's `custom_fields` JSON). */
	newSmallId(): string {
		return String(this.nextSmallId++);
	}

	collection<T extends Json = Json>(name: string): Map<string, T> {
		if (!this.collections.has(name)) this.collections.set(name, new Map());
		return this.collections.get(name) as Map<string, T>;
	}
}

export function now(): string {
	return new Date().toISOString();
}
