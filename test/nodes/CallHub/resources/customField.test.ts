import { useEmulator } from '../../../harness/emulator';
import { addCustomField } from '../../../harness/fixtures';

describe('CallHub node: Custom Field', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	it('Create sends name, type and choices of a multi-choice field', async () => {
		const result = await bed.run({
			parameters: { resource: 'customField', operation: 'create', name: 'Support', fieldType: 'Multi-choice', choices: 'Yes, No , Maybe' },
		});
		expect(bed.emulator.requests('POST')[0].body).toEqual({ name: 'Support', field_type: 'Multi-choice', choice: ['Yes', 'No', 'Maybe'] });
		expect(result.json[0]).toMatchObject({ name: 'Support', field_type: 'Multi-choice', cfmultichoice: ['Yes', 'No', 'Maybe'] });
		expect(typeof result.json[0].id).toBe('string');
	});

	it('Get reads the field from the list, since CallHub answers 404 for a single field', async () => {
		addCustomField(bed.emulator, 'A');
		const wanted = addCustomField(bed.emulator, 'B', 'Number');
		const result = await bed.run({ parameters: { resource: 'customField', operation: 'get', customField: wanted.id } });
		expect(bed.emulator.log.map((entry) => `${entry.method} ${entry.path}`)).toEqual(['GET /v1/custom_fields/']);
		expect(result.json).toEqual([expect.objectContaining({ id: wanted.id, name: 'B', field_type: 'Number' })]);
	});

	it('Get of an unknown field reports it was not found, naming the parameter', async () => {
		const result = await bed.run({ parameters: { resource: 'customField', operation: 'get', customField: '999' }, onError: 'continueRegularOutput' });
		expect(result.json[0].error).toBe('CallHub could not find Custom Field 999: Not found.');
		// n8n keeps only the message in the item's json; the description travels with the item's error.
		expect(result.items[0].error?.description).toContain('Check the Custom Field parameter');
	});

	it('Get Many handles the bare array CallHub answers and applies Limit', async () => {
		for (const name of ['A', 'B', 'C']) addCustomField(bed.emulator, name);
		const result = await bed.run({ parameters: { resource: 'customField', operation: 'getAll', returnAll: false, limit: 2 } });
		expect(result.json.map((field) => field.name)).toEqual(['A', 'B']);
	});

	it('Update PUTs the new name', async () => {
		const field = addCustomField(bed.emulator, 'Old');
		const result = await bed.run({ parameters: { resource: 'customField', operation: 'update', customField: field.id, name: 'New' } });
		expect(bed.emulator.requests('PUT')[0]).toMatchObject({ path: `/v1/custom_fields/${field.id}/`, body: { name: 'New' } });
		expect(result.json[0].name).toBe('New');
	});

	it('Delete answers { deleted: true }', async () => {
		const field = addCustomField(bed.emulator, 'Gone');
		const result = await bed.run({ parameters: { resource: 'customField', operation: 'delete', customField: field.id } });
		expect(bed.emulator.requests('DELETE')[0].path).toBe(`/v1/custom_fields/${field.id}/`);
		expect(result.json).toEqual([{ deleted: true }]);
	});
});

describe('CallHub node: Custom Field, when CallHub pages the list', () => {
	const bed = useEmulator({ customFieldsAsPage: true });

	it('Get Many reads the page shape too', async () => {
		addCustomField(bed.emulator, 'Paged');
		const result = await bed.run({ parameters: { resource: 'customField', operation: 'getAll', returnAll: true } });
		expect(result.json.map((field) => field.name)).toEqual(['Paged']);
	});
});
