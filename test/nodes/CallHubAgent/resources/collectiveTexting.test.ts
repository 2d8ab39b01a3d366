import type { INodeParameters } from 'n8n-workflow';

import type { AgentAccount } from '../../../emulator/resources/agentAccounts';
import type { TextingCampaign, TextingSubscriber } from '../../../emulator/resources/collectiveTexting';
import { addTextingSubscriber, createTextingCampaign } from '../../../emulator/resources/collectiveTexting';
import { addAgent, runAgent, tokenCredentials, tokenOf } from '../../../harness/agent';
import { useEmulator } from '../../../harness/emulator';
import { addContacts } from '../../../harness/fixtures';

describe('CallHub Agent node: Collective Texting', () => {
	const bed = useEmulator();
	let agent: AgentAccount;
	let campaign: TextingCampaign;
	let mine: TextingSubscriber[];
	const run = async (parameters: INodeParameters) =>
		await runAgent({ parameters: { resource: 'collectiveTexting', ...parameters }, credentials: tokenCredentials(bed.emulator, tokenOf(bed.emulator, agent)) });

	beforeEach(() => {
		bed.emulator.reset();
		agent = addAgent(bed.emulator);
		const colleague = addAgent(bed.emulator);
		const state = bed.emulator.state;
		campaign = createTextingCampaign(state, {
			name: 'Rally texts',
			agents: [agent.id, colleague.id],
			savedReplies: [
				{ title: 'Details', message: 'Saturday 10am at the park.' },
				{ title: 'Opt out', message: 'We will not text you again.' },
			],
		});
		createTextingCampaign(state, { name: 'Not mine', agents: [colleague.id] });
		const contacts = addContacts(bed.emulator, 15);
		mine = contacts.slice(0, 12).map((contact) =>
			addTextingSubscriber(state, campaign, {
				contactId: contact.id,
				agentId: agent.id,
				messages: [
					{ direction: 'outbound', message: `Hi ${String(contact.first_name)}, join us Saturday?` },
					{ direction: 'inbound', message: 'What time?' },
				],
			}),
		);
		for (const contact of contacts.slice(12)) addTextingSubscriber(state, campaign, { contactId: contact.id, agentId: colleague.id });
	});

	it("Get Campaigns lists the agent's collective texting campaigns only", async () => {
		const result = await run({ operation: 'getCampaigns', returnAll: true });
		expect(bed.emulator.log.map(({ method, path, query }) => ({ method, path, query }))).toEqual([
			{ method: 'GET', path: '/v2/collective_texting/campaigns/', query: { page_size: '1000' } },
		]);
		expect(result.json).toEqual([{ id: campaign.id, name: 'Rally texts', status: 'Running', subscribers: 12 }]);
	});

	it('Get Saved Replies GETs the replies of the campaign', async () => {
		const result = await run({ operation: 'getSavedReplies', textingCampaign: campaign.id, returnAll: true });
		expect(bed.emulator.log[0].path).toBe(`/v2/collective_texting/campaigns/${campaign.id}/saved_replies/`);
		expect(result.json).toEqual(campaign.saved_replies.map((reply) => ({ id: reply.id, title: reply.title, message: reply.message })));
	});

	it('Get Subscribers follows pages with Return All, and lists only the subscribers assigned to the agent', async () => {
		const result = await run({ operation: 'getSubscribers', textingCampaign: campaign.id, returnAll: true });
		expect(bed.emulator.log.every((entry) => entry.path === `/v2/collective_texting/campaigns/${campaign.id}/subscribers/`)).toBe(true);
		expect(result.json.map((subscriber) => subscriber.id)).toEqual(mine.map((subscriber) => subscriber.id));
		expect(result.json[0]).toMatchObject({ contact_id: mine[0].contact_id, last_message: 'What time?', unread: true });
	});

	it('Get Subscribers honours Limit with the page size', async () => {
		const result = await run({ operation: 'getSubscribers', textingCampaign: campaign.id, returnAll: false, limit: 5 });
		expect(bed.emulator.log.map((entry) => entry.query)).toEqual([{ page_size: '5' }]);
		expect(result.json).toHaveLength(5);
	});

	it('Get Subscriber Messages GETs the conversation of one subscriber, oldest first', async () => {
		const result = await run({ operation: 'getSubscriberMessages', subscriber: mine[3].id, returnAll: true });
		expect(bed.emulator.log[0].path).toBe(`/v2/collective_texting/subscribers/${mine[3].id}/messages/`);
		expect(result.json.map((message) => [message.id, message.direction, message.message])).toEqual(
			mine[3].messages.map((message) => [message.id, message.direction, message.message]),
		);
	});

	it("Get Subscriber Messages of another agent's subscriber says which subscriber was not found", async () => {
		const theirs = campaign.subscribers.find((subscriber) => subscriber.agent_id !== agent.id) as TextingSubscriber;
		const result = await run({ operation: 'getSubscriberMessages', subscriber: theirs.id, returnAll: true });
		expect(result.error?.message).toBe(`CallHub could not find Subscriber ${theirs.id}: Not found.`);
	});
	it('Get Questions reads /v2/collective_texting/campaigns/{id}/questions/ and outputs one item per question', async () => {
		campaign.details = { script: [{ type: 12, script_text: 'Hi' }, { type: 1, question: 'Coming Saturday?', choices: [{ answer: 'Yes' }, { answer: 'No' }] }] };
		const result = await run({ operation: 'getQuestions', textingCampaign: campaign.id });
		expect(bed.emulator.log.map((entry) => entry.path)).toEqual([`/v2/collective_texting/campaigns/${campaign.id}/questions/`]);
		expect(result.json).toEqual([{ id: expect.any(String), question: 'Coming Saturday?', type: 1, choices: [{ answer: 'Yes' }, { answer: 'No' }] }]);
	});
});
