import { addCampaign, campaigns } from '../../../emulator/resources/campaigns';
import { voiceBroadcastTemplates } from '../../../emulator/resources/voiceBroadcasts';
import { useEmulator } from '../../../harness/emulator';
import { addPhoneBook, locator } from '../../../harness/fixtures';

describe('CallHub node: Voice Broadcast → Duplicate, Voice Broadcast Template', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	it('Duplicate POSTs /v1/vb_campaign/{id}/duplicate/ and returns the paused copy with its id', async () => {
		const book = addPhoneBook(bed.emulator, 'Canvass');
		const original = addCampaign(bed.emulator.state, 'voice_broadcasts', { name: 'Last week', status: 4, phonebooks: [book.id] });
		const result = await bed.run({ parameters: { resource: 'voiceBroadcast', operation: 'duplicate', voiceBroadcast: locator(original.id) } });
		expect(bed.emulator.requests('POST', `/v1/vb_campaign/${original.id}/duplicate/`)[0].body ?? {}).toEqual({});
		const copy = [...campaigns(bed.emulator.state, 'voice_broadcasts').values()].find((campaign) => campaign.id !== original.id);
		expect(result.json[0]).toMatchObject({ id: copy?.id, name: 'Last week (copy)', status: 2 });
	});

	it('Duplicate onto other phone books sends them and reads the copy back to check CallHub used them', async () => {
		const old = addPhoneBook(bed.emulator, 'Old list');
		const fresh = addPhoneBook(bed.emulator, 'New list');
		const original = addCampaign(bed.emulator.state, 'voice_broadcasts', { name: 'Last week', phonebooks: [old.id] });
		const result = await bed.run({ parameters: { resource: 'voiceBroadcast', operation: 'duplicate', voiceBroadcast: locator(original.id), options: { phoneBooks: [fresh.id] } } });
		expect(bed.emulator.requests('POST')[0].body).toEqual({ phonebooks: [fresh.id] });
		const copyId = String(result.json[0].id);
		expect(bed.emulator.requests('GET', `/v1/vb_campaign/${copyId}/`)).toHaveLength(1);
		expect(result.json[0].phonebooks).toEqual([fresh.id]);
	});

	it('Duplicate fails naming the copy when CallHub kept the original phone books', async () => {
		const old = addPhoneBook(bed.emulator, 'Old list');
		const fresh = addPhoneBook(bed.emulator, 'New list');
		const original = addCampaign(bed.emulator.state, 'voice_broadcasts', { name: 'Last week', phonebooks: [old.id] });
		bed.emulator.variants.set(['vb-duplicate-ignores-phonebooks']);
		try {
			const result = await bed.run({ parameters: { resource: 'voiceBroadcast', operation: 'duplicate', voiceBroadcast: locator(original.id), options: { phoneBooks: [fresh.id] } } });
			expect(result.error?.message).toMatch(new RegExp(`^CallHub made the copy \\d+ but did not give it the phone books asked for \\(it has ${old.id}\\)$`));
		} finally {
			bed.emulator.variants.set([]);
		}
	});

	it('Voice Broadcast Template Create POSTs label, live_message.audiofile and transfers', async () => {
		const result = await bed.run({ parameters: { resource: 'voiceBroadcastTemplate', operation: 'create', label: 'Rally message', audioFileId: '3966566468442700001' } });
		expect(bed.emulator.requests('POST', '/v1/vb_template/')[0].body).toEqual({ label: 'Rally message', live_message: { audiofile: '3966566468442700001' }, transfers: [] });
		const template = [...voiceBroadcastTemplates(bed.emulator.state).values()].find((candidate) => candidate.label === 'Rally message');
		expect(result.json[0]).toMatchObject({ id: template?.id, label: 'Rally message' });
		const list = await bed.run({ parameters: { resource: 'voiceBroadcastTemplate', operation: 'getAll', returnAll: true } });
		expect(list.json.map((json) => json.label)).toContain('Rally message');
	});

	it('Voice Broadcast Template Create refuses an audio file id with a path in it', async () => {
		const result = await bed.run({ parameters: { resource: 'voiceBroadcastTemplate', operation: 'create', label: 'x', audioFileId: '../1' } });
		expect(result.error?.message).toBe('The Audio File ID parameter "../1" is not a valid media file ID');
		expect(bed.emulator.log).toHaveLength(0);
	});
});
