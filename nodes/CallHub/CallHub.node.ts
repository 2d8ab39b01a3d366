import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { CALLHUB_ORIGIN_EXPRESSION } from '../../credentials/CallHubApi.credentials';
import { getAgents, searchAgents } from './listSearch/agents';
import { getContactFieldNames } from './listSearch/contactFields';
import { searchContacts } from './listSearch/contacts';
import { getCustomFieldNames, getCustomFields, getTags } from './listSearch/options';
import { searchPhoneBooks } from './listSearch/phoneBooks';
import { getTeamNames, searchTeams } from './listSearch/teams';
import { agentDescription } from './resources/agent';
import { contactDescription } from './resources/contact';
import { contactFieldDescription } from './resources/contactField';
import { customFieldDescription } from './resources/customField';
import { phoneBookDescription } from './resources/phoneBook';
import { tagDescription } from './resources/tag';
import { teamDescription } from './resources/team';

export class CallHub implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CallHub',
		name: 'callHub',
		icon: { light: 'file:../../icons/callhub.svg', dark: 'file:../../icons/callhub.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description:
			'Manage CallHub contacts, phone books, tags and custom fields for calling, texting and phone-banking campaigns',
		defaults: { name: 'CallHub' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'callHubApi', required: true }],
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
					{ name: 'Contact', value: 'contact' },
					{ name: 'Contact Field', value: 'contactField' },
					{ name: 'Custom Field', value: 'customField' },
					{ name: 'Phone Book', value: 'phoneBook' },
					{ name: 'Tag', value: 'tag' },
					{ name: 'Team', value: 'team' },
				],
				default: 'contact',
			},
			...agentDescription,
			...contactDescription,
			...contactFieldDescription,
			...customFieldDescription,
			...phoneBookDescription,
			...tagDescription,
			...teamDescription,
		],
	};

	methods = {
		listSearch: { searchAgents, searchContacts, searchPhoneBooks, searchTeams },
		loadOptions: { getAgents, getContactFieldNames, getCustomFieldNames, getCustomFields, getTags, getTeamNames },
	};
}
