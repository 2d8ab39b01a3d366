import { randomBytes } from 'node:crypto';

import type { EmuRequest, EmuResponse } from '../http';
import { HttpError } from '../http';
import type { AccountState, Json } from '../state';
import { now } from '../state';

/** An agent of the account, with what the agent-facing APIs read and change. */
export interface AgentAccount extends Json {
	id: string;
	username: string;
	email: string;
	/** Unset for agents that have not activated their account: they cannot sign in. */
	password?: string;
	first_name?: string;
	last_name?: string;
	country?: string;
	phone_no?: string;
	language?: string;
	nation_slug?: string | null;
}

export interface ScriptSectionFields {
	/** `text` is script to read out; `question` is a survey question to answer. */
	type: 'text' | 'question';
	title: string;
	content: string;
	question_type?: 'multiple_choice' | 'text';
	choices?: string[];
}

export interface ScriptSection extends Json, ScriptSectionFields {
	id: string;
}

/** A call-center (power) campaign as the agent-facing APIs see it. */
export interface AgentCampaign extends Json {
	id: string;
	name: string;
	status: string;
	script: string;
	phonebooks: string[];
	assignedAgents: string[];
	sections: ScriptSection[];
	/** Contacts already called in this campaign, by any agent. */
	called: string[];
	/** Calls connected in this campaign, by agent id. */
	callsByAgent: Record<string, number>;
	created_date: string;
}

export function agents(state: AccountState) {
	return state.collection<AgentAccount>('agents');
}

export function agentCampaigns(state: AccountState) {
	return state.collection<AgentCampaign>('callcenterCampaigns');
}

export function createAgentAccount(state: AccountState, fields: Partial<AgentAccount> & { username: string }): AgentAccount {
	const agent: AgentAccount = {
		email: `${fields.username}@example.org`,
		first_name: '',
		last_name: '',
		country: 'US',
		phone_no: '',
		language: 'en',
		nation_slug: null,
		...fields,
		id: state.newId(),
	};
	agents(state).set(agent.id, agent);
	return agent;
}

export function createAgentCampaign(
	state: AccountState,
	fields: { name: string; phonebooks?: string[]; agents?: string[]; script?: string; sections?: ScriptSectionFields[] },
): AgentCampaign {
	const campaign: AgentCampaign = {
		id: state.newId(),
		name: fields.name,
		status: 'Running',
		script: fields.script ?? `<p>Hi, this is {agent_name} calling for ${fields.name}.</p>`,
		phonebooks: fields.phonebooks ?? [],
		assignedAgents: fields.agents ?? [],
		sections: (fields.sections ?? []).map((section) => ({ ...section, id: state.newSmallId() })),
		called: [],
		callsByAgent: {},
		created_date: now(),
	};
	agentCampaigns(state).set(campaign.id, campaign);
	return campaign;
}

/** The agent's token: DRF's get_or_create, so signing in again gives the same token until it is revoked. */
export function issueAgentToken(tokens: Map<string, string>, agent: AgentAccount): string {
	const principal = `agent:${agent.id}`;
	for (const [token, owner] of tokens) if (owner === principal) return token;
	const token = randomBytes(20).toString('hex');
	tokens.set(token, principal);
	return token;
}

/** Revokes every token of an agent (as deleting the token in CallHub's admin would): they now answer 401. */
export function revokeAgentTokens(tokens: Map<string, string>, agentId: string): number {
	let revoked = 0;
	for (const [token, owner] of tokens) {
		if (owner === `agent:${agentId}`) {
			tokens.delete(token);
			revoked++;
		}
	}
	return revoked;
}

/** The agent whose token signed the request; a token of an agent no longer in the account is invalid. */
export function agentOf(req: EmuRequest): AgentAccount {
	const id = /^agent:(\d+)$/.exec(req.principal ?? '')?.[1];
	const agent = id === undefined ? undefined : agents(req.state).get(id);
	if (!agent) throw new HttpError(401, { detail: 'Invalid token.' });
	return agent;
}

/** A campaign the agent is assigned to; others are "Not found." as CallHub hides them. */
export function assignedCampaign(req: EmuRequest, agent: AgentAccount, id: string): AgentCampaign {
	const campaign = agentCampaigns(req.state).get(id);
	if (!campaign || !campaign.assignedAgents.includes(agent.id)) throw new HttpError(404, { detail: 'Not found.' });
	return campaign;
}

/** Keys whose ids the agent APIs write as bare JSON numbers (arrays of ids too), like `id`. */
const RAW_ID_KEYS = new Set([
	'id',
	'connected_campaign',
	'current_subscriber',
	'campaign_id',
	'contact_id',
	'campaigns',
	'campaign',
	'phonebook',
	'subscriber',
]);

function mark(value: unknown): unknown {
	if (typeof value === 'string' && /^\d+$/.test(value)) return `\u0000${value}\u0000`;
	if (Array.isArray(value)) return value.map(mark);
	return value;
}

function markIds(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(markIds);
	if (value === null || typeof value !== 'object') return value;
	return Object.fromEntries(
		Object.entries(value as Json).map(([key, entry]) => [key, RAW_ID_KEYS.has(key) ? mark(entry) : markIds(entry)]),
	);
}

/** A JSON answer with ids written as raw 19-digit numbers, as CallHub writes them. */
export function agentJson(body: unknown, status = 200): EmuResponse {
	const raw = JSON.stringify(markIds(body)).replace(/"\\u0000(\d+)\\u0000"/g, '$1');
	return { status, raw, headers: { 'Content-Type': 'application/json' } };
}
