import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { listAnswer } from '../../../CallHub/shared/answers';
import { returnAllAndLimit } from '../../../CallHub/shared/descriptions';
import { withDisplayOptions } from '../../../CallHub/shared/displayOptions';
import { route } from '../../route';

const show = (operation: string[]) => ({ show: { resource: ['collectiveTexting'], operation } });

const operations: INodePropertyOptions[] = [
	{
		name: 'Get Campaigns',
		value: 'getCampaigns',
		action: "Get the agent's texting campaigns",
		description: 'Retrieve the collective texting campaigns the agent texts in',
		routing: route({ method: 'GET', url: '/v2/collective_texting/campaigns/' }, { list: {} }),
	},
	{
		name: 'Get Questions',
		value: 'getQuestions',
		action: 'Get the survey questions of a campaign',
		description: 'Retrieve the survey questions the agent asks in a collective texting campaign',
		// callhub/callhub-mcp docs/PUBLIC_API_AUDIT.md A13: GET /v2/collective_texting/campaigns/{campaign_id}/questions/
		routing: route({ method: 'GET', url: '/v2/collective_texting/campaigns/{textingCampaign}/questions/' }, { flow: listAnswer('questions') }),
	},
	{
		name: 'Get Saved Replies',
		value: 'getSavedReplies',
		action: 'Get the saved replies of a campaign',
		description: 'Retrieve the replies the manager saved for a collective texting campaign',
		routing: route({ method: 'GET', url: '/v2/collective_texting/campaigns/{textingCampaign}/saved_replies/' }, { list: {} }),
	},
	{
		name: 'Get Subscriber Messages',
		value: 'getSubscriberMessages',
		action: 'Get the messages of a subscriber',
		description: 'Retrieve the conversation with one subscriber',
		routing: route({ method: 'GET', url: '/v2/collective_texting/subscribers/{subscriber}/messages/' }, { list: {} }),
	},
	{
		name: 'Get Subscribers',
		value: 'getSubscribers',
		action: 'Get the subscribers of a campaign',
		description: 'Retrieve the subscribers assigned to the agent in a collective texting campaign',
		routing: route({ method: 'GET', url: '/v2/collective_texting/campaigns/{textingCampaign}/subscribers/' }, { list: {} }),
	},
];

export const collectiveTextingDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['collectiveTexting'] } },
		options: operations,
		default: 'getSubscribers',
	},
	...withDisplayOptions(show(['getQuestions', 'getSavedReplies', 'getSubscribers']), [
		{
			displayName: 'Campaign Name or ID',
			name: 'textingCampaign',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getTextingCampaigns' },
			required: true,
			default: '',
			description:
				'A collective texting campaign of the agent. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	]),
	...withDisplayOptions(show(['getSubscriberMessages']), [
		{
			displayName: 'Subscriber ID',
			name: 'subscriber',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 3966566468442653936',
			description: 'The subscriber (an ID from Get Subscribers)',
		},
	]),
	...withDisplayOptions(show(['getCampaigns', 'getSavedReplies', 'getSubscriberMessages', 'getSubscribers']), returnAllAndLimit()),
];
