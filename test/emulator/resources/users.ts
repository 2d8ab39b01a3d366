import type { Router } from '../http';
import { paginate } from '../pagination';

export function registerUsers(router: Router): void {
	router.get('/v1/users/', (req) =>
		paginate(req, [
			{
				url: `${req.origin}/v1/users/1/`,
				username: req.state.username,
				email: req.state.email,
				bphones: [],
				phonebooks: [...req.state.phoneBooks.keys()].map((id) => `${req.origin}/v1/phonebooks/${id}/`),
				voice_broadcasts: [],
				sms_campaigns: [],
				callcenter_campaigns: [],
			},
		]),
	);
}
