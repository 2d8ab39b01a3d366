import { expect } from 'expect';

import { campaigns } from '../../emulator/resources/campaigns';
import type { ExecuteScenario } from '../scenario';
import { anId } from '../scenario';

const name = 'n8n example: rally invite';
const campaign = (status: number) => ({ id: anId, name, status });

export const scenario: ExecuteScenario = {
	kind: 'execute',
	workflow: 'smsCampaign.json',
	outputs: {
		'Phone books': [{ id: anId, name: 'Canvass list' }, { id: anId, name: 'Members' }],
		'Create SMS campaign': [{ ...campaign(2), phonebook: [anId], callerid: '14155550000', daily_start_time: '09:00', timezone_choices: 'America/Los_Angeles' }],
		'Start campaign': [{ ...campaign(1), status_name: 'running', statusVerified: true }],
		'All SMS campaigns': [{ id: anId, name: 'Event invite' }, { id: anId, name: 'Donation ask' }, campaign(1)],
		'End campaign': [{ ...campaign(4), status_name: 'ended', statusVerified: true }],
		'Delete campaign': [{ deleted: true }],
	},
	requests: [
		'GET /v1/phonebooks/?page_size=1000',
		'POST /v2/sms_broadcast/create/',
		'PUT /v1/sms_campaigns/{id}/',
		'GET /v1/sms_campaigns/{id}/',
		'GET /v1/sms_campaigns/?page_size=1000',
		'PUT /v1/sms_campaigns/{id}/',
		'GET /v1/sms_campaigns/{id}/',
		'DELETE /v1/sms_campaigns/{id}/',
	],
	state: (emulator) => {
		const members = [...emulator.state.phoneBooks.values()].find((book) => book.name === 'Members');
		// Phone book ids as strings, the schedule's flat keys, days of the week as "on"/"off".
		expect(emulator.requests('POST', '/v2/sms_broadcast/create/')[0].body).toEqual({
			name,
			text_message: 'Hi {first_name}, join our rally on Saturday at 10am in Riverside Park!',
			opt_out_language: 'Reply STOP to opt out',
			phonebook: [members?.id],
			callerid: '14155550000',
			callerid_choice: 'exists',
			daily_start_time: '09:00',
			daily_stop_time: '20:00',
			timezone_choices: 'America/Los_Angeles',
			...Object.fromEntries(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((day) => [day, 'on'])),
			// The rest of the complete schedule CallHub's own client always sends.
			startingdate: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
			expirationdate: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
			intervalretry: 5,
			maxretry: 0,
			dont_text_dnc: true,
			dont_text_litigator: true,
		});
		expect(emulator.requests('PUT').map((entry) => entry.body)).toEqual([{ status: 1 }, { status: 4 }]);
		expect([...campaigns(emulator.state, 'sms_campaigns').values()].map((candidate) => candidate.name)).toEqual(['Event invite', 'Donation ask']);
	},
};
