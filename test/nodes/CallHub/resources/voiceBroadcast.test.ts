import { addCampaign, campaigns, STATUS } from '../../../emulator/resources/campaigns';
import { addVoiceBroadcastTemplate } from '../../../emulator/resources/voiceBroadcasts';
import { useEmulator } from '../../../harness/emulator';
import { addPhoneBook, locator } from '../../../harness/fixtures';

describe('CallHub node: Voice Broadcast', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	const broadcasts = () => [...campaigns(bed.emulator.state, 'voice_broadcasts').values()];

	describe('Create', () => {
		it('POSTs to /v1/vb_campaign/ with phone book ids, caller ID and template; the broadcast is created paused', async () => {
			const canvass = addPhoneBook(bed.emulator, 'Canvass');
			const members = addPhoneBook(bed.emulator, 'Members');
			const template = addVoiceBroadcastTemplate(bed.emulator.state, 'Rally reminder');

			const result = await bed.run({
				parameters: {
					resource: 'voiceBroadcast',
					operation: 'create',
					name: 'Rally reminder',
					phoneBooks: [canvass.id, members.id],
					callerId: '+1 415 555 0000',
					messageSource: 'template',
					template: template.id,
				},
			});

			expect(result.error).toBeUndefined();
			const [request] = bed.emulator.requests('POST', '/v1/vb_campaign/');
			expect(request.body).toEqual({
				name: 'Rally reminder',
				phonebooks: [canvass.id, members.id],
				callerid_options: { callerid: '14155550000' },
				template_id: template.id,
			});
			const [broadcast] = broadcasts();
			expect(broadcast).toMatchObject({ name: 'Rally reminder', status: STATUS.PAUSE, phonebooks: [canvass.id, members.id] });
			expect(result.json[0]).toMatchObject({ id: broadcast.id, pk_str: broadcast.id, name: 'Rally reminder', status: 2 });
		});

		it('sends the schedule and contact options as the nested objects CallHub reads (never as flat keys)', async () => {
			const book = addPhoneBook(bed.emulator, 'Canvass');
			await bed.run({
				parameters: {
					resource: 'voiceBroadcast',
					operation: 'create',
					name: 'Polling day',
					phoneBooks: [book.id],
					callerId: '14155550000',
					messageSource: 'audioFile',
					audioFileId: '3966566468442700001',
					schedule: {
						startDate: '2026-05-04T09:00:00',
						endDate: '={{ "2026-05-08T18:30:00.000+02:00" }}',
						dailyStartTime: '9:00',
						dailyStopTime: '20:30',
						timezone: 'America/New_York',
						weekdays: ['monday', 'wednesday', 'friday'],
					},
					options: { frequency: 10, skipDncNumbers: true, skipCellPhones: false, useContactTimezone: true },
				},
			});

			const [request] = bed.emulator.requests('POST', '/v1/vb_campaign/');
			expect(request.body).toEqual({
				name: 'Polling day',
				frequency: 10,
				phonebooks: [book.id],
				callerid_options: { callerid: '14155550000' },
				script: { label: 'Polling day', live_message: { audiofile: '3966566468442700001' } },
				schedule: {
					startingdate: '2026-05-04 09:00:00',
					expirationdate: '2026-05-08 18:30:00',
					daily_start_time: '09:00',
					daily_stop_time: '20:30',
					timezone: 'America/New_York',
					monday: true,
					tuesday: false,
					wednesday: true,
					thursday: false,
					friday: true,
					saturday: false,
					sunday: false,
				},
				contact_options: { use_contact_tz: true, dont_call_dnc: true, block_cellphone_numbers: false },
			});
			const [broadcast] = broadcasts();
			expect(broadcast.frequency).toBe(10);
			expect(broadcast.details.schedule).toMatchObject({ startingdate: '2026-05-04 09:00:00', monday: true, tuesday: false });
		});

		it("reports CallHub's objection to the schedule on the parameter to fix", async () => {
			const book = addPhoneBook(bed.emulator, 'Canvass');
			const template = addVoiceBroadcastTemplate(bed.emulator.state, 'Reminder');
			const result = await bed.run({
				parameters: {
					resource: 'voiceBroadcast',
					operation: 'create',
					name: 'Weekend only',
					phoneBooks: [book.id],
					callerId: '14155550000',
					template: template.id,
					schedule: { startDate: '2026-05-04T09:00:00', endDate: '2026-05-05T18:00:00', weekdays: ['saturday'] },
				},
			});

			expect(result.error?.message).toBe(
				'CallHub rejected the request: Schedule (schedule): None of the selected days of the week falls between the start and end dates.',
			);
			expect(result.error?.description).toBe('Fix the Schedule parameter and run the node again.');
			expect(broadcasts()).toHaveLength(0);
		});

		it('names the Template parameter when CallHub does not know the template', async () => {
			const book = addPhoneBook(bed.emulator, 'Canvass');
			const result = await bed.run({
				parameters: { resource: 'voiceBroadcast', operation: 'create', name: 'X', phoneBooks: [book.id], callerId: '14155550000', template: '77' },
			});
			expect(result.error?.message).toBe('CallHub rejected the request: Template (template_id): Invalid pk "77" - object does not exist.');
		});

		it('rejects a daily time that is not HH:MM before calling CallHub', async () => {
			const book = addPhoneBook(bed.emulator, 'Canvass');
			const result = await bed.run({
				parameters: {
					resource: 'voiceBroadcast',
					operation: 'create',
					name: 'X',
					phoneBooks: [book.id],
					callerId: '14155550000',
					template: '77',
					schedule: { dailyStartTime: '9am' },
				},
			});
			expect(result.error?.message).toBe('The Daily Start Time "9am" is not a time of day');
			expect(bed.emulator.log).toHaveLength(0);
		});
	});

	it('Get reads one broadcast at /v1/voice_broadcasts/{id}/, its exact id taken from its url', async () => {
		const campaign = addCampaign(bed.emulator.state, 'voice_broadcasts', { name: 'Robocall', status: STATUS.END, frequency: 20 });
		const result = await bed.run({ parameters: { resource: 'voiceBroadcast', operation: 'get', voiceBroadcast: locator(campaign.id) } });
		expect(bed.emulator.log.map((entry) => [entry.method, entry.path])).toEqual([['GET', `/v1/voice_broadcasts/${campaign.id}/`]]);
		expect(result.json).toEqual([expect.objectContaining({ id: campaign.id, name: 'Robocall', status: 4 })]);
	});

	it('Get names the parameter when the broadcast does not exist', async () => {
		const result = await bed.run({ parameters: { resource: 'voiceBroadcast', operation: 'get', voiceBroadcast: locator('42') } });
		expect(result.error?.message).toBe('CallHub could not find Voice Broadcast 42: Not found.');
	});

	it('Get Many lists the broadcasts with status and calls per minute', async () => {
		const broadcast = addCampaign(bed.emulator.state, 'voice_broadcasts', { name: 'Reminder', frequency: 20 });
		const result = await bed.run({ parameters: { resource: 'voiceBroadcast', operation: 'getAll', returnAll: true } });
		expect(bed.emulator.requests('GET', '/v1/voice_broadcasts/')).toHaveLength(1);
		expect(result.json).toEqual([
			{
				url: `${bed.emulator.url}/v1/voice_broadcasts/${broadcast.id}/`,
				owner: 'demo_manager',
				name: 'Reminder',
				frequency: 20,
				status: 2,
				status_name: 'paused',
				phonebook: [],
				id: broadcast.id,
			},
		]);
	});

	it('Update starts a broadcast (status 1) and sets its calls per minute with PUT', async () => {
		const broadcast = addCampaign(bed.emulator.state, 'voice_broadcasts', { name: 'Reminder', frequency: 60 });
		const result = await bed.run({
			parameters: {
				resource: 'voiceBroadcast',
				operation: 'update',
				voiceBroadcast: locator(broadcast.id),
				updateFields: { status: 1, frequency: 20 },
			},
		});

		expect(bed.emulator.requests('PUT')[0]).toMatchObject({ path: `/v1/voice_broadcasts/${broadcast.id}/`, body: { status: 1, frequency: 20 } });
		expect(broadcast).toMatchObject({ status: STATUS.START, frequency: 20 });
		expect(result.json[0]).toMatchObject({ id: broadcast.id, status: 1, frequency: 20 });
	});

	it("Update reports CallHub's over_cps_limit when running broadcasts use the account's calls per minute", async () => {
		addCampaign(bed.emulator.state, 'voice_broadcasts', { name: 'Running', status: STATUS.START, frequency: 60 });
		const waiting = addCampaign(bed.emulator.state, 'voice_broadcasts', { name: 'Waiting', frequency: 60 });
		const result = await bed.run({
			parameters: { resource: 'voiceBroadcast', operation: 'update', voiceBroadcast: locator(waiting.id), updateFields: { status: 1 } },
		});
		expect(result.error?.message).toBe('CallHub rejected the request: over_cps_limit');
		expect(result.error?.description).toContain('Pause one of them, or lower Calls Per Minute');
		expect(waiting.status).toBe(STATUS.PAUSE);
	});

	it('Delete removes the broadcast', async () => {
		const broadcast = addCampaign(bed.emulator.state, 'voice_broadcasts', { name: 'Gone' });
		const result = await bed.run({ parameters: { resource: 'voiceBroadcast', operation: 'delete', voiceBroadcast: locator(broadcast.id) } });
		expect(bed.emulator.requests('DELETE').map((entry) => entry.path)).toEqual([`/v1/voice_broadcasts/${broadcast.id}/`]);
		expect(result.json).toEqual([{ deleted: true }]);
		expect(broadcasts()).toHaveLength(0);
	});
});
