import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { byName } from '../../CallHub/shared/descriptions';
import { ID_PATTERN, normaliseIds } from '../../CallHub/shared/ids';
import { collectPages } from '../../CallHub/shared/pagination';
import type { Send } from '../../CallHub/shared/transport';
import { sender } from '../../CallHub/shared/transport';
import { assignedCampaignIds, campaignInfo } from '../campaignIds';
import { AGENT_CREDENTIAL } from '../route';

function agentSender(ctx: ILoadOptionsFunctions): Send {
	return sender(ctx, { ...AGENT_CREDENTIAL, maxRateLimitWaitSeconds: 10 });
}

function sortedByName(options: INodePropertyOptions[]): INodePropertyOptions[] {
	return options.sort(byName((option) => option.name));
}

/** The call-center campaigns the agent is assigned to, by name. */
export async function getCampaigns(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const send = agentSender(this);
	const campaigns = normaliseIds(await campaignInfo(send, await assignedCampaignIds(send)));
	return sortedByName(
		campaigns.map((campaign) => ({
			name: String(campaign.name ?? campaign.id),
			value: String(campaign.id),
			description: campaign.status ? `${String(campaign.status)} campaign ${String(campaign.id)}` : undefined,
		})),
	);
}

/** The survey questions of the chosen campaign's script. */
export async function getScriptQuestions(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const campaign = String(this.getCurrentNodeParameter('campaign') ?? '').trim();
	if (!ID_PATTERN.test(campaign)) return [];
	const { body } = await agentSender(this)({ method: 'GET', url: `/v2/script-sections/${campaign}/` });
	const sections = (body as IDataObject | null)?.script_sections;
	return (Array.isArray(sections) ? normaliseIds(sections as IDataObject[]) : [])
		.filter((section) => section.type === undefined || section.type === 'question')
		.map((section) => ({
			name: String(section.title ?? section.content ?? section.id),
			value: String(section.id),
			description: Array.isArray(section.choices) ? `Choices: ${section.choices.join(', ')}` : undefined,
		}));
}

/** The collective texting campaigns the agent texts in, by name. */
export async function getTextingCampaigns(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const campaigns = normaliseIds(await collectPages(agentSender(this), { method: 'GET', url: '/v2/collective_texting/campaigns/' }));
	return sortedByName(campaigns.map((campaign) => ({ name: String(campaign.name ?? campaign.id), value: String(campaign.id) })));
}
