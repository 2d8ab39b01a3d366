import { addCampaign, campaigns, STATUS } from '../../../emulator/resources/campaigns';
import { useEmulator } from '../../../harness/emulator';
import { addContacts, addPhoneBook, locator } from '../../../harness/fixtures';

describe('CallHub node: SMS Campaign', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	const smsCampaigns = () => [...campaigns(bed.emulator.state, 'sms_campaigns').values()];

	describe('Create', () => {
		it('POSTs name, message, phone book ids and caller ID to /v2/sms_broadcast/create/', async () => {
			const book = addPhoneBook(bed.emulator, 'Members');
			const result = await bed.run({
				parameters: {
					resource: 'smsCampaign',
					operation: 'create',
					name: 'Event invite',
					textMessage: 'Hi {first_name}, join us on Friday!',
					phoneBooks: [book.id],
					callerId: '+1 (415) 555-0000',
				},
			});

			expect(result.error).toBeUndefined();
			const [request] = bed.emulator.requests('POST', '/v2/sms_broadcast/create/');
			expect(request.body).toEqual({
				name: 'Event invite',
				text_message: 'Hi {first_name}, join us on Friday!',
				phonebook: [book.id],
				callerid: '14155550000',
				callerid_choice: 'exists',
				// The complete schedule CallHub's own client always sends: now to 30 days later, in the
				// workflow's time zone, every day, 09:00-21:00, with its retry defaults.
				startingdate: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
				expirationdate: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
				daily_start_time: '09:00',
				daily_stop_time: '21:00',
				timezone_choices: 'America/New_York',
				...Object.fromEntries(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((day) => [day, 'on'])),
				intervalretry: 5,
				maxretry: 0,
				dont_text_dnc: true,
				dont_text_litigator: true,
			});
			const body = request.body as Record<string, string>;
			const days = (Date.parse(body.expirationdate.replace(' ', 'T')) - Date.parse(body.startingdate.replace(' ', 'T'))) / 86_400_000;
			expect(days).toBe(30);
			const [campaign] = smsCampaigns();
			expect(campaign).toMatchObject({ name: 'Event invite', status: STATUS.PAUSE, phonebooks: [book.id], callerid: '14155550000' });
			expect(result.json[0]).toMatchObject({ id: campaign.id, name: 'Event invite', status: 2 });
		});

		it('sends the schedule as flat keys with days "on"/"off", and the options under CallHub\'s names', async () => {
			const book = addPhoneBook(bed.emulator, 'Members');
			await bed.run({
				parameters: {
					resource: 'smsCampaign',
					operation: 'create',
					name: 'Reminder',
					textMessage: 'Polls are open',
					phoneBooks: `={{ "${book.id}" }}`,
					callerId: '14155550000',
					schedule: {
						startDate: '2026-05-04T08:00:00',
						endDate: '2026-05-10T21:00:00',
						dailyStartTime: '08:00',
						dailyStopTime: '21:00',
						timezone: 'America/Chicago',
						weekdays: ['saturday', 'sunday'],
					},
					options: { maxRetries: 2, retryInterval: 10, optOutMessage: 'Reply STOP to opt out', skipDncNumbers: true, useContactTimezone: false },
				},
			});

			expect(bed.emulator.requests('POST')[0].body).toEqual({
				name: 'Reminder',
				text_message: 'Polls are open',
				maxretry: 2,
				intervalretry: 10,
				opt_out_language: 'Reply STOP to opt out',
				dont_text_dnc: true,
				dont_text_litigator: true,
				use_contact_tz: false,
				phonebook: [book.id],
				callerid: '14155550000',
				callerid_choice: 'exists',
				startingdate: '2026-05-04 08:00:00',
				expirationdate: '2026-05-10 21:00:00',
				daily_start_time: '08:00',
				daily_stop_time: '21:00',
				timezone_choices: 'America/Chicago',
				monday: 'off',
				tuesday: 'off',
				wednesday: 'off',
				thursday: 'off',
				friday: 'off',
				saturday: 'on',
				sunday: 'on',
			});
			expect(smsCampaigns()[0].details).toMatchObject({ saturday: 'on', monday: 'off', maxretry: 2 });
		});

		it('names the Message parameter when CallHub finds the message empty', async () => {
			const book = addPhoneBook(bed.emulator, 'Members');
			const result = await bed.run({
				parameters: {
					resource: 'smsCampaign',
					operation: 'create',
					name: 'Empty',
					textMessage: '={{ $json.message }}',
					phoneBooks: [book.id],
					callerId: '14155550000',
				},
				input: [{ message: '' }],
			});
			expect(result.error?.message).toBe('CallHub rejected the request: Message (text_message): This field is required.');
			expect(smsCampaigns()).toHaveLength(0);
		});

		it('refuses an empty phone book selection before calling CallHub', async () => {
			const result = await bed.run({
				parameters: { resource: 'smsCampaign', operation: 'create', name: 'X', textMessage: 'Hi', phoneBooks: '={{ [] }}', callerId: '14155550000' },
			});
			expect(result.error?.message).toBe('No phone book is selected');
			expect(bed.emulator.log).toHaveLength(0);
		});
	});

	it('Get reads one campaign at /v2/sms_broadcast/{id}/ with its exact id', async () => {
		const campaign = addCampaign(bed.emulator.state, 'sms_campaigns', { name: 'Invite', status: STATUS.START, callerid: '14155550000' });
		const result = await bed.run({ parameters: { resource: 'smsCampaign', operation: 'get', smsCampaign: locator(campaign.id) } });
		expect(bed.emulator.log.map((entry) => [entry.method, entry.path])).toEqual([['GET', `/v2/sms_broadcast/${campaign.id}/`]]);
		expect(result.json).toEqual([expect.objectContaining({ id: campaign.id, name: 'Invite', status: 1 })]);
	});

	it('Get reads /v1/sms_campaigns/{id}/ when CallHub has no /v2/sms_broadcast/{id}/ route, keeping the id asked for', async () => {
		const campaign = addCampaign(bed.emulator.state, 'sms_campaigns', { name: 'Invite' });
		bed.emulator.inject({ method: 'GET', path: '/v2/sms_broadcast/', status: 404, raw: '<html><title>Not Found</title></html>', headers: { 'Content-Type': 'text/html' } });
		const result = await bed.run({ parameters: { resource: 'smsCampaign', operation: 'get', smsCampaign: locator(campaign.id) } });
		expect(bed.emulator.log.map((entry) => entry.path)).toEqual([`/v2/sms_broadcast/${campaign.id}/`, `/v1/sms_campaigns/${campaign.id}/`]);
		expect(result.json).toEqual([expect.objectContaining({ id: campaign.id, name: 'Invite' })]);
	});

	it('Get names the parameter when the campaign does not exist', async () => {
		const result = await bed.run({ parameters: { resource: 'smsCampaign', operation: 'get', smsCampaign: locator('42') } });
		expect(result.error?.message).toBe('CallHub could not find SMS Campaign 42: Not found.');
	});

	it('Get Many lists the SMS campaigns with their status', async () => {
		const campaign = addCampaign(bed.emulator.state, 'sms_campaigns', { name: 'Invite', status: STATUS.START });
		const result = await bed.run({ parameters: { resource: 'smsCampaign', operation: 'getAll', returnAll: false, limit: 10 } });
		expect(bed.emulator.requests('GET', '/v1/sms_campaigns/')[0].query).toEqual({ page_size: '10' });
		expect(result.json).toEqual([
			{ url: `${bed.emulator.url}/v1/sms_campaigns/${campaign.id}/`, owner: 'demo_manager', name: 'Invite', status: 1, status_name: 'running', phonebook: [], id: campaign.id },
		]);
	});

	it('Update starts a campaign whose phone books have contacts (PUT status 1)', async () => {
		const book = addPhoneBook(bed.emulator, 'Members', addContacts(bed.emulator, 2));
		const campaign = addCampaign(bed.emulator.state, 'sms_campaigns', { name: 'Invite', callerid: '14155550000', phonebooks: [book.id] });
		const result = await bed.run({ parameters: { resource: 'smsCampaign', operation: 'update', smsCampaign: locator(campaign.id), status: 1 } });

		expect(bed.emulator.requests('PUT')[0]).toMatchObject({ path: `/v1/sms_campaigns/${campaign.id}/`, body: { status: 1 } });
		expect(campaign.status).toBe(STATUS.START);
		expect(result.json[0]).toMatchObject({ id: campaign.id, status: 1 });
	});

	it("Update reports why CallHub will not start a campaign without contacts", async () => {
		const book = addPhoneBook(bed.emulator, 'Empty');
		const campaign = addCampaign(bed.emulator.state, 'sms_campaigns', { name: 'Invite', callerid: '14155550000', phonebooks: [book.id] });
		const result = await bed.run({ parameters: { resource: 'smsCampaign', operation: 'update', smsCampaign: locator(campaign.id), status: 1 } });
		expect(result.error?.message).toBe('CallHub rejected the request: The campaign cannot be started: its phone books have no contacts.');
		expect(campaign.status).toBe(STATUS.PAUSE);
	});

	it('Update ends a campaign (status 4)', async () => {
		const campaign = addCampaign(bed.emulator.state, 'sms_campaigns', { name: 'Invite', status: STATUS.START });
		await bed.run({ parameters: { resource: 'smsCampaign', operation: 'update', smsCampaign: locator(campaign.id), status: 4 } });
		expect(bed.emulator.requests('PUT')[0].body).toEqual({ status: 4 });
		expect(campaign.status).toBe(STATUS.END);
	});

	it('Delete removes the campaign', async () => {
		const campaign = addCampaign(bed.emulator.state, 'sms_campaigns', { name: 'Gone' });
		const result = await bed.run({ parameters: { resource: 'smsCampaign', operation: 'delete', smsCampaign: locator(campaign.id) } });
		expect(bed.emulator.requests('DELETE').map((entry) => entry.path)).toEqual([`/v1/sms_campaigns/${campaign.id}/`]);
		expect(result.json).toEqual([{ deleted: true }]);
		expect(smsCampaigns()).toHaveLength(0);
	});
});
