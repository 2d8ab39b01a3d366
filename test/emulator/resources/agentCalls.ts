import { randomUUID } from 'node:crypto';

import type { EmuRequest, Router } from '../http';
import { badRequest, bodyObject, notFound, required } from '../http';
import type { AccountState, Json } from '../state';
import { now } from '../state';
import { agentCampaigns, agentJson, agentOf } from './agentAccounts';

/**
 * An agent's session in a campaign. The call legs the real CallHub places by phone are taken as
 * answered at once, so the status moves the way the agent-status documentation describes.
 */
export interface Conference extends Json {
	uuid: string;
	campaign_id: string;
	agent_id: string;
	endpoint: string | null;
	call_uuid: string | null;
	current_subscriber: string | null;
	subscriber_uuid: string | null;
	supervisor_uuid: string | null;
	supervisor_number: string | null;
	voicemails: string[];
	transfers: string[];
	ended: boolean;
	created_date: string;
}

export interface Dialer extends Json {
	uuid: string;
	agent_id: string;
	contact_id: string;
	campaign_id: string | null;
	num_type: string | null;
	number: string | null;
	call_uuid: string | null;
	created_date: string;
}

export function conferences(state: AccountState) {
	return state.collection<Conference>('conferences');
}

export function dialers(state: AccountState) {
	return state.collection<Dialer>('dialers');
}

/** The conference the agent is in, if any (creating a new one ends the previous). */
export function activeConference(state: AccountState, agentId: string): Conference | undefined {
	return [...conferences(state).values()].find((conference) => conference.agent_id === agentId && !conference.ended);
}

function presentConference(conference: Conference): Json {
	return {
		conference_uuid: conference.uuid,
		campaign_id: conference.campaign_id,
		endpoint: conference.endpoint,
		call_uuid: conference.call_uuid,
		current_subscriber: conference.current_subscriber,
		subscriber_uuid: conference.subscriber_uuid,
		supervisor_uuid: conference.supervisor_uuid,
		status: conference.ended ? 'ended' : conference.call_uuid ? 'joined' : 'created',
		created_date: conference.created_date,
	};
}

function presentDialer(dialer: Dialer): Json {
	return {
		dialer_uuid: dialer.uuid,
		contact_id: dialer.contact_id,
		campaign_id: dialer.campaign_id,
		num_type: dialer.num_type,
		call_uuid: dialer.call_uuid,
		status: dialer.call_uuid ? 'calling' : 'created',
		created_date: dialer.created_date,
	};
}

/** The agent's own, open conference: another agent's (or an ended one) is "Not found.". */
function conferenceOf(req: EmuRequest): Conference {
	const agent = agentOf(req);
	const conference = conferences(req.state).get(req.params.uuid);
	if (!conference || conference.agent_id !== agent.id) notFound();
	return conference as Conference;
}

function joined(conference: Conference): void {
	if (conference.ended) badRequest({ detail: 'This conference has ended. Create a new one.' });
	if (!conference.call_uuid) badRequest({ detail: 'The agent has not joined the conference yet.' });
}

function onCall(conference: Conference): void {
	joined(conference);
	if (!conference.subscriber_uuid) badRequest({ detail: 'The agent is not on a call with a subscriber.' });
}

function hangUpSubscriber(conference: Conference): void {
	conference.current_subscriber = null;
	conference.subscriber_uuid = null;
	conference.supervisor_uuid = null;
	conference.supervisor_number = null;
}

export function registerAgentCalls(router: Router): void {
	router.post(
		'/v2/conference/',
		(req) => {
			const agent = agentOf(req);
			const campaignId = required(bodyObject(req), 'campaign_id');
			const campaign = agentCampaigns(req.state).get(campaignId);
			if (!campaign || !campaign.assignedAgents.includes(agent.id)) {
				badRequest({ campaign_id: ['The agent is not assigned to this campaign.'] });
			}
			const previous = activeConference(req.state, agent.id);
			if (previous) previous.ended = true;
			const conference: Conference = {
				uuid: randomUUID(),
				campaign_id: campaignId,
				agent_id: agent.id,
				endpoint: null,
				call_uuid: null,
				current_subscriber: null,
				subscriber_uuid: null,
				supervisor_uuid: null,
				supervisor_number: null,
				voicemails: [],
				transfers: [],
				ended: false,
				created_date: now(),
			};
			conferences(req.state).set(conference.uuid, conference);
			return agentJson({ conference_uuid: conference.uuid }, 201);
		},
		'agent',
	);

	router.get('/v2/conference/:uuid/', (req) => agentJson(presentConference(conferenceOf(req))), 'agent');

	// CallHub calls the agent (their phone number, or their SIP endpoint) and joins them to the campaign.
	router.put(
		'/v2/conference/:uuid/agent/',
		(req) => {
			const conference = conferenceOf(req);
			const agent = agentOf(req);
			if (conference.ended) badRequest({ detail: 'This conference has ended. Create a new one.' });
			const endpoint = required(bodyObject(req), 'endpoint');
			if (!['PHONE', 'SIP'].includes(endpoint)) badRequest({ endpoint: [`"${endpoint}" is not a valid choice.`] });
			if (endpoint === 'PHONE' && !agent.phone_no) {
				badRequest({ endpoint: ["The agent has no phone number: add one to the agent's details first."] });
			}
			conference.endpoint = endpoint;
			conference.call_uuid ??= randomUUID();
			return agentJson(presentConference(conference));
		},
		'agent',
	);

	router.delete(
		'/v2/conference/:uuid/agent/',
		(req) => {
			const conference = conferenceOf(req);
			hangUpSubscriber(conference);
			conference.call_uuid = null;
			conference.ended = true;
			return { status: 204 };
		},
		'agent',
	);

	// The next contact of the campaign's phone books that nobody has called yet; a call in progress ends.
	router.post(
		'/v2/conference/:uuid/subscriber/',
		(req) => {
			const conference = conferenceOf(req);
			joined(conference);
			const campaign = agentCampaigns(req.state).get(conference.campaign_id);
			const next = campaign?.phonebooks
				.flatMap((id) => [...(req.state.phoneBooks.get(id)?.contacts ?? [])])
				.find((contactId) => !campaign.called.includes(contactId));
			if (!campaign || next === undefined) badRequest({ detail: 'There are no more subscribers to call in this campaign.' });
			hangUpSubscriber(conference);
			campaign?.called.push(next as string);
			if (campaign) campaign.callsByAgent[conference.agent_id] = (campaign.callsByAgent[conference.agent_id] ?? 0) + 1;
			conference.current_subscriber = next as string;
			conference.subscriber_uuid = randomUUID();
			return agentJson(presentConference(conference));
		},
		'agent',
	);

	router.post(
		'/v2/conference/:uuid/subscriber/voicemail/',
		(req) => {
			const conference = conferenceOf(req);
			onCall(conference);
			conference.voicemails.push(conference.current_subscriber as string);
			hangUpSubscriber(conference);
			return agentJson(presentConference(conference));
		},
		'agent',
	);

	router.post(
		'/v2/conference/:uuid/supervisor/',
		(req) => {
			const conference = conferenceOf(req);
			onCall(conference);
			const number = required(bodyObject(req), 'phone_number').replace(/[\s().+-]/g, '');
			if (!/^\d{7,15}$/.test(number)) badRequest({ phone_number: ['Enter a valid phone number.'] });
			conference.supervisor_number = number;
			conference.supervisor_uuid = randomUUID();
			return agentJson(presentConference(conference));
		},
		'agent',
	);

	router.delete(
		'/v2/conference/:uuid/supervisor/',
		(req) => {
			const conference = conferenceOf(req);
			joined(conference);
			if (!conference.supervisor_uuid) badRequest({ detail: 'No supervisor is on the call.' });
			conference.supervisor_uuid = null;
			conference.supervisor_number = null;
			return agentJson(presentConference(conference));
		},
		'agent',
	);

	// The supervisor keeps talking with the subscriber; the agent is free to call the next one.
	router.post(
		'/v2/conference/:uuid/subscriber/transfer/',
		(req) => {
			const conference = conferenceOf(req);
			onCall(conference);
			if (!conference.supervisor_uuid) badRequest({ detail: 'Call a supervisor before handing over the call.' });
			conference.transfers.push(conference.current_subscriber as string);
			hangUpSubscriber(conference);
			return agentJson(presentConference(conference));
		},
		'agent',
	);

	router.post(
		'/v2/dialer/',
		(req) => {
			const agent = agentOf(req);
			const body = bodyObject(req);
			const contactId = required(body, 'contact_id');
			if (!req.state.contacts.has(contactId)) badRequest({ contact_id: [`Invalid pk "${contactId}" - object does not exist.`] });
			const campaignId = body.campaign_id === undefined || body.campaign_id === '' ? null : String(body.campaign_id);
			if (campaignId !== null && !agentCampaigns(req.state).get(campaignId)?.assignedAgents.includes(agent.id)) {
				badRequest({ campaign_id: ['The agent is not assigned to this campaign.'] });
			}
			const dialer: Dialer = {
				uuid: randomUUID(),
				agent_id: agent.id,
				contact_id: contactId,
				campaign_id: campaignId,
				num_type: null,
				number: null,
				call_uuid: null,
				created_date: now(),
			};
			dialers(req.state).set(dialer.uuid, dialer);
			return agentJson({ dialer_uuid: dialer.uuid }, 201);
		},
		'agent',
	);

	router.get(
		'/v2/dialer/:uuid/',
		(req) => {
			const agent = agentOf(req);
			const dialer = dialers(req.state).get(req.params.uuid);
			if (!dialer || dialer.agent_id !== agent.id) notFound();
			return agentJson(presentDialer(dialer as Dialer));
		},
		'agent',
	);

	// num_type picks the contact's number: `mobile`, or `contact` (the landline, CallHub's "contact" field).
	router.post(
		'/v2/dialer/:uuid/agent/',
		(req) => {
			const agent = agentOf(req);
			const dialer = dialers(req.state).get(req.params.uuid);
			if (!dialer || dialer.agent_id !== agent.id) notFound();
			const numType = required(bodyObject(req), 'num_type');
			if (!['mobile', 'contact'].includes(numType)) badRequest({ num_type: [`"${numType}" is not a valid choice.`] });
			const contact = req.state.contacts.get((dialer as Dialer).contact_id);
			const number = contact?.[numType];
			if (typeof number !== 'string' || number === '') {
				badRequest({ num_type: [`The contact has no ${numType === 'mobile' ? 'mobile' : 'landline'} number.`] });
			}
			Object.assign(dialer as Dialer, { num_type: numType, number, call_uuid: randomUUID() });
			return agentJson(presentDialer(dialer as Dialer));
		},
		'agent',
	);
}
