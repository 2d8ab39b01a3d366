import type { Router } from '../http';
import { demoSeeds } from '../seed';
import { addCampaign, phoneBooksNamed, registerCampaignEndpoints, STATUS } from './campaigns';
import { connectAgent } from './liveAgents';

/** Call center (power) campaigns: agents call through the phone books. Created in CallHub's dashboard. */
export function registerCallCenterCampaigns(router: Router): void {
	registerCampaignEndpoints(router, 'callcenter_campaigns', { statuses: [1, 2, 3, 4], fields: ['name'] });
}

demoSeeds.push((state) => {
	const running = addCampaign(state, 'callcenter_campaigns', {
		name: 'Get out the vote',
		status: STATUS.START,
		phonebooks: phoneBooksNamed(state, 'Canvass list'),
	});
	addCampaign(state, 'callcenter_campaigns', { name: 'Volunteer recruitment', status: STATUS.PAUSE, phonebooks: phoneBooksNamed(state, 'Members') });
	addCampaign(state, 'callcenter_campaigns', { name: 'Spring phone bank', status: STATUS.END, phonebooks: phoneBooksNamed(state, 'Canvass list', 'Members') });
	connectAgent(state, 'ada_volunteer', running.id);
	connectAgent(state, 'grace_caller', running.id);
});
