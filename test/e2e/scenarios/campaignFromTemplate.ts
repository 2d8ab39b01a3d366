import { expect } from 'expect';

import { campaigns } from '../../emulator/resources/campaigns';
import { mediaFiles } from '../../emulator/resources/media';
import { voiceBroadcastTemplates } from '../../emulator/resources/voiceBroadcasts';
import type { ExecuteScenario } from '../scenario';
import { anId } from '../scenario';

const copy = (status: number) => ({ id: anId, name: 'Rally reminder (copy)', status });

export const scenario: ExecuteScenario = {
	kind: 'execute',
	workflow: 'campaignFromTemplate.json',
	outputs: {
		'Upload recording': [{ media_file_id: anId, file_name: 'rally-reminder.wav' }],
		'Save as template': [{ id: anId, label: 'n8n example: rally message', live_message: { audiofile: anId } }],
		'New phone book': [{ id: anId, name: "n8n example: this week's canvass" }],
		'Voice broadcasts': [{ id: anId, name: 'Rally reminder' }, { id: anId, name: 'Polling day robocall' }],
		// The copy calls the new phone book: read back from CallHub after duplicating.
		'Duplicate onto the new phone book': [{ ...copy(2), phonebooks: [anId] }],
		'Start it': [copy(1)],
		'End it': [copy(4)],
		'Delete the copy': [{ deleted: true }],
		'Delete the phone book': [{ deleted: true }],
	},
	requests: [
		'POST /v1/media/upload/',
		'POST /v1/vb_template/',
		'POST /v1/phonebooks/',
		'GET /v1/voice_broadcasts/?page_size=1000',
		'POST /v1/vb_campaign/{id}/duplicate/',
		'GET /v1/vb_campaign/{id}/',
		// Each status change is read back.
		'PUT /v1/voice_broadcasts/{id}/',
		'GET /v1/voice_broadcasts/{id}/',
		'PUT /v1/voice_broadcasts/{id}/',
		'GET /v1/voice_broadcasts/{id}/',
		'DELETE /v1/voice_broadcasts/{id}/',
		'DELETE /v1/phonebooks/{id}/',
	],
	state: (emulator) => {
		const [upload] = emulator.requests('POST', '/v1/media/upload/');
		expect(upload.files).toEqual([{ name: 'file', filename: 'rally-reminder.wav', size: 844 }]);
		const [media] = [...mediaFiles(emulator.state).values()];
		expect(media).toMatchObject({ name: 'Rally reminder, this week', media_type: 'audio' });
		expect([...voiceBroadcastTemplates(emulator.state).values()].find((template) => template.label === 'n8n example: rally message')?.audiofile).toBe(media.id);
		const phoneBook = emulator.requests('DELETE', /\/v1\/phonebooks\//)[0].path.split('/')[3];
		expect(emulator.requests('POST', /\/duplicate\/$/)[0].body).toEqual({ phonebooks: [phoneBook] });
		expect(emulator.requests('PUT').map((entry) => entry.body)).toEqual([{ status: 1 }, { status: 4 }]);
		expect([...campaigns(emulator.state, 'voice_broadcasts').values()].map((candidate) => candidate.name)).toEqual(['Rally reminder', 'Polling day robocall']);
	},
};
