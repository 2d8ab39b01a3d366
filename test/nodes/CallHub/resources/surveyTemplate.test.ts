import { surveyTemplates } from '../../../emulator/resources/surveyTemplates';
import { useEmulator } from '../../../harness/emulator';
import { locator } from '../../../harness/fixtures';

describe('CallHub node: Survey Template', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	it('Survey Template Create, Get, Get Many, Update (PATCH) and Delete at /v1/templates/', async () => {
		const created = await bed.run({ parameters: { resource: 'surveyTemplate', operation: 'create', label: 'GOTV', questions: '[{"type": 3, "question": "Why?"}]' } });
		expect(bed.emulator.requests('POST', '/v1/templates/')[0].body).toEqual({ label: 'GOTV', questions: [{ type: 3, question: 'Why?' }] });
		const id = String(created.json[0].id);
		expect(surveyTemplates(bed.emulator.state).has(id)).toBe(true);

		const read = await bed.run({ parameters: { resource: 'surveyTemplate', operation: 'get', surveyTemplate: locator(id) } });
		expect(read.json[0]).toMatchObject({ id, label: 'GOTV' });
		const all = await bed.run({ parameters: { resource: 'surveyTemplate', operation: 'getAll', returnAll: true } });
		expect(all.json.map((json) => json.label)).toEqual(['GOTV']);

		await bed.run({ parameters: { resource: 'surveyTemplate', operation: 'update', surveyTemplate: locator(id), updateFields: { label: 'GOTV 2' } } });
		expect(bed.emulator.requests('PATCH', `/v1/templates/${id}/`)[0].body).toEqual({ label: 'GOTV 2' });
		const nothing = await bed.run({ parameters: { resource: 'surveyTemplate', operation: 'update', surveyTemplate: locator(id), updateFields: {} } });
		expect(nothing.error?.message).toBe('Nothing to update');

		const removed = await bed.run({ parameters: { resource: 'surveyTemplate', operation: 'delete', surveyTemplate: locator(id) } });
		expect(removed.json).toEqual([{ deleted: true }]);
		expect(surveyTemplates(bed.emulator.state).has(id)).toBe(false);
	});

	it('Survey Template Create refuses questions that are not a JSON list', async () => {
		const result = await bed.run({ parameters: { resource: 'surveyTemplate', operation: 'create', label: 'x', questions: '{"type": 1}' } });
		expect(result.error?.message).toBe('The Questions parameter is not a JSON list');
	});
});
