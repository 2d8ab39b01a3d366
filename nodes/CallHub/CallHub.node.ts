import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { CALLHUB_ORIGIN_EXPRESSION } from '../../credentials/CallHubApi.credentials';
import { callHubApiTest } from './credentialTest';
import { getAgents, searchAgents } from './listSearch/agents';
import {
	getVoiceBroadcastTemplates,
	searchCallCenterCampaigns,
	searchSmsCampaigns,
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
import { liveAgentDescription } from './resources/liveAgent';
import { phoneBookDescription } from './resources/phoneBook';
import { smsCampaignDescription } from './resources/smsCampaign';
import { tagDescription } from './resources/tag';
import { teamDescription } from './resources/team';
import { userDescription } from './resources/user';
import { voiceBroadcastDescription } from './resources/voiceBroadcast';
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
					{ name: 'Live Agent', value: 'liveAgent' },
					{ name: 'Phone Book', value: 'phoneBook' },
					{ name: 'SMS Campaign', value: 'smsCampaign' },
					{ name: 'Tag', value: 'tag' },
					{ name: 'Team', value: 'team' },
					{ name: 'User', value: 'user' },
					{ name: 'Voice Broadcast', value: 'voiceBroadcast' },
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
			...liveAgentDescription,
			...phoneBookDescription,
			...smsCampaignDescription,
			...tagDescription,
			...teamDescription,
			...userDescription,
			...voiceBroadcastDescription,
			...webhookDescription,
		],
	};

	methods = {
		credentialTest: { callHubApiTest },
		listSearch: {
			searchAgents,
			searchCallCenterCampaigns,
			searchContacts,
			searchDncContacts,
			searchDncLists,
			searchPhoneBooks,
			searchSmsCampaigns,
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
			getTags,
			getTeamNames,
			getVoiceBroadcastTemplates,
		},
	};
}
