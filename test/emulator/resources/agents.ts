import type { Router } from '../http';
import { badRequest, bodyObject, created, noContent, notFound, ok, required } from '../http';
import { paginate } from '../pagination';
import { demoSeeds } from '../seed';
import type { AccountState, Json } from '../state';
import { now } from '../state';
import { createTeam, teams } from './teams';

export interface Agent extends Json {
	id: string;
	username: string;
	email: string;
	/** Agents created through the API wait for the agent to verify their email. */
	pending: boolean;
	created_date: string;
}

const ACCEPTED_FIELDS = ['username', 'email', 'team'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function agents(state: AccountState) {
	return state.collection<Agent>('agents');
}

/** As CallHub lists agents: no owner until the agent verified their account. */
export function presentAgent(state: AccountState, agent: Agent, origin: string): Json {
	return {
		id: agent.id,
		username: agent.username,
		email: agent.email,
		owner: agent.pending ? [] : [{ url: `${origin}/v1/users/1/`, username: state.username }],
		teams: [...teams(state).values()].filter((team) => team.agents.includes(agent.id)).map((team) => team.name),
	};
}

export function createAgent(
	state: AccountState,
	fields: { username: string; email?: string; team?: string; pending?: boolean },
): Agent {
	if ([...agents(state).values()].some((agent) => agent.username.toLowerCase() === fields.username.toLowerCase())) {
		badRequest({ username: ['A user with that username already exists.'] });
	}
	const agent: Agent = {
		id: state.newId(),
		username: fields.username,
		email: fields.email ?? `${fields.username}@example.org`,
		pending: fields.pending ?? false,
		created_date: now(),
	};
	agents(state).set(agent.id, agent);
	const team = [...teams(state).values()].find((candidate) => candidate.name === fields.team);
	team?.agents.push(agent.id);
	return agent;
}

export function registerAgents(router: Router): void {
	// Pending agents are left out unless asked for (CallHub's `include_pending`).
	router.get('/v1/agents/', (req) => {
		const pending = req.query.get('include_pending') === 'true';
		const list = [...agents(req.state).values()].filter((agent) => pending || !agent.pending);
		return paginate(req, list.map((agent) => presentAgent(req.state, agent, req.origin)));
	});

	// Only username, email and the team's NAME are accepted; CallHub rejects any other field.
	router.post('/v1/agents/', (req) => {
		const body = bodyObject(req);
		const extra = Object.keys(body).filter((key) => !ACCEPTED_FIELDS.includes(key));
		if (extra.length) badRequest({ non_field_errors: [`Unexpected field(s): ${extra.join(', ')}. Only username, email and team are accepted.`] });
		const username = required(body, 'username');
		const email = required(body, 'email');
		const teamName = required(body, 'team');
		if (!EMAIL.test(email)) badRequest({ email: ['Enter a valid email address.'] });
		if (![...teams(req.state).values()].some((team) => team.name === teamName)) {
			badRequest({ team: [`Team "${teamName}" does not exist.`] });
		}
		const agent = createAgent(req.state, { username, email, team: teamName, pending: true });
		return created(presentAgent(req.state, agent, req.origin));
	});

	router.get('/v1/agents/:id/', (req) => ok(presentAgent(req.state, agents(req.state).get(req.params.id) ?? notFound(), req.origin)));

	router.delete('/v1/agents/:id/', (req) => {
		if (!agents(req.state).delete(req.params.id)) notFound();
		for (const team of teams(req.state).values()) team.agents = team.agents.filter((id) => id !== req.params.id);
		return noContent();
	});
}

demoSeeds.push((state) => {
	createTeam(state, 'Phone Bank Volunteers');
	createTeam(state, 'Staff');
	createAgent(state, { username: 'maria_calls', email: 'maria@example.org', team: 'Phone Bank Volunteers' });
	createAgent(state, { username: 'sam_calls', email: 'sam@example.org', team: 'Phone Bank Volunteers' });
	createAgent(state, { username: 'organiser', email: 'organiser@example.org', team: 'Staff' });
});
