import type { Router } from '../http';
import { registerAgents } from './agents';
import { registerBulkImport } from './bulkImport';
import { registerCallCenterCampaigns } from './callCenterCampaigns';
import { registerCampaignBuilding } from './campaignBuilding';
import { registerAgentApi } from './agentApi';
import { registerContacts } from './contacts';
import { registerCustomFields } from './customFields';
import { registerDnc } from './dnc';
import { registerLiveAgents } from './liveAgents';
import { registerMedia } from './media';
import { registerNumbers } from './numbers';
import { registerP2pCampaigns } from './p2pCampaigns';
import { registerPhoneBooks } from './phoneBooks';
import { registerReports } from './reports';
import { registerSmsCampaigns } from './smsCampaigns';
import { registerSuppressionLists } from './suppressionLists';
import { registerSurveyTemplates } from './surveyTemplates';
import { registerTags } from './tags';
import { registerTeams } from './teams';
import { registerUsers } from './users';
import { registerVoiceBroadcasts } from './voiceBroadcasts';
import { registerWebhooks } from './webhooks';

export interface ResourceOptions {
	customFieldsAsPage: boolean;
}

/** Every CallHub endpoint the emulator serves. A new resource adds its register function here. */
export function registerResources(router: Router, options: ResourceOptions): void {
	registerUsers(router);
	registerContacts(router);
	registerPhoneBooks(router);
	registerCustomFields(router, { listAsPage: options.customFieldsAsPage });
	registerTags(router);
	registerWebhooks(router);
	registerDnc(router);
	registerCallCenterCampaigns(router);
	registerVoiceBroadcasts(router);
	registerSmsCampaigns(router);
	registerLiveAgents(router);
	registerAgents(router);
	registerTeams(router);
	registerBulkImport(router);
	registerAgentApi(router);
	// Issue 14: P2P texting, suppression lists, campaign building, account tools.
	registerP2pCampaigns(router);
	registerSuppressionLists(router);
	registerMedia(router);
	registerCampaignBuilding(router);
	registerNumbers(router);
	registerSurveyTemplates(router);
	registerReports(router);
}
