import type { ExecuteScenario } from '../scenario';
import { anId } from '../scenario';

const live = (username: string) => ({ id: anId, username, campaign_id: anId, campaign_name: 'Get out the vote' });

export const scenario: ExecuteScenario = {
	kind: 'execute',
	workflow: 'liveAgent.json',
	outputs: {
		'Agents calling now': [live('ada_volunteer'), live('grace_caller')],
		'Their campaign': [{ id: anId, name: 'Get out the vote', status: 1 }],
	},
	requests: ['GET /v2/campaign/agent/live/?page_size=1000', 'GET /v1/callcenter_campaigns/{id}/'],
};
