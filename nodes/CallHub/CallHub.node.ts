import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { CALLHUB_ORIGIN_EXPRESSION } from '../../credentials/CallHubApi.credentials';
import { callHubApiTest } from './credentialTest';
import { declaredOperations } from './shared/customOperations';
import { getAgents, searchAgents } from './listSearch/agents';
import {
	getSurveyTemplates,
	getVoiceBroadcastTemplates,
	searchCallCenterCampaigns,
	searchP2pCampaigns,
	searchSmsCampaigns,
	searchSurveyTemplates,
	searchVoiceBroadcasts,
} from './listSearch/campaigns';
import { getContactFieldNames } from './listSearch/contactFields';
import { searchContacts } from './listSearch/contacts';
import { getDncLists, searchDncContacts, searchDncLists } from './listSearch/dnc';
import { getCustomFieldNames, getCustomFields, getTags } from './listSearch/options';
import { getPhoneBooks, searchPhoneBooks } from './listSearch/phoneBooks';
import { getTeamNames, searchTeams } from './listSearch/teams';
import { searchWebhooks } from './listSearch/webhooks';
import { agentDescription } from './resources/agent';
import { callCenterCampaignDescription } from './resources/callCenterCampaign';
import { contactDescription } from './resources/contact';
import { contactFieldDescription } from './resources/contactField';
import { customFieldDescription } from './resources/customField';
import { dncContactDescription } from './resources/dncContact';
import { dncListDescription } from './resources/dncList';
import { integrationFieldDescription } from './resources/integrationField';
import { liveAgentDescription } from './resources/liveAgent';
import { mediaDescription } from './resources/media';
import { numberDescription } from './resources/number';
import { p2pCampaignDescription } from './resources/p2pCampaign';
import { phoneBookDescription } from './resources/phoneBook';
import { questionDescription } from './resources/question';
import { reportDescription } from './resources/report';
import { smsCampaignDescription } from './resources/smsCampaign';
import { addContacts, suppressionListDescription } from './resources/suppressionList';
import { surveyTemplateDescription } from './resources/surveyTemplate';
import { tagDescription } from './resources/tag';
import { teamDescription } from './resources/team';
import { userDescription } from './resources/user';
import { voiceBroadcastDescription } from './resources/voiceBroadcast';
import { voiceBroadcastTemplateDescription } from './resources/voiceBroadcastTemplate';
import { webhookDescription } from './resources/webhook';

export class CallHub implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CallHub',
		name: 'callHub',
		icon: { light: 'file:../../icons/callhub.svg', dark: 'file:../../icons/callhub.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Contacts, phone books, DNC, campaigns and teams for calling, texting and phone banking',
		defaults: { name: 'CallHub' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'callHubApi', required: true, testedBy: 'callHubApiTest' }],
		requestDefaults: {
			baseURL: CALLHUB_ORIGIN_EXPRESSION,
			headers: { Accept: 'application/json' },
		},
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Agent', value: 'agent' },
					{ name: 'Call Center Campaign', value: 'callCenterCampaign' },
					{ name: 'Contact', value: 'contact' },
					{ name: 'Contact Field', value: 'contactField' },
					{ name: 'Custom Field', value: 'customField' },
					{ name: 'DNC Contact', value: 'dncContact' },
					{ name: 'DNC List', value: 'dncList' },
					{ name: 'Integration Field', value: 'integrationField' },
					{ name: 'Live Agent', value: 'liveAgent' },
					{ name: 'Media', value: 'media' },
					{ name: 'Number', value: 'number' },
					{ name: 'P2P Campaign', value: 'p2pCampaign' },
					{ name: 'Phone Book', value: 'phoneBook' },
					{ name: 'Question', value: 'question' },
					{ name: 'Report', value: 'report' },
					{ name: 'SMS Campaign', value: 'smsCampaign' },
					{ name: 'Suppression List', value: 'suppressionList' },
					{ name: 'Survey Template', value: 'surveyTemplate' },
					{ name: 'Tag', value: 'tag' },
					{ name: 'Team', value: 'team' },
					{ name: 'User', value: 'user' },
					{ name: 'Voice Broadcast', value: 'voiceBroadcast' },
					{ name: 'Voice Broadcast Template', value: 'voiceBroadcastTemplate' },
					{ name: 'Webhook', value: 'webhook' },
				],
				default: 'contact',
			},
			...agentDescription,
			...callCenterCampaignDescription,
			...contactDescription,
			...contactFieldDescription,
			...customFieldDescription,
			...dncContactDescription,
			...dncListDescription,
			...integrationFieldDescription,
			...liveAgentDescription,
			...mediaDescription,
			...numberDescription,
			...p2pCampaignDescription,
			...phoneBookDescription,
			...questionDescription,
			...reportDescription,
			...smsCampaignDescription,
			...suppressionListDescription,
			...surveyTemplateDescription,
			...tagDescription,
			...teamDescription,
			...userDescription,
			...voiceBroadcastDescription,
			...voiceBroadcastTemplateDescription,
			...webhookDescription,
		],
	};

	/**
	 * Every operation runs as a custom operation, so an error the node raises reaches the user as it
	 * was thrown (shared/customOperations.ts); Add Contacts works on all input items at once.
	 */
	customOperations = declaredOperations(this.description, { suppressionList: { addContacts } });

	methods = {
		credentialTest: { callHubApiTest },
		listSearch: {
			searchAgents,
			searchCallCenterCampaigns,
			searchContacts,
			searchDncContacts,
			searchDncLists,
			searchP2pCampaigns,
			searchPhoneBooks,
			searchSmsCampaigns,
			searchSurveyTemplates,
			searchTeams,
			searchVoiceBroadcasts,
			searchWebhooks,
		},
		loadOptions: {
			getAgents,
			getContactFieldNames,
			getCustomFieldNames,
			getCustomFields,
			getDncLists,
			getPhoneBooks,
			getSurveyTemplates,
			getTags,
			getTeamNames,
			getVoiceBroadcastTemplates,
		},
	};
}
