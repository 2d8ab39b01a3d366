import { campaigns } from './resources/campaigns';
import { dncContacts, dncLists } from './resources/dnc';
import { liveAgents } from './resources/liveAgents';
import { voiceBroadcastTemplates } from './resources/voiceBroadcasts';
import { seedDemoAccount } from './seed';
import type { Emulator } from './server';
import { startEmulator } from './server';

/** DNC lists and campaigns behave like CallHub where clients trip: hyperlinks, duplicates, nesting, statuses. */
describe('CallHub emulator: DNC and campaigns', () => {
	let emulator: Emulator;
	const call = async (path: string, method = 'GET', body?: unknown) => {
		const response = await fetch(`${emulator.url}${path}`, {
			method,
			headers: { Authorization: `Token ${emulator.apiKey}`, 'Content-Type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
	};
	const firstBook = () => [...emulator.state.phoneBooks.keys()][0];

	beforeAll(async () => {
		emulator = await startEmulator({
			rates: { general: 'off', search: 'off', bulk: 'off' },
			seed: (state) => seedDemoAccount(state, 'http://127.0.0.1:4010'),
		});
	});
	afterAll(async () => await emulator.close());
	beforeEach(() => emulator.reset());

	it('gives the sandbox DNC lists with numbers, campaigns of each kind, templates and connected agents', () => {
		const { state } = emulator;
		expect([...dncLists(state).values()].map((list) => list.name)).toEqual(['Do not call', 'Texting opt-outs']);
		expect(dncContacts(state).size).toBe(4);
		for (const kind of ['callcenter_campaigns', 'voice_broadcasts', 'sms_campaigns'] as const) {
			expect(campaigns(state, kind).size).toBeGreaterThanOrEqual(2);
			expect([...campaigns(state, kind).values()].every((campaign) => [1, 2, 3, 4].includes(campaign.status))).toBe(true);
		}
		expect(voiceBroadcastTemplates(state).size).toBe(2);
		expect(liveAgents(state).size).toBe(2);
	});

	it('answers a number already on the list with 400 on phone_number, and resolves the list URL by its path only', async () => {
		const [list] = [...dncLists(emulator.state).keys()];
		const dnc = `https://api-na1.callhub.io/v1/dnc_lists/${list}/`;
		const added = await call('/v1/dnc_contacts/', 'POST', { dnc, phone_number: '+1 415 555 7777' });
		expect(added.status).toBe(201);
		expect(added.body).toEqual({
			url: expect.stringMatching(/\/v1\/dnc_contacts\/\d{19}\/$/),
			dnc: `${emulator.url}/v1/dnc_lists/${list}/`,
			phone_number: '14155557777',
		});
		const again = await call('/v1/dnc_contacts/', 'POST', { dnc, phone_number: '14155557777' });
		expect(again).toEqual({ status: 400, body: { phone_number: ['dnc contact with this phone number already exists.'] } });
		const byId = await call('/v1/dnc_contacts/', 'POST', { dnc: list, phone_number: '14155557778' });
		expect(byId.body).toEqual({ dnc: ['Invalid hyperlink - No URL match.'] });
	});

	it('needs both dnc and phone_number on a DNC contact PUT', async () => {
		const [entry] = [...dncContacts(emulator.state).keys()];
		const response = await call(`/v1/dnc_contacts/${entry}/`, 'PUT', { phone_number: '14155550000' });
		expect(response).toEqual({ status: 400, body: { dnc: ['This field is required.'] } });
	});

	it('creates a voice broadcast paused; flat schedule keys are ignored (CallHub keeps its start-now default)', async () => {
		const [template] = [...voiceBroadcastTemplates(emulator.state).keys()];
		const response = await call('/v1/vb_campaign/', 'POST', {
			name: 'Flat',
			phonebooks: [firstBook()],
			callerid_options: { callerid: '14155550000' },
			template_id: template,
			startingdate: '2030-01-01 09:00:00',
			monday: false,
		});
		expect(response.status).toBe(201);
		expect(response.body).toMatchObject({ name: 'Flat', status: 2, frequency: 60, schedule: { startingdate: null, monday: true } });
		expect(String(response.body?.pk_str)).toMatch(/^\d{19}$/);
	});

	it('reports every problem of a voice broadcast create at once, nested like DRF', async () => {
		const response = await call('/v1/vb_campaign/', 'POST', { phonebooks: ['1'], schedule: { startingdate: 'soon' } });
		expect(response).toEqual({
			status: 400,
			body: {
				name: ['This field is required.'],
				phonebooks: ['Invalid pk "1" - object does not exist.'],
				callerid_options: { callerid: ['This field is required.'] },
				non_field_errors: ['Either template_id or script is required.'],
				schedule: { startingdate: ['Datetime has wrong format. Use one of these formats instead: YYYY-MM-DD hh:mm:ss.'] },
			},
		});
	});

	it('validates an SMS broadcast create and has no ABORT status for SMS campaigns', async () => {
		const invalid = await call('/v2/sms_broadcast/create/', 'POST', { name: 'X', phonebook: [firstBook()] });
		expect(invalid).toEqual({
			status: 400,
			body: { text_message: ['This field is required.'], callerid: ['This field is required.'] },
		});
		const created = await call('/v2/sms_broadcast/create/', 'POST', {
			name: 'Invite',
			text_message: 'Hi',
			phonebook: [firstBook()],
			callerid: '14155550000',
		});
		expect(created.body).toMatchObject({ name: 'Invite', status: 2, phonebook: [firstBook()] });
		const abort = await call(`/v1/sms_campaigns/${String(created.body?.pk_str)}/`, 'PUT', { status: 3 });
		expect(abort).toEqual({ status: 400, body: { status: ['"3" is not a valid choice.'] } });
	});
});
