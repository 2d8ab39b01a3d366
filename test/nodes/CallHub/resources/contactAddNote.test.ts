import { useEmulator } from '../../../harness/emulator';
import { addContact, locator } from '../../../harness/fixtures';

describe('CallHub node: Contact → Add Note', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	it('Contact Add Note POSTs {notes} to /v2/contact-notes/{contact_id} with the account key', async () => {
		const contact = addContact(bed.emulator);
		const result = await bed.run({ parameters: { resource: 'contact', operation: 'addNote', contact: locator(contact.id), notes: 'Prefers texts' } });
		expect(bed.emulator.requests('POST', `/v2/contact-notes/${contact.id}`)[0].body).toEqual({ notes: 'Prefers texts' });
		expect(result.json[0]).toMatchObject({ contact_id: contact.id, notes: 'Prefers texts', id: expect.any(String) });
	});
});
