import { createAgent } from '../../../emulator/resources/agents';
import { rentedNumbers } from '../../../emulator/resources/numbers';
import { surveyTemplates } from '../../../emulator/resources/surveyTemplates';
import { createTeam } from '../../../emulator/resources/teams';
import { useEmulator } from '../../../harness/emulator';
import { addContact, locator } from '../../../harness/fixtures';

describe('CallHub node: Number, Survey Template, Question, Integration Field, Contact → Add Note, Team → Get Agent, Agent → Get Many pending', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	it('Number Get Many Rented sends the filters as CallHub names them and pages', async () => {
		const result = await bed.run({
			parameters: { resource: 'number', operation: 'getRented', returnAll: true, filters: { countries: 'US', phoneNumberPrefix: '415', orderBy: 'phone_number', orderDirection: 'desc' } },
		});
		expect(bed.emulator.requests('GET', '/v1/numbers/rented_calling_numbers/')[0].query).toEqual({
			countries: 'US',
			phone_number_prefix: '415',
			order_by: 'phone_number',
			order_direction: 'desc',
			page_size: '1000',
		});
		expect(result.json).toHaveLength(0);
	});

	it('Number Rent POSTs country_iso, phone_number_prefix and campaign_type; Get Many Rented then lists it', async () => {
		const result = await bed.run({ parameters: { resource: 'number', operation: 'rent', countryIso: 'us', options: { phoneNumberPrefix: '415', campaignType: 'VOICE_BROADCAST' } } });
		expect(bed.emulator.requests('POST', '/v1/numbers/rent/')[0].body).toEqual({ country_iso: 'US', phone_number_prefix: '415', campaign_type: 'VOICE_BROADCAST' });
		const [number] = [...rentedNumbers(bed.emulator.state).values()];
		expect(result.json[0]).toMatchObject({ id: number.id, phone_number: number.phone_number, country: 'US' });
		const listed = await bed.run({ parameters: { resource: 'number', operation: 'getRented', returnAll: true } });
		expect(listed.json.map((json) => json.id)).toEqual([number.id]);
	});

	it('Number Rent refuses a country that is not an ISO code before sending', async () => {
		const result = await bed.run({ parameters: { resource: 'number', operation: 'rent', countryIso: 'USA' } });
		expect(result.error?.message).toBe('The Country parameter "USA" is not a two-letter country code');
		expect(bed.emulator.log).toHaveLength(0);
	});

	it('Number Get Many Validated reads /v1/numbers/validated_numbers/', async () => {
		await bed.run({ parameters: { resource: 'number', operation: 'getValidated', returnAll: false, limit: 10 } });
		expect(bed.emulator.requests('GET', '/v1/numbers/validated_numbers/')[0].query).toEqual({ page_size: '10' });
	});

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

	it('Contact Add Note POSTs {notes} to /v2/contact-notes/{contact_id} with the account key', async () => {
		const contact = addContact(bed.emulator);
		const result = await bed.run({ parameters: { resource: 'contact', operation: 'addNote', contact: locator(contact.id), notes: 'Prefers texts' } });
		expect(bed.emulator.requests('POST', `/v2/contact-notes/${contact.id}`)[0].body).toEqual({ notes: 'Prefers texts' });
		expect(result.json[0]).toMatchObject({ contact_id: contact.id, notes: 'Prefers texts', id: expect.any(String) });
	});

	it('Team Get Agent reads /v1/teams/{team}/agents/{agent}/', async () => {
		const team = createTeam(bed.emulator.state, 'Callers');
		const agent = createAgent(bed.emulator.state, { username: 'ann', team: 'Callers' });
		const result = await bed.run({ parameters: { resource: 'team', operation: 'getAgent', team: locator(team.id), agent: locator(agent.id) } });
		expect(bed.emulator.log.map((entry) => entry.path)).toEqual([`/v1/teams/${team.id}/agents/${agent.id}/`]);
		expect(result.json[0]).toMatchObject({ id: agent.id, username: 'ann' });
	});

	it('Agent Get Many sends include_pending=true only with Include Pending', async () => {
		createAgent(bed.emulator.state, { username: 'verified' });
		createAgent(bed.emulator.state, { username: 'invited', pending: true });
		const plain = await bed.run({ parameters: { resource: 'agent', operation: 'getAll', returnAll: true } });
		const pending = await bed.run({ parameters: { resource: 'agent', operation: 'getAll', returnAll: true, options: { includePending: true } } });
		expect(bed.emulator.requests('GET', '/v1/agents/').map((entry) => entry.query)).toEqual([{ page_size: '1000' }, { include_pending: 'true', page_size: '1000' }]);
		expect(plain.json.map((json) => json.username)).toEqual(['verified']);
		expect(pending.json.map((json) => json.username)).toEqual(['verified', 'invited']);
	});
});
