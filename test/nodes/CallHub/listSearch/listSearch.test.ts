import type { ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';

import { useEmulator } from '../../../harness/emulator';
import { addContact, addContacts, addCustomField, addPhoneBook, addTag } from '../../../harness/fixtures';
import { loadOptionsContext } from '../../../harness/loadOptions';

type Search = (this: ILoadOptionsFunctions, filter?: string, token?: string) => Promise<INodeListSearchResult>;
type Load = (this: ILoadOptionsFunctions) => Promise<INodePropertyOptions[]>;

describe('CallHub node: dropdowns and list search', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	function methods() {
		const { context, nodeType } = loadOptionsContext(bed.credentials);
		return {
			context,
			search: nodeType.methods?.listSearch as Record<string, Search>,
			load: nodeType.methods?.loadOptions as Record<string, Load>,
		};
	}

	it('searches contacts on CallHub, 50 at a time, with exact ids', async () => {
		addContacts(bed.emulator, 60);
		const { context, search } = methods();
		const first = await search.searchContacts.call(context);
		expect(first.results).toHaveLength(50);
		expect(first.paginationToken).toBe('2');
		const second = await search.searchContacts.call(context, undefined, first.paginationToken);
		expect(second.results).toHaveLength(10);
		expect(second.paginationToken).toBeUndefined();
		const contact = [...bed.emulator.state.contacts.values()][0];
		expect(first.results[0]).toEqual({ name: `Person 0 (${contact.contact})`, value: contact.id, url: `${bed.emulator.url}/v1/contacts/${contact.id}/` });
	});

	it('passes the filter to CallHub as search, without a leading +', async () => {
		addContact(bed.emulator, { contact: '16502293681', first_name: 'Wanted' });
		addContact(bed.emulator, { contact: '16502290000' });
		const { context, search } = methods();
		const found = await search.searchContacts.call(context, '+16502293681');
		expect(bed.emulator.log[0].query).toEqual({ page: '1', page_size: '50', search: '16502293681' });
		expect(found.results.map((result) => result.name)).toEqual(['Wanted (16502293681)']);
	});

	it('searches phone books by name', async () => {
		addPhoneBook(bed.emulator, 'Canvass North');
		addPhoneBook(bed.emulator, 'Donors');
		const { context, search } = methods();
		const found = await search.searchPhoneBooks.call(context, 'canvass');
		expect(found.results.map((result) => result.name)).toEqual(['Canvass North']);
	});

	it('lists custom fields by name (for contact values) and by id (for the resource)', async () => {
		const field = addCustomField(bed.emulator, 'Ward', 'Number');
		addCustomField(bed.emulator, 'Age', 'Number');
		const { context, load } = methods();
		expect((await load.getCustomFieldNames.call(context)).map((option) => option.value)).toEqual(['Age', 'Ward']);
		expect(await load.getCustomFields.call(context)).toContainEqual({ name: 'Ward', value: field.id, description: 'Number' });
	});

	it('lists tags with their exact ids', async () => {
		const tag = addTag(bed.emulator, 'volunteer');
		const { context, load } = methods();
		expect(await load.getTags.call(context)).toEqual([{ name: 'volunteer', value: tag.id }]);
	});
});
