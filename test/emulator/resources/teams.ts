import type { Router } from '../http';
import { badRequest, bodyObject, created, noContent, notFound, ok, required } from '../http';
import { paginate } from '../pagination';
import type { AccountState, Json } from '../state';
import { now } from '../state';
import { agents, presentAgent } from './agents';

export interface Team extends Json {
	id: string;
	name: string;
	/** Agent ids. */
	agents: string[];
	created_date: string;
}

export function teams(state: AccountState) {
	return state.collection<Team>('teams');
}

/** INFERRED shape: CallHub documents the team endpoints but not the team object; it follows the phone book's. */
export function presentTeam(state: AccountState, team: Team, origin: string): Json {
	return {
		url: `${origin}/v1/teams/${team.id}/`,
		id: team.id,
		pk_str: team.id,
		owner: state.username,
		name: team.name,
		created_date: team.created_date,
	};
}

function uniqueName(state: AccountState, name: string, except?: string): string {
	if ([...teams(state).values()].some((team) => team.id !== except && team.name.toLowerCase() === name.toLowerCase())) {
		badRequest({ name: ['Team with this name already exists.'] });
	}
	return name;
}

export function createTeam(state: AccountState, name: string): Team {
	const team: Team = { id: state.newId(), name: uniqueName(state, name), agents: [], created_date: now() };
	teams(state).set(team.id, team);
	return team;
}

function findTeam(state: AccountState, id: string): Team {
	return teams(state).get(id) ?? notFound();
}

/** `{"agents": [ids]}` with ids as strings or numbers, each an existing agent. */
function agentIds(state: AccountState, body: Json): string[] {
	const ids = body.agents;
	if (!Array.isArray(ids) || ids.length === 0) badRequest({ agents: ['This field is required.'] });
	const strings = (ids as unknown[]).map(String);
	const unknown = strings.find((id) => !agents(state).has(id));
	if (unknown !== undefined) badRequest({ agents: [`Invalid pk "${unknown}" - object does not exist.`] });
	return strings;
}

export function registerTeams(router: Router): void {
	router.get('/v1/teams/', (req) =>
		paginate(req, [...teams(req.state).values()].map((team) => presentTeam(req.state, team, req.origin))),
	);
	router.post('/v1/teams/', (req) => created(presentTeam(req.state, createTeam(req.state, required(bodyObject(req), 'name')), req.origin)));
	router.get('/v1/teams/:id/', (req) => ok(presentTeam(req.state, findTeam(req.state, req.params.id), req.origin)));
	router.put('/v1/teams/:id/', (req) => {
		const team = findTeam(req.state, req.params.id);
		team.name = uniqueName(req.state, required(bodyObject(req), 'name'), team.id);
		return ok(presentTeam(req.state, team, req.origin));
	});
	// Deleting a team unassigns its agents; the agents themselves stay.
	router.delete('/v1/teams/:id/', (req) => {
		findTeam(req.state, req.params.id);
		teams(req.state).delete(req.params.id);
		return noContent();
	});

	router.get('/v1/teams/:id/agents/', (req) => {
		const team = findTeam(req.state, req.params.id);
		const members = team.agents.map((id) => agents(req.state).get(id)).filter((agent) => agent !== undefined);
		return paginate(req, members.map((agent) => presentAgent(req.state, agent, req.origin)));
	});
	router.get('/v1/teams/:id/agents/:agentId/', (req) => {
		const team = findTeam(req.state, req.params.id);
		const agent = team.agents.includes(req.params.agentId) ? agents(req.state).get(req.params.agentId) : undefined;
		return ok(presentAgent(req.state, agent ?? notFound(), req.origin));
	});
	// INFERRED answers: CallHub documents these calls, not what they return.
	router.put('/v1/teams/:id/agents/', (req) => {
		const team = findTeam(req.state, req.params.id);
		team.agents = [...new Set([...team.agents, ...agentIds(req.state, bodyObject(req))])];
		return ok({ detail: 'Agents added to the team.' });
	});
	router.delete('/v1/teams/:id/agents/', (req) => {
		const team = findTeam(req.state, req.params.id);
		const removed = new Set(agentIds(req.state, bodyObject(req)));
		team.agents = team.agents.filter((id) => !removed.has(id));
		return ok({ detail: 'Agents removed from the team.' });
	});
}
