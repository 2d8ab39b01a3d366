import type { Router } from '../http';
import { paginate } from '../pagination';
import type { CampaignKind } from './campaigns';
import { campaigns, campaignUrl } from './campaigns';

function campaignUrls(req: Parameters<Parameters<Router['get']>[1]>[0], kind: CampaignKind): string[] {
	return [...campaigns(req.state, kind).keys()].map((id) => campaignUrl(req.origin, kind, id));
}

export function registerUsers(router: Router): void {
	router.get('/v1/users/', (req) =>
		paginate(req, [
			{
				url: `${req.origin}/v1/users/1/`,
				username: req.state.username,
				email: req.state.email,
				bphones: [],
				phonebooks: [...req.state.phoneBooks.keys()].map((id) => `${req.origin}/v1/phonebooks/${id}/`),
				voice_broadcasts: campaignUrls(req, 'voice_broadcasts'),
				sms_campaigns: campaignUrls(req, 'sms_campaigns'),
				callcenter_campaigns: campaignUrls(req, 'callcenter_campaigns'),
			},
		]),
	);
}
