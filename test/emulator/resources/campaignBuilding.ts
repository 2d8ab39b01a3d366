import type { EmuRequest, Router } from '../http';
import { badRequest, bodyObject, created, notFound, ok, required } from '../http';
import type { AccountState, Json } from '../state';
import { now } from '../state';
import { agents } from './agents';
import type { Campaign, CampaignKind } from './campaigns';
import { addCampaign, campaigns, campaignUrl, phoneBookIds, presentCampaign, STATUS } from './campaigns';
import { addVoiceBroadcastTemplate } from './voiceBroadcasts';

/**
 * Building campaigns from others and from templates, as CallHub's MCP server does
 * (callhub/callhub-mcp src/callhub/vb_campaigns.py, sms_broadcasts.py, campaigns.py): duplicates of
 * voice broadcasts, SMS broadcasts and call center ("power") campaigns, call center campaigns created
 * with their script and staffed with agents, voice broadcast templates; and contact notes written
 * with the account key (docs/API_REFERENCE.md `addContactNotes`).
 */

function find(req: EmuRequest, kind: CampaignKind, id = req.params.id): Campaign {
	return campaigns(req.state, kind).get(id) ?? notFound();
}

function presented(req: EmuRequest, kind: CampaignKind, campaign: Campaign): Json {
	return { ...presentCampaign(req, kind, campaign), id: campaign.id, pk_str: campaign.id, phonebooks: campaign.phonebooks, ...campaign.details };
}

/** A copy starts paused, named like the original, with its phone books unless others are given. */
function copyOf(state: AccountState, kind: CampaignKind, original: Campaign, fields: Partial<Campaign> = {}): Campaign {
	return addCampaign(state, kind, {
		name: `${original.name} (copy)`,
		phonebooks: [...original.phonebooks],
		frequency: original.frequency,
		callerid: original.callerid,
		details: { ...original.details },
		...fields,
		status: STATUS.PAUSE,
	});
}

function scriptOf(value: unknown): Json[] {
	if (!Array.isArray(value) || value.length === 0) badRequest({ script: ['Script must be a non-empty array of script elements.'] });
	(value as unknown[]).forEach((element, index) => {
		const entry = (element ?? {}) as Json;
		if (typeof element !== 'object' || entry.type === undefined) badRequest({ script: [`Element ${index + 1} has no "type".`] });
		if (Number(entry.type) === 1 && (!Array.isArray(entry.choices) || entry.choices.length === 0)) badRequest({ script: [`Element ${index + 1} (type 1) needs choices.`] });
	});
	return value as Json[];
}

export function registerCampaignBuilding(router: Router): void {
	// Voice broadcasts: duplicate; no client shows a body, so `phonebooks` is taken when sent.
	router.post('/v1/vb_campaign/:id/duplicate/', (req) => {
		const original = find(req, 'voice_broadcasts');
		const body = bodyObject(req);
		const phonebooks = body.phonebooks === undefined || req.variants.is('vb-duplicate-ignores-phonebooks') ? undefined : phoneBookIds(req.state, body.phonebooks, 'phonebooks');
		return created(presented(req, 'voice_broadcasts', copyOf(req.state, 'voice_broadcasts', original, phonebooks ? { phonebooks } : {})));
	});
	router.post('/v1/vb_template/', (req) => {
		const body = bodyObject(req);
		const label = required(body, 'label');
		const live = (body.live_message ?? {}) as Json;
		if (typeof live !== 'object' || String(live.audiofile ?? '').trim() === '') badRequest({ live_message: { audiofile: ['This field is required.'] } });
		if (body.transfers !== undefined && body.transfers !== null && !Array.isArray(body.transfers)) badRequest({ transfers: ['Expected a list of items.'] });
		const template = addVoiceBroadcastTemplate(req.state, label);
		template.audiofile = String(live.audiofile);
		return created({
			url: `${req.origin}/v1/vb_template/${template.id}/`,
			id: template.id,
			pk_str: template.id,
			label,
			live_message: { audiofile: template.audiofile },
			transfers: body.transfers ?? [],
			dnc_option: body.dnc_option ?? null,
		});
	});
	// SMS broadcasts: the MCP server's path form (the documented `/v2/sms_broadcast/duplicate/` is not served).
	router.post('/v2/sms_broadcast/:id/duplicate/', (req) => created(presented(req, 'sms_campaigns', copyOf(req.state, 'sms_campaigns', find(req, 'sms_campaigns')))));

	// Call center ("power") campaigns.
	router.post('/v1/power_campaign/create/', (req) => {
		const body = bodyObject(req);
		const name = required(body, 'name');
		const phonebooks = phoneBookIds(req.state, body.phonebook_ids, 'phonebook_ids');
		const callerid = required(body, 'callerid');
		const script = scriptOf(body.script);
		const { name: _name, phonebook_ids: _books, callerid: _caller, script: _script, ...options } = body;
		const campaign = addCampaign(req.state, 'callcenter_campaigns', { name, phonebooks, callerid, details: { script, ...options } });
		return created({ ...presented(req, 'callcenter_campaigns', campaign), url: campaignUrl(req.origin, 'callcenter_campaigns', campaign.id) });
	});
	router.post('/v1/power_campaign/duplicate/', (req) => {
		const body = bodyObject(req);
		const original = find(req, 'callcenter_campaigns', required(body, 'campaign_id'));
		const phonebooks = phoneBookIds(req.state, body.phonebook_ids, 'phonebook_ids');
		if (body.assign_all_agents === undefined) badRequest({ assign_all_agents: ['This field is required.'] });
		const name = body.name === undefined ? undefined : String(body.name);
		const copy = copyOf(req.state, 'callcenter_campaigns', original, { phonebooks, ...(name ? { name } : {}) });
		copy.details = { ...copy.details, assign_all_agents: body.assign_all_agents === true || body.assign_all_agents === 'true' };
		return created(presented(req, 'callcenter_campaigns', copy));
	});
	router.post('/v1/power_campaign/:id/agents/add/', (req) => {
		const campaign = find(req, 'callcenter_campaigns');
		const list = bodyObject(req).agents;
		if (!Array.isArray(list) || list.length === 0) badRequest({ agents: ['This field is required.'] });
		const ids = (list as unknown[]).map(String);
		const unknown = ids.find((id) => !agents(req.state).has(id));
		if (unknown !== undefined) badRequest({ agents: [`Invalid pk "${unknown}" - object does not exist.`] });
		const assigned = new Set([...((campaign.details.agents as string[] | undefined) ?? []), ...ids]);
		campaign.details = { ...campaign.details, agents: [...assigned] };
		return ok({ success: true, agents: [...assigned] });
	});

	// Contact notes with the account key: no trailing slash, as the MCP server lists it.
	router.post('/v2/contact-notes/:contact', (req) => {
		if (!req.state.contacts.has(req.params.contact)) notFound();
		const notes = required(bodyObject(req), 'notes');
		const note = { id: req.state.newId(), contact: req.params.contact, agent: null, notes, created_date: now() };
		req.state.collection<Json & { id: string }>('contactNotes').set(note.id, note);
		return created({ id: note.id, contact_id: note.contact, notes, created_date: note.created_date });
	});
}
