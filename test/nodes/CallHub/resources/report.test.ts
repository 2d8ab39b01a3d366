import type { IDataObject } from 'n8n-workflow';

import { addCampaign, STATUS } from '../../../emulator/resources/campaigns';
import type { ResultRow } from '../../../emulator/resources/reports';
import { setCampaignResults, setExportBehaviour, toCsv } from '../../../emulator/resources/reports';
import { useEmulator } from '../../../harness/emulator';
import { addContact, addPhoneBook, locator } from '../../../harness/fixtures';

const TRICKY: ResultRow[] = [
	{
		contact_id: '3966566468442653936',
		first_name: 'José',
		last_name: 'Ñúñez',
		phone_number: '14155550123',
		disposition: 'Supporter',
		agent: 'ada_volunteer',
		call_date: '2026-12-02 09:15:00',
		duration_seconds: 125,
		survey_answer: 'Yes, "definitely"',
		notes: 'Call back, after 6pm\nor Saturday',
	},
	{
		contact_id: '3966566468442653937',
		first_name: '山田',
		last_name: '太郎',
		phone_number: '0447911123456',
		disposition: 'Not home',
		agent: 'grace_caller',
		call_date: '2026-12-02 10:15:00',
		duration_seconds: 0,
		survey_answer: '',
		notes: '',
	},
];

describe('CallHub node: Report', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	const callCenter = (rows: ResultRow[] = TRICKY) => {
		const campaign = addCampaign(bed.emulator.state, 'callcenter_campaigns', { name: 'GOTV', status: STATUS.START });
		setCampaignResults(campaign, rows);
		return campaign;
	};
	const exportParameters = (campaignId: string, more: IDataObject = {}) => ({
		resource: 'report',
		operation: 'exportCampaignResults',
		campaignType: 'callCenter',
		callCenterCampaign: locator(campaignId),
		exportOptions: { pollInterval: 0.01, maxWait: 5 },
		...more,
	});

	describe('Get Credits Usage', () => {
		it('POSTs the dates as MM/DD/YYYY and the campaign type, one item per row', async () => {
			const result = await bed.run({
				parameters: { resource: 'report', operation: 'getCreditsUsage', startDate: '2026-12-01T00:00:00', endDate: '2026-12-02T00:00:00', creditCampaignType: 6 },
			});
			const [request] = bed.emulator.requests('POST', '/v2/credits_usage/');
			expect(request.body).toEqual({ start_date: '12/01/2026', end_date: '12/02/2026', campaign_type: 6, generate_csv: false });
			expect(result.json).toEqual([
				{ date: '12/01/2026', campaign_type: 6, campaign_type_name: 'Voice', credits_used: 7.5, voice_calls: 10, voice_billsec: 600 },
				{ date: '12/02/2026', campaign_type: 6, campaign_type_name: 'Voice', credits_used: 15, voice_calls: 11, voice_billsec: 630 },
			]);
		});

		it('leaves campaign_type out for All', async () => {
			await bed.run({ parameters: { resource: 'report', operation: 'getCreditsUsage', startDate: '2026-12-01', endDate: '2026-12-01', creditCampaignType: 0 } });
			expect(bed.emulator.requests('POST', '/v2/credits_usage/')[0].body).toEqual({ start_date: '12/01/2026', end_date: '12/01/2026', generate_csv: false });
		});

		it.each([
			['a bare list', [{ date: '12/01/2026', credits_used: 3 }], [{ date: '12/01/2026', credits_used: 3 }]],
			['a data list', { data: [{ credits_used: 3 }, { credits_used: 4 }] }, [{ credits_used: 3 }, { credits_used: 4 }]],
			['one object of totals', { voice_calls: 12, voice_billsec: 720 }, [{ voice_calls: 12, voice_billsec: 720 }]],
		])('reads %s as rows', async (_shape, body, expected) => {
			bed.emulator.inject({ method: 'POST', path: '/v2/credits_usage/', status: 200, body });
			const result = await bed.run({ parameters: { resource: 'report', operation: 'getCreditsUsage', startDate: '2026-12-01', endDate: '2026-12-01' } });
			expect(result.json).toEqual(expected);
		});

		it('fails naming the parameter when a date is not one, before calling CallHub', async () => {
			const result = await bed.run({ parameters: { resource: 'report', operation: 'getCreditsUsage', startDate: 'yesterday', endDate: '2026-12-01' } });
			expect(result.error?.message).toBe('The Start Date parameter "yesterday" is not a date');
			expect(bed.emulator.log).toHaveLength(0);
		});
	});

	describe('Get Campaign Stats', () => {
		it('GETs /v1/campaigns/{id}/stats with details=true for the campaign picked', async () => {
			const campaign = callCenter();
			const result = await bed.run({
				parameters: { resource: 'report', operation: 'getCampaignStats', campaignType: 'callCenter', callCenterCampaign: locator(campaign.id) },
			});
			const [request] = bed.emulator.requests('GET');
			expect([request.path, request.query]).toEqual([`/v1/campaigns/${campaign.id}/stats`, { details: 'true' }]);
			expect(result.json).toEqual([
				{
					campaign_id: campaign.id,
					name: 'GOTV',
					status: 1,
					total_contacts: 2,
					contacts_reached: 1,
					total_talk_time: 125,
					details: { dispositions: { Supporter: 1, 'Not home': 1 } },
				},
			]);
		});

		it('takes an SMS campaign by its URL', async () => {
			const campaign = addCampaign(bed.emulator.state, 'sms_campaigns', { name: 'Texts' });
			await bed.run({
				parameters: {
					resource: 'report',
					operation: 'getCampaignStats',
					campaignType: 'smsCampaign',
					smsCampaign: locator(`https://api.callhub.io/v1/sms_campaigns/${campaign.id}/`, 'url'),
				},
			});
			expect(bed.emulator.requests('GET')[0].path).toBe(`/v1/campaigns/${campaign.id}/stats`);
		});
	});

	describe('Export Campaign Results', () => {
		it('waits for the call center job over a few polls, logging progress, and outputs the CSV file', async () => {
			const campaign = callCenter();
			setExportBehaviour(bed.emulator.state, { polls: 3, outcome: 'success' });
			const result = await bed.run({ parameters: exportParameters(campaign.id) });

			expect(bed.emulator.log.map((entry) => `${entry.method} ${entry.path.replace(/\d{10,}/g, '{id}')}`)).toEqual([
				'GET /v1/power_campaign/{id}/export/',
				'GET /v1/export_data/export_{id}/',
				'GET /v1/export_data/export_{id}/',
				'GET /v1/export_data/export_{id}/',
				'GET /v1/export_data/export_{id}/',
				expect.stringMatching(/^GET \/v1\/exports\/api\/[A-Za-z0-9+/=]+\/results\.csv$/),
			]);
			const [item] = result.items;
			expect(item.json).toMatchObject({ campaign_id: campaign.id, file_name: 'results.csv' });
			expect(item.binary?.data).toMatchObject({ mimeType: 'text/csv', fileName: 'results.csv' });
			expect(Buffer.from(item.binary!.data.data, 'base64').toString('utf8')).toBe(toCsv(TRICKY));
			const waits = result.logs.filter((line) => line.message.startsWith("Waiting for CallHub's export"));
			expect(waits.map((line) => line.message.replace(/waited \d+ s/, 'waited N s'))).toEqual([
				`Waiting for CallHub's export of call center campaign ${campaign.id}: PENDING; waited N s of 5 s`,
				`Waiting for CallHub's export of call center campaign ${campaign.id}: PENDING; waited N s of 5 s`,
				`Waiting for CallHub's export of call center campaign ${campaign.id}: PROGRESS, 500 of 1,000 (50%); waited N s of 5 s`,
				`Waiting for CallHub's export of call center campaign ${campaign.id}: PROGRESS, 750 of 1,000 (75%); waited N s of 5 s`,
			]);
		});

		it('with Output Items gives one item per row: exact ids, phone numbers as text, typed numbers, quotes, commas, line breaks and non-ASCII intact', async () => {
			const campaign = callCenter();
			const result = await bed.run({ parameters: exportParameters(campaign.id, { output: 'items' }) });
			expect(result.json).toEqual(TRICKY.map((row) => ({ ...row })));
			expect(typeof result.json[0].duration_seconds).toBe('number');
			expect(result.items.every((item) => item.binary === undefined)).toBe(true);
		});

		it('with Output Link gives the link without downloading it', async () => {
			const campaign = callCenter();
			const result = await bed.run({ parameters: exportParameters(campaign.id, { output: 'link' }) });
			expect(result.json[0]).toMatchObject({ campaign_id: campaign.id, state: 'SUCCESS', url: expect.stringMatching(/\/results\.csv$/) });
			expect(bed.emulator.log.some((entry) => entry.path.endsWith('results.csv'))).toBe(false);
		});

		it('fails clearly when the job fails', async () => {
			const campaign = callCenter();
			setExportBehaviour(bed.emulator.state, { polls: 1, outcome: 'failure' });
			const result = await bed.run({ parameters: exportParameters(campaign.id) });
			expect(result.error?.message).toBe(
				`CallHub's export of call center campaign ${campaign.id} failed (state FAILURE): The export could not be generated.`,
			);
		});

		it('fails when the job reports SUCCESS with an error code', async () => {
			const campaign = callCenter();
			setExportBehaviour(bed.emulator.state, { polls: 0, outcome: 'badCode' });
			const result = await bed.run({ parameters: exportParameters(campaign.id) });
			expect(result.error?.message).toBe(`CallHub's export of call center campaign ${campaign.id} failed (state SUCCESS, code 500)`);
		});

		it('gives up after Max Wait with the last state and progress, and says what to do', async () => {
			const campaign = callCenter();
			setExportBehaviour(bed.emulator.state, { polls: 0, outcome: 'never' });
			const result = await bed.run({ parameters: exportParameters(campaign.id, { exportOptions: { pollInterval: 0.2, maxWait: 1 } }) });
			expect(result.error?.message).toMatch(
				new RegExp(`^CallHub's export of call center campaign ${campaign.id} was not ready after \\d s \\(Max Wait 1 s; last state PROGRESS, 500 of 1,000 \\(50%\\)\\)$`),
			);
			expect(result.error?.description).toContain('raise Max Wait');
			const polls = bed.emulator.requests('GET').filter((entry) => entry.path.startsWith('/v1/export_data/'));
			expect(polls.length).toBeGreaterThanOrEqual(3);
			expect(polls.length).toBeLessThanOrEqual(6);
		});

		it('POSTs the export when CallHub refuses the GET (405), and follows the polling_url it answers', async () => {
			const campaign = callCenter();
			bed.emulator.inject({ method: 'GET', path: '/v1/power_campaign/', status: 405, body: { detail: 'Method "GET" not allowed.' } });
			const result = await bed.run({ parameters: exportParameters(campaign.id, { output: 'items' }) });
			expect(bed.emulator.log.slice(0, 3).map((entry) => entry.method + ' ' + entry.path.replace(/\d{10,}/g, '{id}'))).toEqual([
				'GET /v1/power_campaign/{id}/export/',
				'POST /v1/power_campaign/{id}/export/',
				'GET /v1/export_data/export_{id}/',
			]);
			expect(result.json).toHaveLength(2);
		});

		it('exports a voice broadcast from /v1/campaigns/{id}/export?format=csv, answered with the CSV itself', async () => {
			const contact = addContact(bed.emulator, { first_name: 'Ada' });
			const book = addPhoneBook(bed.emulator, 'List', [contact]);
			const campaign = addCampaign(bed.emulator.state, 'voice_broadcasts', { name: 'Robocall', phonebooks: [book.id] });
			const result = await bed.run({
				parameters: exportParameters(campaign.id, { campaignType: 'voiceBroadcast', voiceBroadcast: locator(campaign.id), output: 'items' }),
			});
			const [request] = bed.emulator.log;
			expect([request.method, request.path, request.query]).toEqual(['GET', `/v1/campaigns/${campaign.id}/export`, { format: 'csv' }]);
			expect(bed.emulator.log).toHaveLength(1);
			expect(result.json).toEqual([expect.objectContaining({ contact_id: contact.id, first_name: 'Ada', phone_number: contact.contact })]);
		});

		it("reports CallHub's 404 naming the campaign and its parameter", async () => {
			const result = await bed.run({ parameters: exportParameters('42') });
			expect(result.error?.message).toBe('CallHub could not find Call Center Campaign 42: Not found.');
			expect(result.error?.description).toContain('Check the Call Center Campaign parameter');
		});
	});

	describe('Export SMS Report', () => {
		it('GETs the report with campaign_id and downloads the file CallHub links to', async () => {
			const contact = addContact(bed.emulator, { first_name: 'Zoë' });
			const book = addPhoneBook(bed.emulator, 'Members', [contact]);
			const campaign = addCampaign(bed.emulator.state, 'sms_campaigns', { name: 'Invite', phonebooks: [book.id] });
			const result = await bed.run({
				parameters: { resource: 'report', operation: 'exportSmsReport', smsCampaign: locator(campaign.id), output: 'items' },
			});
			const [request] = bed.emulator.log;
			expect([request.path, request.query]).toEqual(['/v1/sms_campaign/sms_report/export/', { campaign_id: campaign.id }]);
			expect(result.json).toEqual([
				expect.objectContaining({ contact_id: contact.id, phone_number: contact.contact, message: 'Hi Zoë, join us on Saturday!', status: 'delivered' }),
			]);
		});
	});

	describe('Get Agent Leaderboard', () => {
		it('GETs the leaderboard with YYYY-MM-DD dates and outputs one item per agent', async () => {
			callCenter();
			const result = await bed.run({ parameters: { resource: 'report', operation: 'getAgentLeaderboard', startDate: '2026-12-01T00:00:00', endDate: '2026-12-03T00:00:00' } });
			expect(bed.emulator.requests('GET')[0]).toMatchObject({ path: '/v1/analytics/agent-leaderboard/', query: { start_date: '2026-12-01', end_date: '2026-12-03' } });
			expect(result.json).toEqual([
				{ agent: 'ada_volunteer', teams: ['Volunteers'], calls: 1, connecttime: 130, talktime: 125 },
				{ agent: 'grace_caller', teams: ['Volunteers'], calls: 1, connecttime: 5, talktime: 0 },
			]);
		});
	});
});
