import { callhubLocator } from '../../shared/descriptions';

export const teamLocator = callhubLocator({
	name: 'team',
	displayName: 'Team',
	urlSegment: 'teams',
	searchListMethod: 'searchTeams',
	description: 'The team of agents to use',
});
