import { expect } from 'expect';

import { imports } from '../../emulator/resources/bulkImport';
import type { ExecuteScenario } from '../scenario';
import { anId } from '../scenario';

export const scenario: ExecuteScenario = {
	kind: 'execute',
	workflow: 'contactImport.json',
	outputs: {
		'Create phone book': [{ id: anId, name: 'n8n example sign-ups' }],
		'Bulk import': [
			{
				message: 'Import in progress. You will get an email when import is complete',
				phonebook_id: anId,
				rows_sent: 3,
				// Columns named like contact fields (and the custom field Ward) are mapped automatically.
				columns: { 'phone number': 'phone number', 'first name': 'first_name', 'last name': 'last_name', email: 'email', Ward: 'Ward' },
				ignored_columns: [],
			},
		],
		'Count numbers': [{ phonenumber_count: 3 }],
	},
	requests: ['POST /v1/phonebooks/', 'GET /v1/contacts/fields/?page_size=1000', 'POST /v1/contacts/bulk_create/', 'GET /v1/phonebooks/{id}/numbers_count/'],
	state: (emulator) => {
		const [upload] = emulator.requests('POST', '/v1/contacts/bulk_create/');
		expect(upload.contentType).toMatch(/^multipart\/form-data; boundary=/);
		expect(upload.files).toEqual([{ name: 'contacts_csv', filename: 'sign-ups.csv', size: expect.any(Number) }]);
		expect([...imports(emulator.state).values()]).toMatchObject([{ imported: 3, failed: 0 }]);
		const rosa = [...emulator.state.contacts.values()].find((contact) => contact.contact === '14155550301');
		const ward = [...emulator.state.customFields.values()].find((field) => field.name === 'Ward');
		expect(rosa).toMatchObject({ first_name: 'Rosa', last_name: 'Parks', email: 'rosa@example.org', customFields: { [String(ward?.id)]: '3' } });
	},
};
