import type { EmuRequest, Router } from '../http';
import { notFound } from '../http';
import { paginate } from '../pagination';
import type { AccountState, Json } from '../state';
import { now } from '../state';
import type { AgentAccount } from './agentAccounts';
import { agentOf } from './agentAccounts';

export interface TextMessage extends Json {
	id: string;
	direction: 'outbound' | 'inbound';
	message: string;
	created_date: string;
}

export interface TextingSubscriber extends Json {
	id: string;
	contact_id: string;
	agent_id: string;
	name: string;
	phone_number: string;
	messages: TextMessage[];
}

/** A collective texting (P2P) campaign: agents text the subscribers assigned to them. */
export interface TextingCampaign extends Json {
	id: string;
	name: string;
	status: string;
	agents: string[];
	saved_replies: Array<{ id: string; title: string; message: string }>;
	subscribers: TextingSubscriber[];
}

export function textingCampaigns(state: AccountState) {
	return state.collection<TextingCampaign>('collectiveTextingCampaigns');
}

export function createTextingCampaign(
	state: AccountState,
	fields: { name: string; agents: string[]; savedReplies?: Array<{ title: string; message: string }> },
): TextingCampaign {
	const campaign: TextingCampaign = {
		id: state.newId(),
		name: fields.name,
		status: 'Running',
		agents: fields.agents,
		saved_replies: (fields.savedReplies ?? []).map((reply) => ({ id: state.newId(), ...reply })),
		subscribers: [],
	};
	textingCampaigns(state).set(campaign.id, campaign);
	return campaign;
}

/** A contact to text, assigned to an agent, with the conversation so far (oldest first). */
export function addTextingSubscriber(
	state: AccountState,
	campaign: TextingCampaign,
	fields: { contactId: string; agentId: string; messages?: Array<Pick<TextMessage, 'direction' | 'message'>> },
): TextingSubscriber {
	const contact = state.contacts.get(fields.contactId);
	const subscriber: TextingSubscriber = {
		id: state.newId(),
		contact_id: fields.contactId,
		agent_id: fields.agentId,
		name: [contact?.first_name, contact?.last_name].filter(Boolean).join(' '),
		phone_number: String(contact?.mobile || contact?.contact || ''),
		messages: (fields.messages ?? []).map((message) => ({ id: state.newId(), created_date: now(), ...message })),
	};
	campaign.subscribers.push(subscriber);
	return subscriber;
}

function campaignOf(req: EmuRequest, agent: AgentAccount): TextingCampaign {
	const campaign = textingCampaigns(req.state).get(req.params.campaign);
	if (!campaign || !campaign.agents.includes(agent.id)) notFound();
	return campaign as TextingCampaign;
}

export function registerCollectiveTexting(router: Router): void {
	router.get(
		'/v2/collective_texting/campaigns/',
		(req) => {
			const agent = agentOf(req);
			const mine = [...textingCampaigns(req.state).values()].filter((campaign) => campaign.agents.includes(agent.id));
			return paginate(
				req,
				mine.map((campaign) => ({
					id: campaign.id,
					name: campaign.name,
					status: campaign.status,
					subscribers: campaign.subscribers.filter((subscriber) => subscriber.agent_id === agent.id).length,
				})),
			);
		},
		'agent',
	);

	router.get(
		'/v2/collective_texting/campaigns/:campaign/saved_replies/',
		(req) => paginate(req, campaignOf(req, agentOf(req)).saved_replies),
		'agent',
	);

	router.get(
		'/v2/collective_texting/campaigns/:campaign/subscribers/',
		(req) => {
			const agent = agentOf(req);
			const subscribers = campaignOf(req, agent).subscribers.filter((subscriber) => subscriber.agent_id === agent.id);
			return paginate(
				req,
				subscribers.map((subscriber) => ({
					id: subscriber.id,
					contact_id: subscriber.contact_id,
					name: subscriber.name,
					phone_number: subscriber.phone_number,
					last_message: subscriber.messages.at(-1)?.message ?? null,
					unread: subscriber.messages.at(-1)?.direction === 'inbound',
				})),
			);
		},
		'agent',
	);

	router.get(
		'/v2/collective_texting/subscribers/:subscriber/messages/',
		(req) => {
			const agent = agentOf(req);
			const subscriber = [...textingCampaigns(req.state).values()]
				.flatMap((campaign) => campaign.subscribers)
				.find((candidate) => candidate.id === req.params.subscriber && candidate.agent_id === agent.id);
			if (!subscriber) notFound();
			return paginate(req, (subscriber as TextingSubscriber).messages);
		},
		'agent',
	);
}
