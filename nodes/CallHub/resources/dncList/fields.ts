import { callhubLocator } from '../../shared/descriptions';

export const dncListLocator = callhubLocator({
	name: 'dncList',
	displayName: 'DNC List',
	urlSegment: 'dnc_lists',
	searchListMethod: 'searchDncLists',
	description: 'The Do-Not-Call list to use',
});
