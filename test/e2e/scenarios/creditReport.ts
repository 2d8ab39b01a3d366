import { expect } from 'expect';

import type { ExecuteScenario } from '../scenario';

const usDate = /^\d{2}\/\d{2}\/\d{4}$/;

export const scenario: ExecuteScenario = {
	kind: 'execute',
	workflow: 'creditReport.json',
	outputs: {
		// Seven days, each with SMS (1), call center (5) and voice broadcast (6) credits.
		'Credits last week': expect.arrayContaining([
			expect.objectContaining({ campaign_type: 6, campaign_type_name: 'Voice', voice_calls: expect.any(Number), credits_used: expect.any(Number) }),
			expect.objectContaining({ campaign_type: 1, sms_sent: expect.any(Number) }),
		]),
		// Which agents called in the week depends on n8n's time zone against the emulator's UTC days.
		'Agent leaderboard': expect.arrayContaining([
			expect.objectContaining({ agent: expect.stringMatching(/^(ada_volunteer|grace_caller)$/), calls: expect.any(Number), talktime: expect.any(Number) }),
		]),
	},
	requests: ['POST /v2/credits_usage/', 'GET /v1/analytics/agent-leaderboard/?start_date={date}&end_date={date}'],
	state: (emulator) => {
		const [credits] = emulator.requests('POST', '/v2/credits_usage/');
		expect(credits.body).toEqual({ start_date: expect.stringMatching(usDate), end_date: expect.stringMatching(usDate), generate_csv: false });
		const { start_date: start, end_date: end } = credits.body as { start_date: string; end_date: string };
		const day = (text: string) => Date.UTC(Number(text.slice(6)), Number(text.slice(0, 2)) - 1, Number(text.slice(3, 5)));
		expect((day(end) - day(start)) / 86400000).toBe(6);
		const [leaderboard] = emulator.requests('GET', '/v1/analytics/agent-leaderboard/');
		expect(leaderboard.query).toEqual({ start_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), end_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
	},
};
