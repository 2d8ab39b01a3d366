import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { callhubLocator } from '../../shared/descriptions';
import { withDisplayOptions } from '../../shared/displayOptions';
import type { Flow, OperationContext } from '../../shared/operation';
import { idParameter } from '../../shared/operation';
import { route } from '../../shared/route';
import { dateParameter } from './dates';
import { exportProducer } from './exportOutput';

const show = (operation: string[], more: IDataObject = {}) => ({ show: { resource: ['report'], operation, ...more } });

/** Which kind of campaign a report is about; each kind has its own picker. */
const CAMPAIGN_KINDS = {
	callCenter: { label: 'call center campaign', parameter: 'callCenterCampaign', fileStem: 'callhub-call-center' },
	voiceBroadcast: { label: 'voice broadcast', parameter: 'voiceBroadcast', fileStem: 'callhub-voice-broadcast' },
	smsCampaign: { label: 'SMS campaign', parameter: 'smsCampaign', fileStem: 'callhub-sms-campaign' },
} as const;
type CampaignKind = keyof typeof CAMPAIGN_KINDS;

function campaignOf(ctx: OperationContext): { kind: CampaignKind; id: string } {
	const kind = ctx.getNodeParameter('campaignType', 'callCenter') as CampaignKind;
	return { kind, id: idParameter(ctx, CAMPAIGN_KINDS[kind].parameter) };
}

/** The rows of a report answer: a bare list, a page's `results`, a `data`/`plot_data`/`usage` list, or one object. */
function rowsOf(body: unknown, keys: string[]): IDataObject[] {
	if (Array.isArray(body)) return body as IDataObject[];
	if (body === null || typeof body !== 'object') return body === null || body === undefined ? [] : [{ value: body } as IDataObject];
	for (const key of keys) {
		const rows = (body as IDataObject)[key];
		if (Array.isArray(rows)) return rows as IDataObject[];
	}
	return [body as IDataObject];
}

/**
 * `POST /v2/credits_usage/` with `start_date`/`end_date` as MM/DD/YYYY, `campaign_type` (1 SMS,
 * 3 Text2Join, 4 P2P, 5 call center, 6 voice broadcast) and `generate_csv` (callhub/callhub-mcp
 * src/callhub/users.py `get_credit_usage`; documented per its docs/PUBLIC_API_AUDIT.md C7). No client
 * shows the answer (the NestJS CallHub module names `voice_calls` and `voice_billsec` in it), so rows
 * are read from a list, `results`, `data` or `usage`, and a single object is one item.
 */
const creditsUsage: Flow = async function (request, send) {
	const campaignType = Number(this.getNodeParameter('creditCampaignType', 0));
	const body: IDataObject = {
		start_date: dateParameter(this, 'startDate', 'Start Date', 'MM/DD/YYYY'),
		end_date: dateParameter(this, 'endDate', 'End Date', 'MM/DD/YYYY'),
		...(campaignType ? { campaign_type: campaignType } : {}),
		generate_csv: false,
	};
	const answer = await send({ ...request, body, json: true });
	return rowsOf(answer.body, ['results', 'data', 'usage', 'credits_usage']);
};

/** `GET /v1/campaigns/{id}/stats?details=true` (callhub/callhub-mcp src/callhub/campaigns.py `getCampaignStatsAdvanced`). */
const campaignStats: Flow = async function (request, send) {
	const campaign = campaignOf(this);
	const answer = await send({ ...request, url: `/v1/campaigns/${campaign.id}/stats`, qs: { details: 'true' } });
	return rowsOf(answer.body, []).map((stats) => ({ campaign_id: campaign.id, ...stats }));
};

/**
 * `GET /v1/analytics/agent-leaderboard/?start_date=&end_date=` → `{plot_data: [{agent, teams, calls,
 * connecttime, talktime}]}`; dates as YYYY-MM-DD (jamesbrunet/callhub-python-wrapper callhub/callhub.py
 * `agent_leaderboard`, tests/tests_mock.py). One item per agent.
 */
const agentLeaderboard: Flow = async function (request, send) {
	const qs = {
		start_date: dateParameter(this, 'startDate', 'Start Date', 'YYYY-MM-DD'),
		end_date: dateParameter(this, 'endDate', 'End Date', 'YYYY-MM-DD'),
	};
	const answer = await send({ ...request, qs });
	return rowsOf(answer.body, ['plot_data', 'results', 'data']);
};

const exportCampaign = exportProducer((ctx) => {
	const campaign = campaignOf(ctx);
	const kind = CAMPAIGN_KINDS[campaign.kind];
	const what = `${kind.label} ${campaign.id}`;
	if (campaign.kind === 'callCenter') {
		return { what, campaignId: campaign.id, fileStem: kind.fileStem, request: { method: 'GET', url: `/v1/power_campaign/${campaign.id}/export/` }, postWhenRefused: true };
	}
	return { what, campaignId: campaign.id, fileStem: kind.fileStem, request: { method: 'GET', url: `/v1/campaigns/${campaign.id}/export`, qs: { format: 'csv' } } };
});

const exportSmsReport = exportProducer((ctx) => {
	const id = idParameter(ctx, 'smsCampaign');
	return {
		what: `SMS campaign ${id} (SMS report)`,
		campaignId: id,
		fileStem: 'callhub-sms-report',
		request: { method: 'GET', url: '/v1/sms_campaign/sms_report/export/', qs: { campaign_id: id } },
	};
});

const operations: INodePropertyOptions[] = [
	{
		name: 'Export Campaign Results',
		value: 'exportCampaignResults',
		action: 'Export campaign results',
		description: 'Export who was reached, dispositions and survey answers of a campaign, as a CSV file or one item per row (waits for CallHub to make the file)',
		routing: route({ method: 'GET', url: '/v1/campaigns/' }, { produce: exportCampaign }),
	},
	{
		name: 'Export SMS Report',
		value: 'exportSmsReport',
		action: 'Export an SMS campaign report',
		description: 'Export the messages of an SMS campaign and their delivery, as a CSV file or one item per row',
		routing: route({ method: 'GET', url: '/v1/sms_campaign/sms_report/export/' }, { produce: exportSmsReport }),
	},
	{
		name: 'Get Agent Leaderboard',
		value: 'getAgentLeaderboard',
		action: 'Get the agent leaderboard',
		description: 'Retrieve calls, connect time and talk time of each agent between two dates, one item per agent',
		routing: route({ method: 'GET', url: '/v1/analytics/agent-leaderboard/' }, { flow: agentLeaderboard }),
	},
	{
		name: 'Get Campaign Stats',
		value: 'getCampaignStats',
		action: 'Get campaign statistics',
		description: 'Retrieve the detailed statistics of a campaign (contacts reached, dispositions…)',
		routing: route({ method: 'GET', url: '/v1/campaigns/' }, { flow: campaignStats }),
	},
	{
		name: 'Get Credits Usage',
		value: 'getCreditsUsage',
		action: 'Get credits usage',
		description: 'Retrieve the credits the account used between two dates, optionally for one type of campaign; one item per row',
		routing: route({ method: 'POST', url: '/v2/credits_usage/' }, { flow: creditsUsage }),
	},
];

const CAMPAIGN_OPERATIONS = ['exportCampaignResults', 'getCampaignStats'];
const EXPORT_OPERATIONS = ['exportCampaignResults', 'exportSmsReport'];

const campaignLocators: INodeProperties[] = [
	...withDisplayOptions(show(CAMPAIGN_OPERATIONS, { campaignType: ['callCenter'] }), [
		callhubLocator({
			name: 'callCenterCampaign',
			displayName: 'Call Center Campaign',
			urlSegment: 'callcenter_campaigns',
			searchListMethod: 'searchCallCenterCampaigns',
			description: 'The call center (phone banking) campaign to report on',
		}),
	]),
	...withDisplayOptions(show(CAMPAIGN_OPERATIONS, { campaignType: ['voiceBroadcast'] }), [
		callhubLocator({
			name: 'voiceBroadcast',
			displayName: 'Voice Broadcast',
			urlSegment: 'voice_broadcasts',
			searchListMethod: 'searchVoiceBroadcasts',
			description: 'The voice broadcast campaign to report on',
		}),
	]),
	// The same picker twice: for the SMS report, and for the other operations when the type is SMS.
	...[show(['exportSmsReport']), show(CAMPAIGN_OPERATIONS, { campaignType: ['smsCampaign'] })].flatMap((displayOptions) =>
		withDisplayOptions(displayOptions, [
			callhubLocator({
				name: 'smsCampaign',
				displayName: 'SMS Campaign',
				urlSegment: 'sms_campaigns',
				searchListMethod: 'searchSmsCampaigns',
				description: 'The SMS (text broadcast) campaign to report on',
			}),
		]),
	),
];

const dateRange = (what: string): INodeProperties[] => [
	{
		displayName: 'Start Date',
		name: 'startDate',
		type: 'dateTime',
		required: true,
		default: '',
		description: `First day of the ${what} (CallHub reads whole days)`,
	},
	{
		displayName: 'End Date',
		name: 'endDate',
		type: 'dateTime',
		required: true,
		default: '',
		description: `Last day of the ${what}`,
	},
];

export const reportDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['report'] } },
		options: operations,
		default: 'exportCampaignResults',
	},
	...withDisplayOptions(show(CAMPAIGN_OPERATIONS), [
		{
			displayName: 'Campaign Type',
			name: 'campaignType',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Call Center Campaign', value: 'callCenter' },
				{ name: 'SMS Campaign', value: 'smsCampaign' },
				{ name: 'Voice Broadcast', value: 'voiceBroadcast' },
			],
			default: 'callCenter',
			description: 'The kind of campaign to report on',
		},
	]),
	...campaignLocators,
	...withDisplayOptions(show(['getCreditsUsage']), [
		...dateRange('period'),
		{
			displayName: 'Campaign Type',
			name: 'creditCampaignType',
			type: 'options',
			options: [
				{ name: 'All', value: 0 },
				{ name: 'Call Center', value: 5 },
				{ name: 'Peer-to-Peer Texting', value: 4 },
				{ name: 'SMS Broadcast', value: 1 },
				{ name: 'Text2Join', value: 3 },
				{ name: 'Voice Broadcast', value: 6 },
			],
			default: 0,
			description: 'Only the credits of this type of campaign',
		},
	]),
	...withDisplayOptions(show(['getAgentLeaderboard']), dateRange('leaderboard')),
	...withDisplayOptions(show(EXPORT_OPERATIONS), [
		{
			displayName: 'Output',
			name: 'output',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'File', value: 'file', description: 'One item with the CSV file (for Write to Disk, Google Drive, an email attachment…)' },
				{ name: 'Items', value: 'items', description: 'One item per row of the file, numbers as numbers and IDs and phone numbers as text' },
				{ name: 'Link', value: 'link', description: "Only the link to CallHub's file, without downloading it" },
			],
			default: 'file',
		},
		{
			displayName: 'Put Output File in Field',
			name: 'binaryPropertyName',
			type: 'string',
			default: 'data',
			displayOptions: { show: { output: ['file'] } },
			description: 'The name of the binary field to put the CSV file in',
		},
		{
			displayName: 'Options',
			name: 'exportOptions',
			type: 'collection',
			placeholder: 'Add option',
			default: {},
			options: [
				{
					displayName: 'File Name',
					name: 'fileName',
					type: 'string',
					default: '',
					description: "Name of the CSV file (default: CallHub's name, or e.g. callhub-call-center-(campaign ID)-(date).csv)",
				},
				{
					displayName: 'Max Wait (Seconds)',
					name: 'maxWait',
					type: 'number',
					typeOptions: { minValue: 1 },
					default: 300,
					description: 'How long to wait for CallHub to make the file before the item fails',
				},
				{
					displayName: 'Poll Interval (Seconds)',
					name: 'pollInterval',
					type: 'number',
					typeOptions: { minValue: 0.01, numberPrecision: 2 },
					default: 5,
					description: 'How often to ask CallHub whether the file is ready',
				},
			],
		},
	]),
];
