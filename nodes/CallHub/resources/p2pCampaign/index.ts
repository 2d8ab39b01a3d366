import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { agentsField, sendAgents } from '../../shared/agentIds';
import { answerRecord, listAnswer } from '../../shared/answers';
import { callhubLocator, returnAllAndLimit } from '../../shared/descriptions';
import { withDisplayOptions } from '../../shared/displayOptions';
import { ID_PATTERN } from '../../shared/ids';
import { jsonParameter } from '../../shared/jsonParameter';
import type { Flow, Prepare } from '../../shared/operation';
import { route } from '../../shared/route';
import { fail } from '../../shared/fail';
import { createFields, sendP2pCampaign } from './create';
import { campaignUpdate, statusField, statusOptions } from '../../shared/campaignStatus';

// Every endpoint here is as CallHub's MCP server calls it: callhub/callhub-mcp src/callhub/p2p_campaigns.py
// and src/callhub/constants.py (docs/API_REFERENCE.md, "P2P (Peer-to-Peer Texting)").

const show = (operation: string[]) => ({ show: { resource: ['p2pCampaign'], operation } });

/** Survey list of one campaign (`survey-list/{id}/`) or of the account (`survey-list/`). */
const surveysOf: Prepare = async function (request) {
	const campaign = String(this.getNodeParameter('options.p2pCampaignId', '') ?? '').trim();
	if (campaign === '') return request;
	if (!ID_PATTERN.test(campaign)) {
		fail(this, `The P2P Campaign ID option "${campaign.slice(0, 80)}" is not a valid CallHub ID`, 'CallHub IDs are made of digits only, e.g. 3966566468442653936; leave it empty for the surveys of every P2P campaign.');
	}
	return { ...request, url: `/v2/sms_campaign/snowflake/survey-list/${campaign}/` };
};

/** The reassignment sent as it is: no client shows its fields (the MCP server passes its `reassignData` through). */
const reassign: Flow = async function (request, send, path) {
	const body = jsonParameter(this, 'reassignment', 'Reassignment', 'object', '{"from_agent": "3966566468442653936", "to_agent": "3966566468442661855"}') as IDataObject;
	const response = await send({ ...request, body });
	return answerRecord(response.body, { p2p_campaign_id: path.p2pCampaign, reassigned: true });
};

const operations: INodePropertyOptions[] = [
	{
		name: 'Add Agents',
		value: 'addAgents',
		action: 'Add agents to a P2P campaign',
		description: 'Assign agents to text in a P2P campaign',
		routing: route({ method: 'POST', url: '/v2/collective_texting/{p2pCampaign}/agents/add/' }, { flow: sendAgents('p2p_campaign_id', 'p2pCampaign') }),
	},
	{
		name: 'Create',
		value: 'create',
		action: 'Create a P2P campaign',
		description: 'Create a peer-to-peer texting campaign from a survey template or a script; add agents, then start it with Update Status',
		routing: route({ method: 'POST', url: '/v1/p2p_campaigns/' }, { prepare: [sendP2pCampaign] }),
	},
	{
		name: 'Duplicate',
		value: 'duplicate',
		action: 'Duplicate a P2P campaign',
		description: 'Make a copy of a P2P campaign (e.g. to run an ended one again)',
		routing: route({ method: 'POST', url: '/v1/p2p_campaigns/{p2pCampaign}/duplicate/' }),
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get a P2P campaign',
		description: 'Retrieve a P2P campaign',
		routing: route({ method: 'GET', url: '/v1/p2p_campaigns/{p2pCampaign}/' }),
	},
	{
		name: 'Get Agents',
		value: 'getAgents',
		action: 'Get the agents of a P2P campaign',
		description: 'Retrieve the agents who text in a P2P campaign',
		routing: route({ method: 'GET', url: '/v2/collective_texting/{p2pCampaign}/agents/' }, { flow: listAnswer('agents') }),
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many P2P campaigns',
		description: 'Retrieve the peer-to-peer texting campaigns of the account',
		routing: route({ method: 'GET', url: '/v1/p2p_campaigns/' }, { list: {} }),
	},
	{
		name: 'Get Surveys',
		value: 'getSurveys',
		action: 'Get the surveys of P2P campaigns',
		description: 'Retrieve the survey questions of P2P campaigns, or of one',
		routing: route({ method: 'GET', url: '/v2/sms_campaign/snowflake/survey-list/' }, { prepare: [surveysOf], flow: listAnswer('surveys') }),
	},
	{
		name: 'Reassign Agents',
		value: 'reassignAgents',
		action: 'Reassign agents of a P2P campaign',
		description: "Move conversations between a P2P campaign's agents",
		routing: route({ method: 'POST', url: '/v2/collective_texting/{p2pCampaign}/agents/reassign/' }, { flow: reassign }),
	},
	{
		name: 'Update Status',
		value: 'updateStatus',
		action: 'Start, pause or end a P2P campaign',
		description: 'Start, pause, abort or end a P2P campaign',
		// Status codes as callhub-mcp documents them for this endpoint (src/callhub/p2p_campaigns.py:
		// 1 start, 2 pause, 3 abort, 4 end); the campaign is read back at GET /v1/p2p_campaigns/{id}/.
		routing: route(
			{ method: 'PUT', url: '/v2/sms_campaign/snowflake/{p2pCampaign}/' },
			{
				flow: campaignUpdate({
					kind: 'p2p_campaigns',
					parameter: 'p2pCampaign',
					noun: 'P2P campaign',
					readPath: (id) => `/v1/p2p_campaigns/${id}/`,
				}),
			},
		),
	},
];

export const p2pCampaignDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['p2pCampaign'] } },
		options: operations,
		default: 'getAll',
	},
	...createFields,
	...withDisplayOptions(show(['addAgents', 'duplicate', 'get', 'getAgents', 'reassignAgents', 'updateStatus']), [
		callhubLocator({
			name: 'p2pCampaign',
			displayName: 'P2P Campaign',
			urlSegment: 'p2p_campaigns',
			searchListMethod: 'searchP2pCampaigns',
			description: 'The peer-to-peer texting campaign to use',
		}),
	]),
	...withDisplayOptions(show(['updateStatus']), [
		{
			...statusField(
				['abort', 'end', 'pause', 'start'],
				'Start, pause, abort or end the campaign; an ended or aborted campaign cannot be started again (duplicate it instead). The node reads the campaign back and fails the item if CallHub reports another status.',
			),
			required: true,
		},
		statusOptions,
	]),
	...withDisplayOptions(show(['addAgents']), [agentsField]),
	...withDisplayOptions(show(['reassignAgents']), [
		{
			displayName: 'Reassignment',
			name: 'reassignment',
			type: 'json',
			required: true,
			default: '{}',
			description: "Which conversations go to which agent, sent to CallHub as it is (CallHub's collective texting reassign API)",
		},
	]),
	...withDisplayOptions(show(['getSurveys']), [
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'P2P Campaign ID',
					name: 'p2pCampaignId',
					type: 'string',
					default: '',
					placeholder: 'e.g. 3966566468442653936',
					description: 'Only the surveys of this P2P campaign',
				},
			],
		},
	]),
	...withDisplayOptions(show(['getAll']), returnAllAndLimit()),
];
