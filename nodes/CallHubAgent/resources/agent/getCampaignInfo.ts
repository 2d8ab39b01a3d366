import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { withDisplayOptions } from '../../../CallHub/shared/displayOptions';
import { ID_PATTERN } from '../../../CallHub/shared/ids';
import type { Flow } from '../../../CallHub/shared/operation';
import { assignedCampaignIds, campaignIdList, campaignInfo } from '../../campaignIds';
import { idsAsStrings } from '../../output';
import { route } from '../../route';

/** Several campaigns in one request; without IDs, every campaign the agent is assigned to. */
const readCampaignInfo: Flow = async function (_request, send) {
	const given = campaignIdList(this.getNodeParameter('campaignIds', ''));
	const invalid = given.find((id) => !ID_PATTERN.test(id));
	if (invalid !== undefined) {
		throw new NodeOperationError(this.getNode(), `The Campaign IDs parameter has "${invalid}", which is not a CallHub ID`, {
			description: 'Give campaign IDs (digits only) separated by commas, e.g. 3966566468442653936, 3966566468442661855, or leave it empty for all of the agent\'s campaigns.',
			itemIndex: this.getItemIndex(),
		});
	}
	return await campaignInfo(send, given.length ? given : await assignedCampaignIds(send));
};

export const option: INodePropertyOptions = {
	name: 'Get Campaign Info',
	value: 'getCampaignInfo',
	action: 'Get campaign info',
	description: "Retrieve name, status, script and phone books of several of the agent's campaigns at once",
	routing: route({ method: 'GET', url: '/v2/campaign-info/' }, { flow: readCampaignInfo, output: [idsAsStrings('phonebook')] }),
};

export const fields: INodeProperties[] = withDisplayOptions({ show: { resource: ['agent'], operation: ['getCampaignInfo'] } }, [
	{
		displayName: 'Campaign IDs',
		name: 'campaignIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. 3966566468442653936, 3966566468442661855',
		description:
			'IDs of the campaigns, separated by commas (or a list from an expression, e.g. the campaigns of Get Assigned Campaigns). Leave empty for every campaign the agent is assigned to.',
	},
]);
