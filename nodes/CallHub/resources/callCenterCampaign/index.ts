import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { campaignUpdate, statusField, statusOptions, withStatusName } from '../../shared/campaignStatus';
import { callhubLocator, returnAllAndLimit } from '../../shared/descriptions';
import { withDisplayOptions } from '../../shared/displayOptions';
import { deleted } from '../../shared/output';
import { route } from '../../shared/route';
import * as build from './build';

// Status codes, names and the read-back after a change: shared/campaignStatus.ts (seed text;
// callhub/callhub-mcp src/callhub/campaigns.py sends other codes for this kind).
const KIND = 'callcenter_campaigns';
const show = (operation: string[]) => ({ show: { resource: ['callCenterCampaign'], operation } });

const operations: INodePropertyOptions[] = [
	...build.operations,
	{
		name: 'Delete',
		value: 'delete',
		action: 'Delete a call center campaign',
		description: 'Delete a call center campaign',
		routing: route({ method: 'DELETE', url: '/v1/callcenter_campaigns/{callCenterCampaign}/' }, { output: [deleted] }),
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get a call center campaign',
		description: 'Retrieve a call center campaign with its status',
		routing: route({ method: 'GET', url: '/v1/callcenter_campaigns/{callCenterCampaign}/' }, { output: [withStatusName(KIND)] }),
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many call center campaigns',
		description: 'Retrieve the call center campaigns of the account, with their status',
		routing: route({ method: 'GET', url: '/v1/callcenter_campaigns/' }, { list: {}, output: [withStatusName(KIND)] }),
	},
	{
		name: 'Update',
		value: 'update',
		action: 'Update a call center campaign',
		description: 'Start, pause or end a call center campaign, or rename it',
		routing: route(
			{ method: 'PUT', url: '/v1/callcenter_campaigns/{callCenterCampaign}/' },
			{ flow: campaignUpdate({ kind: KIND, parameter: 'callCenterCampaign', noun: 'call center campaign' }) },
		),
	},
];

export const callCenterCampaignDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['callCenterCampaign'] } },
		options: operations,
		default: 'getAll',
	},
	...withDisplayOptions(show(['addAgents', 'delete', 'duplicate', 'get', 'update']), [
		callhubLocator({
			name: 'callCenterCampaign',
			displayName: 'Call Center Campaign',
			urlSegment: 'callcenter_campaigns',
			searchListMethod: 'searchCallCenterCampaigns',
			description: 'The call center (phone banking) campaign to use',
		}),
	]),
	...withDisplayOptions(show(['update']), [
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					description: 'New name of the campaign',
					routing: { send: { type: 'body', property: 'name' } },
				},
				statusField(['abort', 'end', 'pause', 'start'], 'Start, pause, abort or end the campaign; an ended or aborted campaign cannot be started again. The node reads the campaign back and fails the item if CallHub reports another status.'),
			],
		},
		statusOptions,
	]),
	...build.fields,
	...withDisplayOptions(show(['getAll']), returnAllAndLimit()),
];
