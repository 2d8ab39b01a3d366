import { signsInWithPassword } from '../../credentials/CallHubAgentApi.credentials';
import type { CredentialAdvice } from '../CallHub/shared/errors';
import { routeFor } from '../CallHub/shared/operation';
import type { CredentialPolicy } from '../CallHub/shared/transport';

export const AGENT_ADVICE: CredentialAdvice = {
	rejected: "the agent's credential",
	hint: "Check the CallHub Agent API credential: the agent's username and password (n8n then signs in for a token), or the agent's token; and that its API Domain is the account's (e.g. https://api-na1.callhub.io).",
	forbidden:
		"Agent operations take an agent's credential only: the account's API key (the CallHub API credential) is refused here.",
};

/** The agent's credential: a token n8n renews when it signs in with username and password. */
export const AGENT_CREDENTIAL: CredentialPolicy = {
	credentialType: 'callHubAgentApi',
	renewsToken: signsInWithPassword,
	advice: AGENT_ADVICE,
};

/** Routing for the CallHub Agent node's operations, authenticated as the agent. */
export const route = routeFor(AGENT_CREDENTIAL);
