import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { AgentAccount } from '../../../emulator/resources/agentAccounts';
import type { ContactNote, ScriptAnswer } from '../../../emulator/resources/agentApi';
import { conferences } from '../../../emulator/resources/agentCalls';
import { addAgent, addAgentCampaign, runAgent, tokenCredentials, tokenOf } from '../../../harness/agent';
import { useEmulator } from '../../../harness/emulator';

describe('CallHub Agent node: Script', () => {
	const bed = useEmulator();
	let agent: AgentAccount;
	const run = async (parameters: INodeParameters, input?: IDataObject[]) =>
		await runAgent({ parameters: { resource: 'script', ...parameters }, input, credentials: tokenCredentials(bed.emulator, tokenOf(bed.emulator, agent)) });
	const answers = () => [...bed.emulator.state.collection<ScriptAnswer>('scriptAnswers').values()];

	/** The agent on a call with the contact, as after Conference → Call Next Subscriber. */
	function onCallWith(campaignId: string, contactId: string): void {
		conferences(bed.emulator.state).set('conf', {
			uuid: 'conf',
			campaign_id: campaignId,
			agent_id: agent.id,
			endpoint: 'PHONE',
			call_uuid: 'call',
			current_subscriber: contactId,
			subscriber_uuid: 'sub',
			supervisor_uuid: null,
			supervisor_number: null,
			voicemails: [],
			transfers: [],
			ended: false,
			created_date: '',
		});
	}

	beforeEach(() => {
		bed.emulator.reset();
		agent = addAgent(bed.emulator);
	});

	it('Get Sections GETs /v2/script-sections/{campaign}/ and answers one item per section', async () => {
		const { campaign } = addAgentCampaign(bed.emulator, [agent]);
		const result = await run({ operation: 'getSections', campaign: campaign.id });
		expect(bed.emulator.log.map(({ method, path }) => `${method} ${path}`)).toEqual([`GET /v2/script-sections/${campaign.id}/`]);
		expect(result.json.map((section) => [section.id, section.type, section.title])).toEqual(
			campaign.sections.map((section) => [section.id, section.type, section.title]),
		);
		expect(result.json[1]).toMatchObject({ question_type: 'multiple_choice', choices: ['Yes', 'No'] });
	});

	it('Submit Answers POSTs the answers and the subscriber named', async () => {
		const { campaign, contacts } = addAgentCampaign(bed.emulator, [agent]);
		const [, vote, comments] = campaign.sections;
		const result = await run({
			operation: 'submitAnswers',
			campaign: campaign.id,
			subscriber: contacts[1].id,
			answers: { answer: [{ section: vote.id, answer: 'Yes' }, { section: comments.id, answer: 'Call after 6pm' }] },
		});
		const [request] = bed.emulator.requests('POST');
		expect(request.path).toBe(`/v2/script-answers/${campaign.id}/`);
		expect(request.body).toEqual({
			subscriber: contacts[1].id,
			answers: [{ section: vote.id, answer: 'Yes' }, { section: comments.id, answer: 'Call after 6pm' }],
		});
		expect(answers()).toEqual([expect.objectContaining({ subscriber: contacts[1].id, agent: agent.id, campaign: campaign.id })]);
		expect(result.json[0]).toMatchObject({ id: answers()[0].id, subscriber: contacts[1].id, campaign: campaign.id });
	});

	it('Submit Answers without a subscriber leaves it to CallHub: the one the agent is on a call with', async () => {
		const { campaign, contacts } = addAgentCampaign(bed.emulator, [agent]);
		onCallWith(campaign.id, contacts[2].id);
		await run({ operation: 'submitAnswers', campaign: campaign.id, answers: { answer: [{ section: campaign.sections[1].id, answer: 'No' }] } });
		expect(bed.emulator.requests('POST')[0].body).toEqual({ answers: [{ section: campaign.sections[1].id, answer: 'No' }] });
		expect(answers()[0].subscriber).toBe(contacts[2].id);
	});

	it('Submit Answers without an answer says what to add and sends nothing', async () => {
		const { campaign } = addAgentCampaign(bed.emulator, [agent]);
		const result = await run({ operation: 'submitAnswers', campaign: campaign.id, answers: {} });
		expect(result.error?.message).toBe('No answer to submit');
		expect(bed.emulator.log).toHaveLength(0);
	});

	it('Get Subscriber History GETs /v2/subscriber-history/{subscriber}/, by default for current_subscriber of the input', async () => {
		const { campaign, contacts } = addAgentCampaign(bed.emulator, [agent]);
		campaign.called.push(contacts[0].id);
		const result = await run({ operation: 'getSubscriberHistory' }, [{ current_subscriber: contacts[0].id }]);
		expect(bed.emulator.log.map(({ method, path }) => `${method} ${path}`)).toEqual([`GET /v2/subscriber-history/${contacts[0].id}/`]);
		expect(result.json).toEqual([
			{ subscriber: contacts[0].id, history: [{ type: 'call_center', campaign: campaign.id, campaign_name: campaign.name, result: 'Connected' }] },
		]);
	});

	it('Save Contact Notes POSTs the notes for the contact', async () => {
		const { contacts } = addAgentCampaign(bed.emulator, [agent]);
		const result = await run({ operation: 'saveContactNotes', contact: contacts[0].id, notes: 'Wants a yard sign' });
		const [request] = bed.emulator.requests('POST');
		expect(request).toMatchObject({ path: `/v2/contact-notes/${contacts[0].id}/`, body: { notes: 'Wants a yard sign' } });
		const notes = [...bed.emulator.state.collection<ContactNote>('contactNotes').values()];
		expect(notes).toEqual([expect.objectContaining({ contact: contacts[0].id, agent: agent.id, notes: 'Wants a yard sign' })]);
		expect(result.json[0]).toMatchObject({ id: notes[0].id, contact_id: contacts[0].id, notes: 'Wants a yard sign' });
	});

	it('Save Contact Notes for a contact CallHub does not have says which contact', async () => {
		const result = await run({ operation: 'saveContactNotes', contact: '123', notes: 'x' });
		expect(result.error?.message).toBe('CallHub could not find Contact 123: Not found.');
	});
});
