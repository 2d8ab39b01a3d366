import type { EmuRequest, Router } from '../http';
import { badRequest, bodyObject, created, notFound, ok } from '../http';
import { paginate } from '../pagination';
import { demoSeeds } from '../seed';
import type { AccountState, Json } from '../state';
import { agentOf } from './agentAccounts';
import { agents } from './agents';
import { phoneBookIds, phoneBooksNamed } from './campaigns';
import type { TextingCampaign } from './collectiveTexting';
import { createTextingCampaign, textingCampaigns } from './collectiveTexting';
import { surveyTemplates } from './surveyTemplates';

/**
 * Peer-to-peer texting campaigns as CallHub's MCP server manages them (callhub/callhub-mcp
 * src/callhub/p2p_campaigns.py): created at /v1/p2p_campaigns/, their status changed through the
 * "snowflake" endpoint, agents through /v2/collective_texting/{id}/agents/. They are the campaigns
 * agents text in (collectiveTexting.ts), so one store serves both sides.
 */
const STATUS_NAMES: Record<number, string> = { 1: 'Running', 2: 'Paused', 3: 'Aborted', 4: 'Ended' };
const ENDED = ['Aborted', 'Ended'];

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

function find(req: EmuRequest): TextingCampaign {
	return (textingCampaigns(req.state).get(req.params.id) ?? notFound()) as TextingCampaign;
}

function present(req: EmuRequest, campaign: TextingCampaign): Json {
	return {
		url: `${req.origin}/v1/p2p_campaigns/${campaign.id}/`,
		id: campaign.id,
		pk_str: campaign.id,
		name: campaign.name,
		status: campaign.status,
		agents: campaign.agents,
		...((campaign.details as Json | undefined) ?? {}),
	};
}

function questionsOf(state: AccountState, campaign: TextingCampaign): Json[] {
	const details = (campaign.details as Json | undefined) ?? {};
	const template = details.template_id ? surveyTemplates(state).get(String(details.template_id)) : undefined;
	const script = template?.questions ?? details.script;
	return (Array.isArray(script) ? (script as Json[]) : [])
		.filter((element) => isObject(element) && element.question !== undefined)
		.map((element, index) => ({ id: `${campaign.id}${index}`, question: element.question, type: element.type, choices: element.choices ?? [] }));
}

function agentIds(state: AccountState, body: Json): string[] {
	const list = body.agents;
	if (!Array.isArray(list) || list.length === 0) badRequest({ agents: ['This field is required.'] });
	const ids = (list as unknown[]).map(String);
	const unknown = ids.find((id) => !agents(state).has(id));
	if (unknown !== undefined) badRequest({ agents: [`Invalid pk "${unknown}" - object does not exist.`] });
	return ids;
}

export function registerP2pCampaigns(router: Router): void {
	router.get('/v1/p2p_campaigns/', (req) => paginate(req, [...textingCampaigns(req.state).values()].map((campaign) => present(req, campaign))));
	router.get('/v1/p2p_campaigns/:id/', (req) => ok(present(req, find(req))));
	router.post('/v1/p2p_campaigns/', (req) => {
		const body = bodyObject(req);
		const errors: Json = {};
		const name = typeof body.name === 'string' ? body.name.trim() : '';
		if (name === '') errors.name = ['This field is required.'];
		let phonebooks: string[] = [];
		try {
			phonebooks = phoneBookIds(req.state, body.phonebooks, 'phonebooks');
		} catch (error) {
			Object.assign(errors, (error as { body: Json }).body);
		}
		const numbers = isObject(body.callerid_options) ? body.callerid_options.numbers : undefined;
		if (!Array.isArray(numbers) || numbers.length === 0) errors.callerid_options = { numbers: ['This field is required.'] };
		const hasTemplate = body.template_id !== undefined && body.template_id !== null && body.template_id !== '';
		if (hasTemplate && body.script !== undefined) errors.non_field_errors = ['Send template_id or script, not both.'];
		if (hasTemplate && !surveyTemplates(req.state).has(String(body.template_id))) errors.template_id = [`Invalid pk "${String(body.template_id)}" - object does not exist.`];
		if (!hasTemplate && body.script === undefined) errors.non_field_errors = ['Either template_id or script is required.'];
		if (Object.keys(errors).length) badRequest(errors);
		const campaign = createTextingCampaign(req.state, { name, agents: [] });
		campaign.status = 'Paused';
		campaign.details = {
			phonebooks,
			callerid_options: body.callerid_options,
			...(hasTemplate ? { template_id: String(body.template_id) } : { script: body.script }),
			...(body.description !== undefined ? { description: body.description } : {}),
		};
		return created(present(req, campaign));
	});
	router.post('/v1/p2p_campaigns/:id/duplicate/', (req) => {
		const original = find(req);
		const copy = createTextingCampaign(req.state, { name: `${original.name} (copy)`, agents: [...original.agents] });
		copy.status = 'Paused';
		copy.details = { ...((original.details as Json | undefined) ?? {}) };
		return created(present(req, copy));
	});
	router.put('/v2/sms_campaign/snowflake/:id/', (req) => {
		const campaign = find(req);
		const status = Number(bodyObject(req).status);
		if (!STATUS_NAMES[status]) badRequest({ status: [`"${String(bodyObject(req).status)}" is not a valid choice.`] });
		if (ENDED.includes(campaign.status) && STATUS_NAMES[status] !== campaign.status) {
			badRequest({ status: ['This campaign has ended and cannot be changed. Duplicate it to run it again.'] });
		}
		campaign.status = STATUS_NAMES[status];
		return ok({ id: campaign.id, pk_str: campaign.id, name: campaign.name, status: campaign.status });
	});
	router.get('/v2/collective_texting/:id/agents/', (req) => {
		const campaign = find(req);
		return ok({ agents: campaign.agents.map((id) => ({ id, username: agents(req.state).get(id)?.username ?? null })) });
	});
	router.post('/v2/collective_texting/:id/agents/add/', (req) => {
		const campaign = find(req);
		const ids = agentIds(req.state, bodyObject(req));
		for (const id of ids) if (!campaign.agents.includes(id)) campaign.agents.push(id);
		return ok({ message: 'Agents added successfully' });
	});
	router.post('/v2/collective_texting/:id/agents/reassign/', (req) => {
		const campaign = find(req);
		const body = bodyObject(req);
		const from = String(body.from_agent ?? '');
		const to = String(body.to_agent ?? '');
		if (!campaign.agents.includes(from) || !agents(req.state).has(to)) badRequest({ detail: 'from_agent and to_agent must be agents of the campaign.' });
		let moved = 0;
		for (const subscriber of campaign.subscribers) {
			if (subscriber.agent_id === from) {
				subscriber.agent_id = to;
				moved++;
			}
		}
		if (!campaign.agents.includes(to)) campaign.agents.push(to);
		return ok({ reassigned: moved });
	});
	router.get('/v2/sms_campaign/snowflake/survey-list/', (req) =>
		ok({ data: [...textingCampaigns(req.state).values()].map((campaign) => ({ campaign_id: campaign.id, questions: questionsOf(req.state, campaign) })) }),
	);
	router.get('/v2/sms_campaign/snowflake/survey-list/:id/', (req) => {
		const campaign = find(req);
		return ok({ data: [{ campaign_id: campaign.id, questions: questionsOf(req.state, campaign) }] });
	});
	router.get(
		'/v2/collective_texting/campaigns/:campaign/questions/',
		(req) => {
			const agent = agentOf(req);
			const campaign = textingCampaigns(req.state).get(req.params.campaign);
			if (!campaign || !campaign.agents.includes(agent.id)) notFound();
			return ok(questionsOf(req.state, campaign as TextingCampaign));
		},
		'agent',
	);
}

demoSeeds.push((state) => {
	const campaign = createTextingCampaign(state, { name: 'Early vote texting', agents: [] });
	campaign.status = 'Paused';
	campaign.details = { phonebooks: phoneBooksNamed(state, 'Members'), callerid_options: { numbers: ['14155550000'] }, script: [{ type: 12, script_text: 'Hi {first_name}!' }] };
});
