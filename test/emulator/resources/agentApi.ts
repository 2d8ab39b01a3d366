import type { EmuRequest, Router } from '../http';
import { badRequest, bodyObject, notFound, required } from '../http';
import { demoSeeds } from '../seed';
import type { Json } from '../state';
import { now } from '../state';
import { parseRequestJson } from '../wire';
import type { AgentAccount } from './agentAccounts';
import { agentCampaigns, agentJson, agentOf, agents, assignedCampaign, issueAgentToken } from './agentAccounts';
import { activeConference, registerAgentCalls } from './agentCalls';
import { seedAgentDemo } from './agentDemo';
import { registerCollectiveTexting } from './collectiveTexting';

// The sandbox's account gets agents, campaigns and a texting campaign too.
demoSeeds.push(seedAgentDemo);

export interface ScriptAnswer extends Json {
	id: string;
	campaign: string;
	subscriber: string;
	agent: string;
	answers: Array<{ section: string; answer: string }>;
	created_date: string;
}

export interface ContactNote extends Json {
	id: string;
	contact: string;
	agent: string;
	notes: string;
	created_date: string;
}

const LANGUAGES = ['en', 'es', 'fr', 'de', 'pt'];

function presentDetails(agent: AgentAccount): Json {
	return {
		user: { username: agent.username, first_name: agent.first_name ?? '', last_name: agent.last_name ?? '', email: agent.email },
		agent: { country: agent.country ?? '', phone_no: agent.phone_no ?? '', language: agent.language ?? 'en' },
	};
}

function presentCampaignInfo(req: EmuRequest, campaign: ReturnType<typeof assignedCampaign>): Json {
	const contacts = new Set(campaign.phonebooks.flatMap((id) => [...(req.state.phoneBooks.get(id)?.contacts ?? [])]));
	return {
		id: campaign.id,
		name: campaign.name,
		status: campaign.status,
		code: campaign.id.slice(-6),
		script: campaign.script,
		assign_agents: campaign.assignedAgents.length,
		invite_person: false,
		incoming_id: null,
		totalcontact: contacts.size,
		team: null,
		completed: campaign.called.length,
		voicemail_audiofile: null,
		recording: true,
		phonebook: campaign.phonebooks,
		pending_notes: 0,
		created_date: campaign.created_date,
		notes_required: false,
		voicemail_detection: true,
	};
}

/** `?id=[1,2]`: a JSON array of campaign ids (raw numbers, or digit strings). */
function campaignIdsOf(req: EmuRequest): string[] {
	const raw = req.query.get('id');
	let parsed: unknown;
	try {
		parsed = raw === null ? undefined : parseRequestJson(raw);
	} catch {
		parsed = undefined;
	}
	const valid = Array.isArray(parsed) && parsed.length > 0 && parsed.every((id) => /^\d+$/.test(String(id)));
	if (!valid) badRequest({ id: ['Enter a JSON list of campaign ids, e.g. [1,2].'] });
	return (parsed as unknown[]).map(String);
}

function callsOf(req: EmuRequest, contactId: string): Json[] {
	const history: Json[] = [];
	for (const campaign of agentCampaigns(req.state).values()) {
		if (campaign.called.includes(contactId)) {
			history.push({ type: 'call_center', campaign: campaign.id, campaign_name: campaign.name, result: 'Connected' });
		}
	}
	for (const answer of req.state.collection<ScriptAnswer>('scriptAnswers').values()) {
		if (answer.subscriber === contactId) {
			history.push({ type: 'survey', campaign: answer.campaign, answers: answer.answers, date: answer.created_date });
		}
	}
	for (const note of req.state.collection<ContactNote>('contactNotes').values()) {
		if (note.contact === contactId) history.push({ type: 'notes', notes: note.notes, date: note.created_date });
	}
	return history;
}

/** CallHub's agent-facing APIs (/v2/): sign-in, the agent's status, details, campaigns and scripts. */
export function registerAgentApi(router: Router): void {
	// DRF's ObtainAuthToken: form or JSON fields, no Authorization header; one token per agent.
	router.post(
		'/v2/agent-key/',
		(req) => {
			const body = bodyObject(req);
			const username = required(body, 'username');
			const password = required(body, 'password');
			const agent = [...agents(req.state).values()].find((candidate) => candidate.username === username);
			if (!agent || agent.password === undefined || agent.password !== password) {
				badRequest({ non_field_errors: ['Unable to log in with provided credentials.'] });
			}
			return agentJson({ token: issueAgentToken(req.tokens, agent as AgentAccount) });
		},
		'public',
	);

	router.get(
		'/v2/agent-status/',
		(req) => {
			const conference = activeConference(req.state, agentOf(req).id);
			return agentJson({
				connected_campaign: conference?.campaign_id ?? null,
				call_uuid: conference?.call_uuid ?? null,
				current_subscriber: conference?.current_subscriber ?? null,
				subscriber_uuid: conference?.subscriber_uuid ?? null,
				supervisor_uuid: conference?.supervisor_uuid ?? null,
			});
		},
		'agent',
	);

	router.get('/v2/user-details/', (req) => agentJson(presentDetails(agentOf(req))), 'agent');
	router.post(
		'/v2/user-details/',
		(req) => {
			const agent = agentOf(req);
			const body = bodyObject(req);
			const user = (body.user ?? {}) as Json;
			const details = (body.agent ?? {}) as Json;
			if (typeof user !== 'object' || typeof details !== 'object') badRequest({ detail: 'Send user and agent objects.' });
			if (user.email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(user.email))) {
				badRequest({ user: { email: ['Enter a valid email address.'] } });
			}
			if (details.language !== undefined && !LANGUAGES.includes(String(details.language))) {
				badRequest({ agent: { language: [`"${String(details.language)}" is not a valid choice.`] } });
			}
			for (const key of ['first_name', 'last_name', 'email'] as const) if (user[key] !== undefined) agent[key] = String(user[key]);
			for (const key of ['country', 'phone_no', 'language'] as const) if (details[key] !== undefined) agent[key] = String(details[key]);
			return agentJson(presentDetails(agent));
		},
		'agent',
	);

	// Django's password change fields; the token stays valid (DRF tokens do not follow the password).
	router.post(
		'/v2/password-change/',
		(req) => {
			const agent = agentOf(req);
			const body = bodyObject(req);
			const old = required(body, 'old_password');
			const first = required(body, 'new_password1');
			const second = required(body, 'new_password2');
			if (old !== agent.password) badRequest({ old_password: ['Your old password was entered incorrectly. Please enter it again.'] });
			if (first !== second) badRequest({ new_password2: ['The two password fields didn’t match.'] });
			if (first.length < 8) badRequest({ new_password2: ['This password is too short. It must contain at least 8 characters.'] });
			agent.password = first;
			return agentJson({ detail: 'New password has been saved.' });
		},
		'agent',
	);

	router.get(
		'/v2/sip-endpoint/',
		(req) => {
			const agent = agentOf(req);
			const username = `agent${agent.id.slice(-8)}`;
			return agentJson({ sip_username: username, sip_password: `sip-${agent.id.slice(-6)}`, sip_domain: 'sip.callhub.io', sip_uri: `sip:${username}@sip.callhub.io` });
		},
		'agent',
	);

	router.get('/v2/nation-builder/', (req) => agentJson({ slug: agentOf(req).nation_slug ?? null }), 'agent');

	router.get(
		'/v2/is-trophy/:campaign/',
		(req) => {
			const agent = agentOf(req);
			const campaign = assignedCampaign(req, agent, req.params.campaign);
			const ranked = Object.entries(campaign.callsByAgent).sort(([, a], [, b]) => b - a);
			const best = ranked[0] ? agents(req.state).get(ranked[0][0]) : undefined;
			return agentJson({
				is_trophy: best?.id === agent.id,
				best_agent: best ? { id: best.id, username: best.username, calls: campaign.callsByAgent[best.id] } : null,
			});
		},
		'agent',
	);

	router.get(
		'/v2/agent-campaigns/',
		(req) => {
			const agent = agentOf(req);
			const ids = [...agentCampaigns(req.state).values()].filter((campaign) => campaign.assignedAgents.includes(agent.id)).map((campaign) => campaign.id);
			return agentJson({ campaigns: ids });
		},
		'agent',
	);

	router.get(
		'/v2/campaign-info/',
		(req) => {
			const agent = agentOf(req);
			const ids = campaignIdsOf(req);
			const campaigns = ids
				.map((id) => agentCampaigns(req.state).get(id))
				.filter((campaign) => campaign !== undefined && campaign.assignedAgents.includes(agent.id));
			return agentJson({ campaign_info: campaigns.map((campaign) => presentCampaignInfo(req, campaign as NonNullable<typeof campaign>)) });
		},
		'agent',
	);

	router.get(
		'/v2/script-sections/:campaign/',
		(req) => agentJson({ script_sections: assignedCampaign(req, agentOf(req), req.params.campaign).sections }),
		'agent',
	);

	// The answers are for the subscriber named, or else the one the agent is on a call with.
	router.post(
		'/v2/script-answers/:campaign/',
		(req) => {
			const agent = agentOf(req);
			const campaign = assignedCampaign(req, agent, req.params.campaign);
			const body = bodyObject(req);
			const subscriber =
				body.subscriber !== undefined && body.subscriber !== '' ? String(body.subscriber) : activeConference(req.state, agent.id)?.current_subscriber;
			if (!subscriber) badRequest({ subscriber: ['This field is required when the agent is not on a call.'] });
			if (!req.state.contacts.has(subscriber as string)) badRequest({ subscriber: [`Invalid pk "${String(subscriber)}" - object does not exist.`] });
			const answers = body.answers;
			if (!Array.isArray(answers) || answers.length === 0) badRequest({ answers: ['This field is required.'] });
			const parsed = (answers as Json[]).map((entry) => ({ section: String(entry?.section ?? ''), answer: String(entry?.answer ?? '') }));
			const unknown = parsed.find((entry) => !campaign.sections.some((section) => section.id === entry.section && section.type === 'question'));
			if (unknown) badRequest({ answers: [`"${unknown.section}" is not a question of this campaign's script.`] });
			const record: ScriptAnswer = {
				id: req.state.newId(),
				campaign: campaign.id,
				subscriber: subscriber as string,
				agent: agent.id,
				answers: parsed,
				created_date: now(),
			};
			req.state.collection<ScriptAnswer>('scriptAnswers').set(record.id, record);
			return agentJson({ id: record.id, campaign: record.campaign, subscriber: record.subscriber, answers: record.answers, created_date: record.created_date }, 201);
		},
		'agent',
	);

	router.get(
		'/v2/subscriber-history/:subscriber/',
		(req) => {
			agentOf(req);
			if (!req.state.contacts.has(req.params.subscriber)) notFound();
			return agentJson({ subscriber: req.params.subscriber, history: callsOf(req, req.params.subscriber) });
		},
		'agent',
	);

	router.post(
		'/v2/contact-notes/:contact/',
		(req) => {
			const agent = agentOf(req);
			if (!req.state.contacts.has(req.params.contact)) notFound();
			const notes = required(bodyObject(req), 'notes');
			const note: ContactNote = { id: req.state.newId(), contact: req.params.contact, agent: agent.id, notes, created_date: now() };
			req.state.collection<ContactNote>('contactNotes').set(note.id, note);
			return agentJson({ id: note.id, contact_id: note.contact, notes: note.notes, created_date: note.created_date }, 201);
		},
		'agent',
	);

	registerAgentCalls(router);
	registerCollectiveTexting(router);
}
