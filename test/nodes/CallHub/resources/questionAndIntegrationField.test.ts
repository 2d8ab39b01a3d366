import { useEmulator } from '../../../harness/emulator';

describe('CallHub node: Question and Integration Field', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	it('Question Get Many sends type; Integration Field Get Many pages', async () => {
		bed.emulator.state.collection('crmQuestions').set('1', { id: '1', type: 'VAN_QUESTION', name: 'Support' });
		bed.emulator.state.collection('crmQuestions').set('2', { id: '2', type: 'PDI_QUESTION', name: 'Volunteer' });
		const questions = await bed.run({ parameters: { resource: 'question', operation: 'getAll', returnAll: true, filters: { type: 'PDI_QUESTION' } } });
		expect(bed.emulator.requests('GET', '/v1/questions/')[0].query).toEqual({ type: 'PDI_QUESTION', page_size: '1000' });
		expect(questions.json.map((json) => json.name)).toEqual(['Volunteer']);

		bed.emulator.state.collection('integrationFields').set('7', { id: 7, name: 'van_id' });
		const fields = await bed.run({ parameters: { resource: 'integrationField', operation: 'getAll', returnAll: true } });
		expect(fields.json).toEqual([{ id: '7', name: 'van_id' }]);
	});
});
