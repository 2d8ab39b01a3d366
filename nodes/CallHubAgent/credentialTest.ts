import { signsInWithPassword } from '../../credentials/CallHubAgentApi.credentials';
import { agentSignIn, credentialTest } from '../CallHub/shared/credentialTest';
import { AGENT_ADVICE } from './route';

/** The CallHub Agent API credential's test: signs in when it holds a username and password, then reads the agent's status. */
export const callHubAgentApiTest = credentialTest({
	path: '/v2/agent-status/',
	advice: AGENT_ADVICE,
	async token(data, origin) {
		return signsInWithPassword(data) ? await agentSignIn.call(this, data, origin, AGENT_ADVICE) : String(data.agentToken ?? '').trim();
	},
});
