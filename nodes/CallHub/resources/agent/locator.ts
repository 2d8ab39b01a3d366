import { callhubLocator } from '../../shared/descriptions';

export const agentLocator = callhubLocator({
	name: 'agent',
	displayName: 'Agent',
	urlSegment: 'agents',
	searchListMethod: 'searchAgents',
	description: 'The agent (a caller in call-center campaigns) to use',
});
