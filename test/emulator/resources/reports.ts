import type { EmuRequest, Router } from '../http';
import { badRequest, bodyObject, HttpError, notFound, ok } from '../http';
import { demoSeeds } from '../seed';
import type { AccountState, Json } from '../state';
import type { Campaign, CampaignKind } from './campaigns';
import { campaigns } from './campaigns';

/**
 * CallHub's reporting endpoints, shaped as its clients read them (sources in
 * nodes/CallHub/resources/report/): credits usage, campaign stats, exports (a CSV answered at once,
 * a job polled until ready, a link), the SMS report and the agent leaderboard.
 *
 * Where no client shows an answer (credits usage, stats, the CSV columns) the emulator picks one
 * plausible shape; the node's tests put the others in place with faults.
 */

export interface ResultRow {
	contact_id: string;
	first_name: string;
	last_name: string;
	phone_number: string;
	disposition: string;
	agent: string;
	call_date: string;
	duration_seconds: number;
	survey_answer: string;
	notes: string;
}

export interface ExportBehaviour {
	/** Polls a job answers PENDING/PROGRESS before it is done. */
	polls: number;
	/** success; failure (state FAILURE); never (stays PROGRESS); badCode (SUCCESS with data.code 500). */
	outcome: 'success' | 'failure' | 'never' | 'badCode';
}

interface ExportJob extends Json {
	id: string;
	csv: string;
	pollsLeft: number;
	polls: number;
	outcome: ExportBehaviour['outcome'];
}

const KINDS: CampaignKind[] = ['callcenter_campaigns', 'voice_broadcasts', 'sms_campaigns'];

function settings(state: AccountState): ExportBehaviour {
	return (state.collection<Json>('report_settings').get('export') as unknown as ExportBehaviour | undefined) ?? { polls: 2, outcome: 'success' };
}

/** How the next export jobs behave (tests: a job that needs polls, one that fails, one never ready). */
export function setExportBehaviour(state: AccountState, behaviour: ExportBehaviour): void {
	state.collection<Json>('report_settings').set('export', behaviour as unknown as Json);
}

/** The result rows of a campaign: set by a test or the demo, else one per contact of its phone books. */
export function campaignResults(state: AccountState, campaign: Campaign): ResultRow[] {
	if (Array.isArray(campaign.details.results)) return campaign.details.results as unknown as ResultRow[];
	const rows: ResultRow[] = [];
	const dispositions = ['Supporter', 'Undecided', 'Not home', 'Wrong number'];
	// UTC days: every fourth call was two days ago, the others yesterday.
	const daysAgo = (days: number) => new Date(Date.now() - days * 86400000).toISOString().slice(0, 10);
	for (const bookId of campaign.phonebooks) {
		for (const contactId of state.phoneBooks.get(bookId)?.contacts ?? []) {
			const contact = state.contacts.get(contactId);
			if (!contact) continue;
			const index = rows.length;
			rows.push({
				contact_id: contact.id,
				first_name: String(contact.first_name ?? ''),
				last_name: String(contact.last_name ?? ''),
				phone_number: contact.contact,
				disposition: dispositions[index % dispositions.length],
				agent: index % 2 === 0 ? 'ada_volunteer' : 'grace_caller',
				call_date: `${daysAgo(index % 4 === 3 ? 2 : 1)} ${String(9 + (index % 8)).padStart(2, '0')}:15:00`,
				duration_seconds: 30 + index * 7,
				survey_answer: index % 3 === 0 ? 'Yes' : 'No',
				notes: '',
			});
		}
	}
	return rows;
}

export function setCampaignResults(campaign: Campaign, rows: ResultRow[]): void {
	campaign.details.results = rows as unknown as Json[];
}

function csvCell(value: unknown): string {
	const text = value === null || value === undefined ? '' : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV as CallHub's exports are read: a header row, CRLF line ends, quoted where needed. */
export function toCsv(rows: object[], header: string[] = rows.length ? Object.keys(rows[0]) : []): string {
	const lines = [header.join(',')];
	for (const row of rows) lines.push(header.map((key) => csvCell((row as Record<string, unknown>)[key])).join(','));
	return `${lines.join('\r\n')}\r\n`;
}

function findCampaign(state: AccountState, id: string, kinds: CampaignKind[] = KINDS): Campaign {
	for (const kind of kinds) {
		const campaign = campaigns(state, kind).get(id);
		if (campaign) return campaign;
	}
	return notFound();
}

const csvAnswer = (csv: string, fileName: string) => ({
	status: 200,
	headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${fileName}"` },
	raw: csv,
});

function startJob(req: EmuRequest, csv: string): ExportJob {
	const behaviour = settings(req.state);
	const job: ExportJob = { id: req.state.newId(), csv, pollsLeft: behaviour.polls, polls: 0, outcome: behaviour.outcome };
	req.state.collection<ExportJob>('export_jobs').set(job.id, job);
	return job;
}

/** The file of a finished job, at a link shaped like the one the NestJS module's test shows (`…/abc==/results.csv`). */
function fileUrl(req: EmuRequest, job: ExportJob): string {
	return `${req.origin}/v1/exports/api/${Buffer.from(job.id).toString('base64')}/results.csv`;
}

function pollJob(req: EmuRequest, job: ExportJob): Json {
	job.polls++;
	if (job.outcome === 'never' || job.pollsLeft > 0) {
		job.pollsLeft--;
		const total = 1000;
		const current = job.outcome === 'never' ? 500 : Math.round(total * (job.polls / (job.polls + job.pollsLeft + 1)));
		return job.polls === 1 ? { state: 'PENDING' } : { state: 'PROGRESS', data: { current, total } };
	}
	if (job.outcome === 'failure') return { state: 'FAILURE', data: { message: 'The export could not be generated.' } };
	if (job.outcome === 'badCode') return { state: 'SUCCESS', data: { url: fileUrl(req, job), code: 500 } };
	return { state: 'SUCCESS', data: { url: fileUrl(req, job), code: 200 } };
}

function usDate(text: unknown, field: string): Date {
	const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(String(text ?? ''));
	if (!match) badRequest({ [field]: ['Date has wrong format. Use one of these formats instead: MM/DD/YYYY.'] });
	return new Date(Date.UTC(Number(match![3]), Number(match![1]) - 1, Number(match![2])));
}

function isoDate(text: string | null, field: string): string {
	if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) badRequest({ [field]: ['Enter a valid date (YYYY-MM-DD).'] });
	return text!;
}

const CAMPAIGN_TYPES: Record<number, string> = { 1: 'SMS', 3: 'Text2Join', 4: 'P2P', 5: 'CallCentre', 6: 'Voice' };

export function registerReports(router: Router): void {
	// POST /v2/credits_usage/ {start_date, end_date (MM/DD/YYYY), campaign_type?, generate_csv}: one row per day and type.
	router.post('/v2/credits_usage/', (req) => {
		const body = bodyObject(req);
		const from = usDate(body.start_date, 'start_date');
		const to = body.end_date === undefined ? from : usDate(body.end_date, 'end_date');
		if (to < from) badRequest({ end_date: ['End date must be on or after the start date.'] });
		const type = body.campaign_type === undefined ? undefined : Number(body.campaign_type);
		if (type !== undefined && !CAMPAIGN_TYPES[type]) badRequest({ campaign_type: [`"${String(body.campaign_type)}" is not a valid choice.`] });
		const results: Json[] = [];
		for (let day = from.getTime(), index = 0; day <= to.getTime() && index < 366; day += 86400000, index++) {
			const date = new Date(day);
			const text = `${String(date.getUTCMonth() + 1).padStart(2, '0')}/${String(date.getUTCDate()).padStart(2, '0')}/${date.getUTCFullYear()}`;
			for (const kind of type === undefined ? [1, 5, 6] : [type]) {
				results.push({
					date: text,
					campaign_type: kind,
					campaign_type_name: CAMPAIGN_TYPES[kind],
					credits_used: Number((1.25 * (index + 1) * kind).toFixed(2)),
					...(kind === 6 ? { voice_calls: 10 + index, voice_billsec: 600 + index * 30 } : {}),
					...(kind === 1 ? { sms_sent: 40 + index } : {}),
				});
			}
		}
		return ok({ start_date: body.start_date, end_date: body.end_date ?? body.start_date, results });
	});

	// GET /v1/campaigns/{id}/stats?details=true (any kind of campaign).
	router.get('/v1/campaigns/:id/stats', (req) => {
		const campaign = findCampaign(req.state, req.params.id);
		const rows = campaignResults(req.state, campaign);
		const count = (disposition: string) => rows.filter((row) => row.disposition === disposition).length;
		const stats: Json = {
			name: campaign.name,
			status: campaign.status,
			total_contacts: rows.length,
			contacts_reached: rows.filter((row) => row.disposition !== 'Not home').length,
			total_talk_time: rows.reduce((sum, row) => sum + row.duration_seconds, 0),
		};
		if (/^true$/i.test(req.query.get('details') ?? '')) {
			stats.details = { dispositions: Object.fromEntries([...new Set(rows.map((row) => row.disposition))].map((name) => [name, count(name)])) };
		}
		return ok(stats);
	});

	// GET /v1/campaigns/{id}/export?format=csv: answered with the CSV at once.
	router.get('/v1/campaigns/:id/export', (req) => {
		if ((req.query.get('format') ?? 'csv') !== 'csv') badRequest({ format: ['Only csv is supported.'] });
		const campaign = findCampaign(req.state, req.params.id);
		return csvAnswer(toCsv(campaignResults(req.state, campaign)), `campaign_${campaign.id}_export.csv`);
	});

	// The call center export: GET answers a job id (the MCP), POST 202 with a polling_url (the python wrapper).
	router.get('/v1/power_campaign/:id/export/', (req) => {
		const job = startJob(req, toCsv(campaignResults(req.state, findCampaign(req.state, req.params.id, ['callcenter_campaigns']))));
		return ok({ job_id: job.id, state: 'PENDING' });
	});
	router.post('/v1/power_campaign/:id/export/', (req) => {
		const job = startJob(req, toCsv(campaignResults(req.state, findCampaign(req.state, req.params.id, ['callcenter_campaigns']))));
		return ok({ polling_url: `${req.origin}/v1/export_data/export_${job.id}/` }, 202);
	});
	router.get('/v1/export_data/:job/', (req) => {
		const match = /^export_(.+)$/.exec(req.params.job);
		const job = match ? req.state.collection<ExportJob>('export_jobs').get(match[1]) : undefined;
		if (!job) throw new HttpError(404, { detail: 'Not found.' });
		return ok(pollJob(req, job));
	});
	router.get('/v1/exports/api/:token/results.csv', (req) => {
		const job = req.state.collection<ExportJob>('export_jobs').get(Buffer.from(req.params.token, 'base64').toString('utf8'));
		if (!job || job.outcome !== 'success') return notFound();
		return csvAnswer(job.csv, 'results.csv');
	});

	// GET /v1/sms_campaign/sms_report/export/?campaign_id=: answered with a link to the finished file.
	router.get('/v1/sms_campaign/sms_report/export/', (req) => {
		const id = req.query.get('campaign_id');
		if (!id) badRequest({ campaign_id: ['This field is required.'] });
		const campaign = findCampaign(req.state, id!, ['sms_campaigns']);
		const rows = campaignResults(req.state, campaign).map((row, index) => ({
			contact_id: row.contact_id,
			phone_number: row.phone_number,
			first_name: row.first_name,
			message: `Hi ${row.first_name}, join us on Saturday!`,
			status: index % 5 === 4 ? 'failed' : 'delivered',
			sent_at: row.call_date,
			reply: index % 3 === 0 ? 'YES' : '',
		}));
		const job = startJob(req, toCsv(rows));
		job.pollsLeft = 0;
		job.outcome = 'success';
		return ok({ state: 'SUCCESS', data: { url: fileUrl(req, job), code: 200 } });
	});

	// GET /v1/analytics/agent-leaderboard/?start_date=&end_date= (YYYY-MM-DD) → {plot_data: [...]}.
	router.get('/v1/analytics/agent-leaderboard/', (req) => {
		const from = isoDate(req.query.get('start_date'), 'start_date');
		const to = isoDate(req.query.get('end_date'), 'end_date');
		const byAgent = new Map<string, Json>();
		for (const campaign of campaigns(req.state, 'callcenter_campaigns').values()) {
			for (const row of campaignResults(req.state, campaign)) {
				const day = row.call_date.slice(0, 10);
				if (day < from || day > to) continue;
				const entry = byAgent.get(row.agent) ?? { agent: row.agent, teams: ['Volunteers'], calls: 0, connecttime: 0, talktime: 0 };
				entry.calls = Number(entry.calls) + 1;
				entry.connecttime = Number(entry.connecttime) + row.duration_seconds + 5;
				entry.talktime = Number(entry.talktime) + row.duration_seconds;
				byAgent.set(row.agent, entry);
			}
		}
		return ok({ plot_data: [...byAgent.values()] });
	});
}

/** Demo results with what CSVs get wrong: 19-digit ids, quotes, commas and line breaks in cells, non-ASCII names. */
demoSeeds.push((state) => {
	const campaign = [...campaigns(state, 'callcenter_campaigns').values()].find((candidate) => candidate.name === 'Spring phone bank');
	if (!campaign) return;
	const rows = campaignResults(state, campaign);
	const tricky = [
		{ first_name: 'José', last_name: 'Ñúñez', notes: 'Said "call back", after 6pm' },
		{ first_name: '山田', last_name: '太郎', notes: 'Line one\nline two' },
		{ first_name: 'Zoë', last_name: "O'Brien, Jr.", notes: '' },
	];
	setCampaignResults(
		campaign,
		rows.map((row, index) => ({ ...row, ...(tricky[index % tricky.length] ?? {}) })),
	);
});
