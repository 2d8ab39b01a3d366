import type { Router } from '../http';
import { ok } from '../http';
import { paginate } from '../pagination';
import type { AccountState, Json } from '../state';
import { now } from '../state';
import { campaigns } from './campaigns';

/** An agent connected to a call center campaign right now. */
export interface LiveAgent extends Json {
	id: string;
	username: string;
	email: string;
	campaignId: string;
	connected_at: string;
}

export function liveAgents(state: AccountState) {
	return state.collection<LiveAgent>('live_agents');
}

export function connectAgent(state: AccountState, username: string, campaignId: string): LiveAgent {
	const agent: LiveAgent = { id: state.newId(), username, email: `${username}@example.org`, campaignId, connected_at: now() };
	liveAgents(state).set(agent.id, agent);
	return agent;
}

/**
 * GET /v2/campaign/agent/live/ (manager key). The seed docs only name the endpoint and no client
 * shows its answer (callhub-mcp returns the raw body), so each plausible shape is a variant: a DRF
 * page of flat records (the agent and the campaign it is connected to), a bare array, or one object.
 */
export function registerLiveAgents(router: Router): void {
	router.get('/v2/campaign/agent/live/', (req) => {
		const records = [...liveAgents(req.state).values()].map((agent) => ({
			id: agent.id,
			username: agent.username,
			email: agent.email,
			campaign_id: agent.campaignId,
			campaign_name: campaigns(req.state, 'callcenter_campaigns').get(agent.campaignId)?.name ?? null,
			connected_at: agent.connected_at,
		}));
		if (req.variants.is('live-agents-array')) return ok(records);
		if (req.variants.is('live-agents-object')) return ok(records[0] ?? {});
		return paginate(req, records);
	});
}
