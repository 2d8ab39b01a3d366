import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { withDisplayOptions } from '../../../CallHub/shared/displayOptions';
import { idsAsStrings } from '../../output';
import { route } from '../../route';
import { campaignField } from '../fields';
import * as changePassword from './changePassword';
import * as getCampaignInfo from './getCampaignInfo';
import * as updateDetails from './updateDetails';

const operations: INodePropertyOptions[] = [
	changePassword.option,
	{
		name: 'Get Assigned Campaigns',
		value: 'getAssignedCampaigns',
		action: "Get the agent's campaigns",
		description: 'Retrieve the IDs of the call-center campaigns the agent is assigned to',
		routing: route({ method: 'GET', url: '/v2/agent-campaigns/' }, { output: [idsAsStrings('campaigns')] }),
	},
	getCampaignInfo.option,
	{
		name: 'Get Details',
		value: 'getDetails',
		action: "Get the agent's details",
		description: "Retrieve the agent's name, email, country, phone number and language",
		routing: route({ method: 'GET', url: '/v2/user-details/' }),
	},
	{
		name: 'Get NationBuilder Nation',
		value: 'getNationBuilderNation',
		action: "Get the agent's NationBuilder nation",
		description: 'Retrieve the slug of the NationBuilder nation the agent has connected, if any',
		routing: route({ method: 'GET', url: '/v2/nation-builder/' }),
	},
	{
		name: 'Get SIP Endpoint',
		value: 'getSipEndpoint',
		action: "Get the agent's SIP endpoint",
		description: 'Retrieve the SIP account a SIP client uses to receive the agent\'s calls',
		routing: route({ method: 'GET', url: '/v2/sip-endpoint/' }),
	},
	{
		name: 'Get Status',
		value: 'getStatus',
		action: "Get the agent's status",
		description:
			'Retrieve where the agent is in a call session: connected_campaign, call_uuid (agent joined), current_subscriber and subscriber_uuid (on a call), supervisor_uuid; all null when idle',
		routing: route({ method: 'GET', url: '/v2/agent-status/' }, { output: [idsAsStrings('connected_campaign', 'current_subscriber')] }),
	},
	{
		name: 'Get Trophy',
		value: 'getTrophy',
		action: 'Get the best agent of a campaign',
		description: 'Whether the agent is the best agent of a campaign, and if not, who is',
		routing: route({ method: 'GET', url: '/v2/is-trophy/{campaign}/' }),
	},
	updateDetails.option,
];

export const agentDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['agent'] } },
		options: operations,
		default: 'getStatus',
	},
	...withDisplayOptions({ show: { resource: ['agent'], operation: ['getTrophy'] } }, [campaignField('The campaign to rank the agents of')]),
	...changePassword.fields,
	...getCampaignInfo.fields,
	...updateDetails.fields,
];
