import type { IDataObject } from 'n8n-workflow';

import { ID_PATTERN } from '../CallHub/shared/ids';
import type { Send } from '../CallHub/shared/transport';

/** Campaign ids given as a list, or as text separated by commas or spaces, each kept as its exact digits. */
export function campaignIdList(raw: unknown): string[] {
	const values = Array.isArray(raw) ? raw : String(raw ?? '').replace(/^\s*\[|\]\s*$/g, '').split(/[\s,;]+/);
	return [...new Set(values.map((value) => String(value).trim().replace(/^"|"$/g, '')).filter(Boolean))];
}

/**
 * The `id` query value of /v2/campaign-info/: a JSON array, as CallHub's own agent screen sends it
 * (`[1,2]`). Written from the digits, never through a JavaScript number, so 19-digit ids stay exact.
 */
export function campaignIdQuery(ids: string[]): string {
	const invalid = ids.find((id) => !ID_PATTERN.test(id));
	if (invalid !== undefined) throw new Error(`"${invalid}" is not a CallHub campaign ID`);
	return `[${ids.join(',')}]`;
}

/** The ids of the campaigns the agent is assigned to (GET /v2/agent-campaigns/). */
export async function assignedCampaignIds(send: Send): Promise<string[]> {
	const { body } = await send({ method: 'GET', url: '/v2/agent-campaigns/' });
	const campaigns = (body as IDataObject | null)?.campaigns;
	return Array.isArray(campaigns) ? campaigns.map((id) => String(id)) : [];
}

/** What CallHub says about these campaigns (GET /v2/campaign-info/?id=[...]). */
export async function campaignInfo(send: Send, ids: string[]): Promise<IDataObject[]> {
	if (ids.length === 0) return [];
	const { body } = await send({ method: 'GET', url: '/v2/campaign-info/', qs: { id: campaignIdQuery(ids) } });
	const info = (body as IDataObject | null)?.campaign_info;
	return Array.isArray(info) ? (info as IDataObject[]) : [];
}
