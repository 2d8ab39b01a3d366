import { useEmulator } from '../../../harness/emulator';
import { addCustomField } from '../../../harness/fixtures';

describe('CallHub node: Contact Field', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	it('Get Many lists standard and custom fields with string ids', async () => {
		const field = addCustomField(bed.emulator, 'Ward');
		const result = await bed.run({ parameters: { resource: 'contactField', operation: 'getAll', returnAll: true } });
		expect(bed.emulator.log[0]).toMatchObject({ method: 'GET', path: '/v1/contacts/fields/' });
		expect(result.json[0]).toEqual({ id: '0', name: 'phone number' });
		expect(result.json).toContainEqual({ id: field.id, name: 'Ward' });
	});
});
