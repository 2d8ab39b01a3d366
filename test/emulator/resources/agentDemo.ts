import type { AccountState } from '../state';
import { createAgentAccount, createAgentCampaign } from './agentAccounts';
import { addTextingSubscriber, createTextingCampaign } from './collectiveTexting';

/** The sandbox's agent: sign in with these in a CallHub Agent API credential. */
export const DEMO_AGENT = { username: 'demo_agent', password: 'demo-agent-password' };

/** Agents, call-center campaigns with scripts, and a collective texting campaign for the sandbox. */
export function seedAgentDemo(state: AccountState): void {
	const agent = createAgentAccount(state, {
		...DEMO_AGENT,
		first_name: 'Dana',
		last_name: 'Caller',
		phone_no: '14155550100',
		nation_slug: 'demonation',
	});
	const colleague = createAgentAccount(state, { username: 'demo_agent_2', password: 'demo-agent-2-password', first_name: 'Sam', phone_no: '14155550101' });
	const book = (name: string) => [...state.phoneBooks.values()].filter((candidate) => candidate.name === name).map((candidate) => candidate.id);
	const gotv = createAgentCampaign(state, {
		name: 'Get Out The Vote',
		phonebooks: book('Canvass list'),
		agents: [agent.id, colleague.id],
		sections: [
			{ type: 'text', title: 'Introduction', content: 'Hi {first_name}, I am calling from the Riverside campaign about the election on Tuesday.' },
			{ type: 'question', title: 'Will you vote on Tuesday?', content: 'Will you vote on Tuesday?', question_type: 'multiple_choice', choices: ['Yes', 'No', 'Maybe'] },
			{ type: 'question', title: 'Anything we should know?', content: 'Is there anything you would like us to know?', question_type: 'text' },
		],
	});
	gotv.callsByAgent[colleague.id] = 3;
	createAgentCampaign(state, {
		name: 'Volunteer Recruitment',
		phonebooks: book('Members'),
		agents: [agent.id],
		sections: [{ type: 'question', title: 'Can you volunteer this month?', content: 'Can you volunteer this month?', question_type: 'multiple_choice', choices: ['Yes', 'No'] }],
	});
	const texting = createTextingCampaign(state, {
		name: 'Weekend rally texts',
		agents: [agent.id],
		savedReplies: [
			{ title: 'Rally details', message: 'The rally starts at 10am on Saturday at Riverside Park.' },
			{ title: 'Opt out', message: 'Sorry to bother you, we will not text you again.' },
		],
	});
	const contacts = [...state.contacts.values()].slice(0, 3);
	contacts.forEach((contact, index) =>
		addTextingSubscriber(state, texting, {
			contactId: contact.id,
			agentId: agent.id,
			messages:
				index === 0
					? [
							{ direction: 'outbound', message: 'Hi! Will you join our rally on Saturday?' },
							{ direction: 'inbound', message: 'Maybe, what time?' },
						]
					: [{ direction: 'outbound', message: 'Hi! Will you join our rally on Saturday?' }],
		}),
	);
}
