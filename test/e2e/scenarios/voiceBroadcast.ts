import { expect } from 'expect';

import { campaigns } from '../../emulator/resources/campaigns';
import type { ExecuteScenario } from '../scenario';
import { anId } from '../scenario';

const name = 'n8n example: rally reminder';
const broadcast = (status: number, frequency: number) => ({ id: anId, name, status, frequency });

export const scenario: ExecuteScenario = {
	kind: 'execute',
	workflow: 'voiceBroadcast.json',
	outputs: {
		'Phone books': [{ id: anId, name: 'Canvass list' }, { id: anId, name: 'Members' }],
		// Created paused, at the calls per minute asked for.
		'Create voice broadcast': [{ ...broadcast(2, 10), phonebooks: [anId] }],
		'Start broadcast': [{ ...broadcast(1, 10), status_name: 'running', statusVerified: true }],
		'Slow down': [broadcast(1, 5)],
		'All voice broadcasts': [{ id: anId, name: 'Rally reminder' }, { id: anId, name: 'Polling day robocall' }, broadcast(1, 5)],
		'End broadcast': [{ ...broadcast(4, 5), status_name: 'ended', statusVerified: true }],
		'Delete broadcast': [{ deleted: true }],
	},
	requests: [
		'GET /v1/phonebooks/?page_size=1000',
		'POST /v1/vb_campaign/',
		'PUT /v1/voice_broadcasts/{id}/',
		'GET /v1/voice_broadcasts/{id}/',
		'PUT /v1/voice_broadcasts/{id}/',
		'GET /v1/voice_broadcasts/?page_size=1000',
		'PUT /v1/voice_broadcasts/{id}/',
		'GET /v1/voice_broadcasts/{id}/',
		'DELETE /v1/voice_broadcasts/{id}/',
	],
	state: (emulator) => {
		// CallHub reads the schedule and contact options only as nested objects.
		expect(emulator.requests('POST', '/v1/vb_campaign/')[0].body).toEqual({
			name,
			frequency: 10,
			phonebooks: [anId],
			callerid_options: { callerid: '14155550000' },
			script: { label: name, live_message: { audiofile: '3966566468442650001' } },
			schedule: {
				daily_start_time: '10:00',
				daily_stop_time: '19:00',
				timezone: 'America/Los_Angeles',
				...Object.fromEntries(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((day) => [day, true])),
			},
			contact_options: { dont_call_dnc: true },
		});
		expect(emulator.requests('PUT').map((entry) => entry.body)).toEqual([{ status: 1 }, { frequency: 5 }, { status: 4 }]);
		expect([...campaigns(emulator.state, 'voice_broadcasts').values()].map((candidate) => candidate.name)).toEqual(['Rally reminder', 'Polling day robocall']);
	},
};
