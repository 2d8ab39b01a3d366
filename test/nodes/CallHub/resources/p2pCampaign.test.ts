import { agents, createAgent } from '../../../emulator/resources/agents';
import { textingCampaigns } from '../../../emulator/resources/collectiveTexting';
import { createSurveyTemplate } from '../../../emulator/resources/surveyTemplates';
import { useEmulator } from '../../../harness/emulator';
import { addPhoneBook, locator } from '../../../harness/fixtures';

describe('CallHub node: P2P Campaign', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	const p2p = (operation: string, extra: Record<string, unknown> = {}) => ({ resource: 'p2pCampaign', operation, ...extra });
	const created = async (name = 'Early vote') => {
		const book = addPhoneBook(bed.emulator, 'Members');
		const template = createSurveyTemplate(bed.emulator.state, 'Survey', [{ type: 1, question: 'Will you vote?', choices: [{ answer: 'Yes' }] }]);
		const result = await bed.run({ parameters: p2p('create', { name, phoneBooks: [book.id], callerIds: '+1 415 555 0000', scriptSource: 'template', surveyTemplate: template.id }) });
		return { book, template, campaign: result.json[0] };
	};

	it('Create POSTs /v1/p2p_campaigns/ with phonebooks, callerid_options.numbers and template_id (a string id)', async () => {
		const { book, template, campaign } = await created();
		expect(bed.emulator.requests('POST', '/v1/p2p_campaigns/')[0].body).toEqual({
			name: 'Early vote',
			phonebooks: [book.id],
			callerid_options: { numbers: ['14155550000'] },
			template_id: template.id,
		});
		expect(campaign).toMatchObject({ id: expect.any(String), name: 'Early vote', template_id: template.id });
		expect(textingCampaigns(bed.emulator.state).has(String(campaign.id))).toBe(true);
	});

	it('Create with a script sends the script as JSON and no template_id', async () => {
		const book = addPhoneBook(bed.emulator, 'Members');
		await bed.run({
			parameters: p2p('create', { name: 'Scripted', phoneBooks: [book.id], callerIds: '14155550000', scriptSource: 'script', script: '[{"type": 12, "script_text": "Hi"}]', options: { description: 'GOTV' } }),
		});
		expect(bed.emulator.requests('POST', '/v1/p2p_campaigns/')[0].body).toEqual({
			name: 'Scripted',
			phonebooks: [book.id],
			callerid_options: { numbers: ['14155550000'] },
			script: [{ type: 12, script_text: 'Hi' }],
			description: 'GOTV',
		});
	});

	it('Create refuses a script that is not JSON, naming the parameter, before sending', async () => {
		const book = addPhoneBook(bed.emulator, 'Members');
		const result = await bed.run({ parameters: p2p('create', { name: 'x', phoneBooks: [book.id], callerIds: '14155550000', scriptSource: 'script', script: 'Hi there' }) });
		expect(result.error?.message).toBe('The Script parameter is not a JSON object or list');
		expect(bed.emulator.log).toHaveLength(0);
	});

	it('Get Many pages /v1/p2p_campaigns/ and Get reads one', async () => {
		const { campaign } = await created();
		const all = await bed.run({ parameters: p2p('getAll', { returnAll: true }) });
		expect(all.json.map((json) => json.name)).toEqual(['Early vote']);
		expect(bed.emulator.requests('GET', '/v1/p2p_campaigns/')[0].query).toEqual({ page_size: '1000' });
		const one = await bed.run({ parameters: p2p('get', { p2pCampaign: locator(String(campaign.id)) }) });
		expect(bed.emulator.requests('GET', `/v1/p2p_campaigns/${String(campaign.id)}/`)).toHaveLength(1);
		expect(one.json[0]).toMatchObject({ id: campaign.id, name: 'Early vote' });
	});

	it('Duplicate POSTs /v1/p2p_campaigns/{id}/duplicate/ and returns the copy', async () => {
		const { campaign } = await created();
		const result = await bed.run({ parameters: p2p('duplicate', { p2pCampaign: locator(String(campaign.id)) }) });
		expect(bed.emulator.requests('POST', `/v1/p2p_campaigns/${String(campaign.id)}/duplicate/`)).toHaveLength(1);
		expect(result.json[0]).toMatchObject({ name: 'Early vote (copy)' });
		expect(result.json[0].id).not.toBe(campaign.id);
	});

	it('Update Status PUTs {status} to /v2/sms_campaign/snowflake/{id}/ and reads the campaign back at /v1/p2p_campaigns/{id}/', async () => {
		const { campaign } = await created();
		const id = String(campaign.id);
		const result = await bed.run({ parameters: p2p('updateStatus', { p2pCampaign: locator(id), status: 'start' }) });
		expect(bed.emulator.log.map((entry) => `${entry.method} ${entry.path}`).slice(-2)).toEqual([`PUT /v2/sms_campaign/snowflake/${id}/`, `GET /v1/p2p_campaigns/${id}/`]);
		expect(bed.emulator.requests('PUT')[0].body).toEqual({ status: 1 });
		expect(result.json[0]).toMatchObject({ id: campaign.id, status: 'Running', status_name: 'Running', statusVerified: true });
	});

	it('Update Status fails the item when CallHub reports another status than the one asked for', async () => {
		const { campaign } = await created();
		const id = String(campaign.id);
		bed.emulator.inject({ method: 'GET', path: `/v1/p2p_campaigns/${id}/`, body: { id, name: 'Early vote', status: 'Paused' } });
		const result = await bed.run({ parameters: p2p('updateStatus', { p2pCampaign: locator(id), status: 'start' }) });
		expect(result.error?.message).toBe(`Asked CallHub to start P2P campaign "Early vote" (${id}); CallHub reports it as Paused`);
	});

	it('Add Agents, Get Agents and Reassign Agents use /v2/collective_texting/{id}/agents/…', async () => {
		const { campaign } = await created();
		const id = String(campaign.id);
		const one = createAgent(bed.emulator.state, { username: 'ann' });
		const two = createAgent(bed.emulator.state, { username: 'bob' });
		const added = await bed.run({ parameters: p2p('addAgents', { p2pCampaign: locator(id), agents: [one.id, two.id] }) });
		expect(bed.emulator.requests('POST', `/v2/collective_texting/${id}/agents/add/`)[0].body).toEqual({ agents: [one.id, two.id] });
		expect(added.json[0]).toMatchObject({ p2p_campaign_id: id, agent_ids: [one.id, two.id], added: true });

		const listed = await bed.run({ parameters: p2p('getAgents', { p2pCampaign: locator(id) }) });
		expect(listed.json).toEqual([
			{ id: one.id, username: 'ann' },
			{ id: two.id, username: 'bob' },
		]);

		const moved = await bed.run({ parameters: p2p('reassignAgents', { p2pCampaign: locator(id), reassignment: `{"from_agent": "${one.id}", "to_agent": "${two.id}"}` }) });
		expect(bed.emulator.requests('POST', `/v2/collective_texting/${id}/agents/reassign/`)[0].body).toEqual({ from_agent: one.id, to_agent: two.id });
		expect(moved.json[0]).toMatchObject({ p2p_campaign_id: id, reassigned: 0 });
		expect(agents(bed.emulator.state).size).toBe(2);
	});

	it('Get Surveys reads the survey list of all campaigns, or of one with the P2P Campaign ID option', async () => {
		const { campaign } = await created();
		const all = await bed.run({ parameters: p2p('getSurveys') });
		expect(bed.emulator.log.at(-1)?.path).toBe('/v2/sms_campaign/snowflake/survey-list/');
		expect(all.json.some((json) => json.campaign_id === campaign.id)).toBe(true);
		const one = await bed.run({ parameters: p2p('getSurveys', { options: { p2pCampaignId: String(campaign.id) } }) });
		expect(bed.emulator.log.at(-1)?.path).toBe(`/v2/sms_campaign/snowflake/survey-list/${String(campaign.id)}/`);
		expect(one.json).toEqual([{ campaign_id: campaign.id, questions: [{ id: expect.any(String), question: 'Will you vote?', type: 1, choices: [{ answer: 'Yes' }] }] }]);
	});

	it('Get Surveys refuses a campaign id option that is not an id', async () => {
		const result = await bed.run({ parameters: p2p('getSurveys', { options: { p2pCampaignId: '1/../2' } }) });
		expect(result.error?.message).toBe('The P2P Campaign ID option "1/../2" is not a valid CallHub ID');
		expect(bed.emulator.log).toHaveLength(0);
	});
});
