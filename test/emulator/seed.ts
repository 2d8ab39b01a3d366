import { createContact } from './resources/contacts';
import { createCustomField } from './resources/customFields';
import { createPhoneBook } from './resources/phoneBooks';
import { createTag } from './resources/tags';
import type { AccountState } from './state';

/** Later resources (DNC, campaigns, agents…) add their demo records here. */
export const demoSeeds: Array<(state: AccountState, origin: string) => void> = [];

const PEOPLE = [
	['Ada', 'Lovelace', 'London'],
	['Grace', 'Hopper', 'Arlington'],
	['Katherine', 'Johnson', 'Hampton'],
	['Alan', 'Turing', 'Manchester'],
	['Margaret', 'Hamilton', 'Boston'],
	['Dorothy', 'Vaughan', 'Hampton'],
	['Edsger', 'Dijkstra', 'Austin'],
	['Barbara', 'Liskov', 'Boston'],
	['Radia', 'Perlman', 'Seattle'],
	['Donald', 'Knuth', 'Stanford'],
	['Frances', 'Allen', 'Peru'],
	['John', 'Backus', 'Ashland'],
];

/** A small, believable account for the sandbox: phone books, contacts, tags and custom fields. */
export function seedDemoAccount(state: AccountState, origin = 'http://127.0.0.1:4010'): void {
	const ward = createCustomField(state, { name: 'Ward', field_type: 'Number' });
	const support = createCustomField(state, { name: 'Support Level', field_type: 'Multi-choice', choice: ['Strong', 'Leaning', 'Undecided', 'Against'] });
	const volunteer = createTag(state, 'volunteer');
	const donor = createTag(state, 'donor');
	createTag(state, 'do-not-knock');
	const canvass = createPhoneBook(state, 'Canvass list', 'Door-knocking follow-ups');
	const members = createPhoneBook(state, 'Members', 'Paid-up members');
	PEOPLE.forEach(([first, last, city], index) => {
		const { contact } = createContact(
			state,
			{
				contact: `+1415555${String(1000 + index).padStart(4, '0')}`,
				mobile: `+1628555${String(2000 + index).padStart(4, '0')}`,
				first_name: first,
				last_name: last,
				city,
				email: `${first.toLowerCase()}@example.org`,
				country_code: 'US',
			},
			origin,
		);
		if (!contact) return;
		contact.customFields = { [ward.id]: String((index % 7) + 1), [support.id]: ['Strong', 'Leaning', 'Undecided'][index % 3] };
		contact.tags = index % 3 === 0 ? [volunteer.id] : index % 4 === 0 ? [donor.id, volunteer.id] : [];
		(index % 2 === 0 ? canvass : members).contacts.add(contact.id);
	});
	for (const seed of demoSeeds) seed(state, origin);
}
