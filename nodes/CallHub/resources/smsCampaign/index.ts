import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { campaignUpdate, statusField, statusOptions, withStatusName } from '../../shared/campaignStatus';
import { callhubLocator, returnAllAndLimit } from '../../shared/descriptions';
import { withDisplayOptions } from '../../shared/displayOptions';
import { deleted } from '../../shared/output';
import { route } from '../../shared/route';
import * as create from './create';
import * as duplicate from './duplicate';

const show = (operation: string[]) => ({ show: { resource: ['smsCampaign'], operation } });

const operations: INodePropertyOptions[] = [
	create.option,
	duplicate.option,
	{
		name: 'Delete',
		value: 'delete',
		action: 'Delete an SMS campaign',
		description: 'Delete an SMS campaign',
		routing: route({ method: 'DELETE', url: '/v1/sms_campaigns/{smsCampaign}/' }, { output: [deleted] }),
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many SMS campaigns',
		description: 'Retrieve the SMS campaigns of the account, with their status',
		routing: route({ method: 'GET', url: '/v1/sms_campaigns/' }, { list: {}, output: [withStatusName('sms_campaigns')] }),
	},
	{
		name: 'Update',
		value: 'update',
		action: 'Change the status of an SMS campaign',
		description: 'Start, pause or end an SMS campaign',
		routing: route(
			{ method: 'PUT', url: '/v1/sms_campaigns/{smsCampaign}/' },
			{ flow: campaignUpdate({ kind: 'sms_campaigns', parameter: 'smsCampaign', noun: 'SMS campaign' }) },
		),
	},
];

export const smsCampaignDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['smsCampaign'] } },
		options: operations,
		default: 'getAll',
	},
	...create.fields,
	...withDisplayOptions(show(['delete', 'duplicate', 'update']), [
		callhubLocator({
			name: 'smsCampaign',
			displayName: 'SMS Campaign',
			urlSegment: 'sms_campaigns',
			searchListMethod: 'searchSmsCampaigns',
			description: 'The SMS (text broadcast) campaign to use',
		}),
	]),
	// CallHub's SMS campaigns take START, PAUSE and END (1, 2, 4); there is no ABORT.
	...withDisplayOptions(show(['update']), [
		{
			...statusField(
				['end', 'pause', 'start'],
				'Start, pause or end the campaign. CallHub refuses to start a campaign without contacts or caller ID, or while it awaits approval. The node reads the campaign back and fails the item if CallHub reports another status.',
			),
			required: true,
		},
		statusOptions,
	]),
	...withDisplayOptions(show(['getAll']), returnAllAndLimit()),
];
