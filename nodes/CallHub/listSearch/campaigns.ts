import type { ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';

import { allAsOptions, searchPage } from './search';

function campaignSearch(path: string) {
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		return await searchPage(
			this,
			path,
			(campaign) => ({ name: String(campaign.name ?? campaign.id), value: String(campaign.id), url: campaign.url as string }),
			filter,
			paginationToken,
			false,
		);
	};
}

export const searchCallCenterCampaigns = campaignSearch('/v1/callcenter_campaigns/');
export const searchVoiceBroadcasts = campaignSearch('/v1/voice_broadcasts/');
export const searchSmsCampaigns = campaignSearch('/v1/sms_campaigns/');
export const searchP2pCampaigns = campaignSearch('/v1/p2p_campaigns/');

/** Survey templates (`/v1/templates/`), named by their `label`. */
export async function searchSurveyTemplates(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchPage(
		this,
		'/v1/templates/',
		(template) => ({ name: String(template.label ?? template.name ?? template.id), value: String(template.id), url: template.url as string }),
		filter,
		paginationToken,
		false,
	);
}

export async function getSurveyTemplates(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await allAsOptions(this, '/v1/templates/', (template) => ({
		name: String(template.label ?? template.name ?? template.id),
		value: String(template.id),
	}));
}

export async function getVoiceBroadcastTemplates(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await allAsOptions(this, '/v1/vb_template/', (template) => ({
		name: String(template.label ?? template.id),
		value: String(template.id),
	}));
}
