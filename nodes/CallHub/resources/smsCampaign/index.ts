import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { campaignUpdate, statusField, statusOptions, withStatusName } from '../../shared/campaignStatus';
import { callhubLocator, returnAllAndLimit } from '../../shared/descriptions';
import { withDisplayOptions } from '../../shared/displayOptions';
import { deleted } from '../../shared/output';
import type { CallHubResponse } from '../../shared/errors';
import type { Flow } from '../../shared/operation';
import { route } from '../../shared/route';
import * as create from './create';
import * as duplicate from './duplicate';

/**
 * One SMS campaign: `GET /v2/sms_broadcast/{id}/` as CallHub's MCP reads it (callhub/callhub-mcp
 * src/callhub/sms_broadcasts.py; "Extended", i.e. undocumented, per its docs/API_REFERENCE.md). Should
 * that route be gone (404/405), the documented campaign's own URL, `/v1/sms_campaigns/{id}/` (where
 * PUT and DELETE live), is read instead. The id is the one asked for when the answer carries none.
 */
const getSmsCampaign: Flow = async function (request, send, path) {
	const missing = (response: CallHubResponse) => response.statusCode === 404 || response.statusCode === 405;
	let answer = await send(request, missing);
	if (missing(answer)) answer = await send({ ...request, url: `/v1/sms_campaigns/${path.smsCampaign}/` });
	const campaign = (answer.body ?? {}) as IDataObject;
	return { id: path.smsCampaign, ...campaign };
};

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
		name: 'Get',
		value: 'get',
		action: 'Get an SMS campaign',
		description: 'Retrieve an SMS campaign with its status and message',
		routing: route({ method: 'GET', url: '/v2/sms_broadcast/{smsCampaign}/' }, { flow: getSmsCampaign }),
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
	...withDisplayOptions(show(['delete', 'duplicate', 'get', 'update']), [
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
