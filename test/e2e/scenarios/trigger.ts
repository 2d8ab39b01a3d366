import { expect } from 'expect';

import { agents } from '../../emulator/resources/agents';
import { dncContacts, dncLists } from '../../emulator/resources/dnc';
import { SANDBOX_SUPPRESSION_LIST_ID, suppressionLists } from '../../emulator/resources/suppressionLists';
import { teams } from '../../emulator/resources/teams';
import { WEBHOOK_EXAMPLES } from '../../emulator/fixtures/webhookPayloads';
import type { Emulator } from '../../emulator/server';
import { tagContactRequests, tagsOf } from '../contactTags';
import type { TriggerScenario } from '../scenario';

const FIRE = '/__emulator/webhooks/fire';

const organiser = (emulator: Emulator) => [...agents(emulator.state).values()].find((agent) => agent.username === 'organiser');

export const scenario: TriggerScenario = {
	kind: 'trigger',
	workflow: 'trigger.json',
	olderReleases: true,
	triggerNode: 'CallHub Trigger',
	events: [
		{
			event: 'sb.reply',
			// Ada (a contact of the sandbox) answers a text with STOP.
			fire: { path: FIRE, body: { event: 'sb.reply', data: { content: ' stop ', from_name: 'Ada Lovelace', from_number: '14155551000', campaign: 'Event invite' } } },
			output: [{ event: 'sb.reply', content: ' stop ', from_name: 'Ada Lovelace', from_number: '14155551000', campaign: 'Event invite' }],
			requests: ['GET /v1/dnc_lists/?page_size=1000', 'POST /v1/dnc_contacts/', 'POST /suppression-lists/{id}/contacts/'],
			state: (emulator) => {
				const optOuts = [...dncLists(emulator.state).values()].find((list) => list.name === 'Texting opt-outs');
				expect([...dncContacts(emulator.state).values()].filter((entry) => entry.phone_number === '14155551000')).toMatchObject([{ listId: optOuts?.id, category: 2 }]);
				// A STOP also goes onto the suppression list, as CallHub's 207 answer confirmed.
				expect([...(suppressionLists(emulator.state).get(SANDBOX_SUPPRESSION_LIST_ID)?.numbers ?? [])]).toEqual(['14155551000']);
			},
		},
		{
			event: 'cc.notes',
			// CallHub's documented example: the bare data object, in the {hook, data} envelope.
			fire: { path: FIRE, body: { event: 'cc.notes' } },
			output: [
				{
					event: 'cc.notes',
					first_name: 'John',
					contact: '16507868628',
					disposition: 'MEANINGFUL_INTERACTION',
					// Simplify: survey answers by question, NationBuilder tags as a list.
					surveys: { 'You like A or B?': 'A', 'What is your text?': 'My Text', 'Your age?': 32 },
					nationbuilder_tags: ['survey responded', 'fish owner'],
				},
			],
			// Create or Update looks the number up before creating (CallHub may not refuse a duplicate).
			requests: ['GET /v1/contacts/?search=16507868628&page_size=1000', 'POST /v1/contacts/', 'GET /v1/contacts/{id}/', 'GET /v1/tags/?page_size=1000', 'POST /v2/tags/', 'POST /v2/tags/', 'PATCH /v2/contacts/{id}/taggings/'],
			state: (emulator) => {
				const john = [...emulator.state.contacts.values()].find((contact) => contact.contact === '16507868628');
				expect(john).toMatchObject({ first_name: 'John', last_name: 'Doe', city: 'Santa Clara', job_title: 'Engineer' });
				expect(tagsOf(emulator, '16507868628').sort()).toEqual(['called', 'meaningful_interaction']);
			},
		},
		{
			event: 'vb.transfer',
			// Grace (a contact of the sandbox) presses the transfer digit.
			fire: { path: FIRE, body: { event: 'vb.transfer', data: { ...WEBHOOK_EXAMPLES['vb.transfer'], from_number: '14155551001' } } },
			output: [{ event: 'vb.transfer', from_number: '14155551001', campaign: 'Voice Broadcast, Apr 03, 06:42', transcript_content: 'Hey, Thanks for the call. See you on Friday' }],
			// Simplify (on by default) reads the custom fields to name them.
			requests: tagContactRequests('14155551001'),
			state: (emulator) => {
				expect(tagsOf(emulator, '14155551001')).toEqual(['call-back']);
			},
		},
		{
			event: 'agent.activation',
			// The sandbox's organiser activates their account; the id arrives as a bare 19-digit number.
			fire: {
				path: FIRE,
				body: (emulator: Emulator) => ({
					event: 'agent.activation',
					data: { id: organiser(emulator)?.id, username: 'organiser', email: 'organiser@example.org', activated_at: '2024-04-03T06:42:00Z' },
				}),
			},
			output: [{ event: 'agent.activation', id: expect.stringMatching(/^[0-9]{19}$/), username: 'organiser', email: 'organiser@example.org' }],
			requests: ['GET /v1/teams/?page_size=1000', 'PUT /v1/teams/{id}/agents/'],
			state: (emulator) => {
				const team = [...teams(emulator.state).values()].find((candidate) => candidate.name === 'Phone Bank Volunteers');
				expect(team?.agents).toContain(organiser(emulator)?.id);
				expect(emulator.requests('PUT', /\/agents\/$/)[0].body).toEqual({ agents: [organiser(emulator)?.id] });
			},
		},
	],
	hasToken: (target) => /[?&]token=[0-9a-f]{64}(&|$)/.test(target),
	withoutToken: (target) => {
		const url = new URL(target);
		url.searchParams.delete('token');
		return url.toString();
	},
};
