import { createAgent } from '../../../emulator/resources/agents';
import { addCampaign, campaigns } from '../../../emulator/resources/campaigns';
import { useEmulator } from '../../../harness/emulator';
import { addPhoneBook, locator } from '../../../harness/fixtures';

describe('CallHub node: Call Center Campaign → Create, Duplicate, Add Agents', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	it('Create POSTs /v1/power_campaign/create/ with phonebook_ids, callerid digits, the script and options', async () => {
		const book = addPhoneBook(bed.emulator, 'Canvass');
		const result = await bed.run({
			parameters: {
				resource: 'callCenterCampaign',
				operation: 'create',
				name: 'Rally phone bank',
				phoneBooks: [book.id],
				callerId: '+1 (415) 555-0000',
				script: '[{"type": 12, "script_text": "Hi"}, {"type": 1, "question": "Coming?", "choices": [{"answer": "Yes"}]}]',
				options: { assignAllAgents: true, callDispositions: 'Will Attend, Not Interested', timezone: 'America/Phoenix' },
			},
		});
		expect(bed.emulator.requests('POST', '/v1/power_campaign/create/')[0].body).toEqual({
			name: 'Rally phone bank',
			phonebook_ids: [book.id],
			callerid: '14155550000',
			script: [{ type: 12, script_text: 'Hi' }, { type: 1, question: 'Coming?', choices: [{ answer: 'Yes' }] }],
			assign_all_agents: true,
			call_dispositions: ['Will Attend', 'Not Interested'],
			timezone: 'America/Phoenix',
		});
		const [campaign] = [...campaigns(bed.emulator.state, 'callcenter_campaigns').values()];
		expect(result.json[0]).toMatchObject({ id: campaign.id, name: 'Rally phone bank' });
	});

	it("Create passes on CallHub's refusal of a script element, naming it", async () => {
		const book = addPhoneBook(bed.emulator, 'Canvass');
		const result = await bed.run({
			parameters: { resource: 'callCenterCampaign', operation: 'create', name: 'x', phoneBooks: [book.id], callerId: '14155550000', script: '[{"type": 1, "question": "No choices"}]' },
		});
		expect(result.error?.message).toMatch(/Element 1 \(type 1\) needs choices/);
	});

	it('Duplicate POSTs /v1/power_campaign/duplicate/ with campaign_id, phonebook_ids and assign_all_agents', async () => {
		const book = addPhoneBook(bed.emulator, 'New list');
		const original = addCampaign(bed.emulator.state, 'callcenter_campaigns', { name: 'Phone bank' });
		const result = await bed.run({
			parameters: { resource: 'callCenterCampaign', operation: 'duplicate', callCenterCampaign: locator(original.id), phoneBooks: [book.id], options: { name: 'Phone bank 2' } },
		});
		expect(bed.emulator.requests('POST', '/v1/power_campaign/duplicate/')[0].body).toEqual({
			campaign_id: original.id,
			phonebook_ids: [book.id],
			assign_all_agents: false,
			name: 'Phone bank 2',
		});
		expect(result.json[0]).toMatchObject({ name: 'Phone bank 2', phonebooks: [book.id], original_id: original.id });
	});

	it('Add Agents POSTs {"agents": [ids]} to /v1/power_campaign/{id}/agents/add/', async () => {
		const original = addCampaign(bed.emulator.state, 'callcenter_campaigns', { name: 'Phone bank' });
		const agent = createAgent(bed.emulator.state, { username: 'caller' });
		const result = await bed.run({ parameters: { resource: 'callCenterCampaign', operation: 'addAgents', callCenterCampaign: locator(original.id), agents: [agent.id] } });
		expect(bed.emulator.requests('POST', `/v1/power_campaign/${original.id}/agents/add/`)[0].body).toEqual({ agents: [agent.id] });
		expect(result.json[0]).toMatchObject({ call_center_campaign_id: original.id, agent_ids: [agent.id], added: true });
	});
});
