import {
	AGENT_ACTIVATION_DATA,
	CC_NOTES_BARE_BODY,
	CC_NOTES_WITH_AGENT_DATA,
	SB_REPLY_BODY,
	VB_TRANSFER_BODY,
} from '../../emulator/fixtures/webhookPayloads';
import { webhookJson } from '../../emulator/webhookDelivery';
import { useEmulator } from '../../harness/emulator';
import type { Reception } from '../../harness/trigger';
import { TriggerWorkflow } from '../../harness/trigger';

const ALL_EVENTS = ['agent.activation', 'cc.notes', 'sb.reply', 'vb.transfer'];

/** cc.notes as the trigger outputs it with Simplify on: survey answers by question, tags as a list. */
const SIMPLIFIED_CC_NOTES = {
	event: 'cc.notes',
	city: 'Santa Clara',
	first_name: 'John',
	last_name: 'Doe',
	campaign: 'Fishy Campaign',
	mobile: '16507868629',
	country: 'HU',
	notes: 'This person loves fish!',
	zipcode: '50103',
	record_url: 'https://s3.amazonaws.com/recordings/081eecf6-dsfdsgdfg4e051700.mp3',
	company_website: 'https://callhub.io/',
	state: 'CA',
	contact: '16507868628',
	nationbuilder_tags: ['survey responded', 'fish owner'],
	company_name: 'CallHub',
	address: 'Genesis Suncity',
	job_title: 'Engineer',
	disposition: 'MEANINGFUL_INTERACTION',
	surveys: { 'You like A or B?': 'A', 'What is your text?': 'My Text', 'Your age?': 32 },
};

const expectNoExecution = (reception: Reception, status = 401) => {
	expect(reception.status).toBe(status);
	expect(reception.result).toEqual({ noWebhookResponse: true });
	expect(reception.executed).toBe(false);
	expect(reception.items).toEqual([]);
};

/** webhook() in n8n-core's WebhookContext, its items run through WorkflowExecute. */
describe('CallHub Trigger: receiving API webhook events', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	async function activeTrigger(parameters: Record<string, unknown> = {}): Promise<{ trigger: TriggerWorkflow; token: string }> {
		const trigger = new TriggerWorkflow(bed.credentials, { events: ALL_EVENTS, ...parameters });
		await trigger.activate();
		return { trigger, token: trigger.nodeData().token as string };
	}

	// Each documented example, sent as CallHub writes it (ids as bare JSON numbers).
	const examples: Array<[string, string, unknown, Record<string, unknown>, Record<string, unknown>]> = [
		['vb.transfer', 'in its envelope', VB_TRANSFER_BODY, { event: 'vb.transfer', ...VB_TRANSFER_BODY.data }, { event: 'vb.transfer', ...VB_TRANSFER_BODY.data }],
		['sb.reply', 'in its envelope', SB_REPLY_BODY, { event: 'sb.reply', ...SB_REPLY_BODY.data }, { event: 'sb.reply', ...SB_REPLY_BODY.data }],
		['cc.notes', 'without envelope, as documented', CC_NOTES_BARE_BODY, { event: 'cc.notes', ...CC_NOTES_BARE_BODY }, SIMPLIFIED_CC_NOTES],
		['cc.notes', 'in an envelope', { hook: {}, data: CC_NOTES_BARE_BODY }, { event: 'cc.notes', ...CC_NOTES_BARE_BODY }, SIMPLIFIED_CC_NOTES],
		[
			'agent.activation',
			'in its envelope, with a 19-digit agent id',
			{ hook: {}, data: AGENT_ACTIVATION_DATA },
			{ event: 'agent.activation', ...AGENT_ACTIVATION_DATA },
			{ event: 'agent.activation', ...AGENT_ACTIVATION_DATA },
		],
	];

	describe.each([
		['Simplify off', false],
		['Simplify on', true],
	])('%s', (_label, simplify) => {
		it.each(examples)('outputs %s %s as one item with the event and its data', async (event, _form, body, raw, simplified) => {
			const { trigger, token } = await activeTrigger({ simplify });
			const reception = await trigger.receive({ query: { token, event }, body: webhookJson(body) });

			expect(reception.status).toBe(200);
			expect(reception.response).toEqual({ message: 'Workflow was started' });
			expect(reception.json).toEqual([simplify ? simplified : raw]);
		});

		it.each(examples)('adds %s %s under "envelope" exactly as sent, with Include Raw Envelope', async (event, _form, body, raw, simplified) => {
			const { trigger, token } = await activeTrigger({ simplify, options: { includeRawEnvelope: true } });
			const reception = await trigger.receive({ query: { token, event }, body: webhookJson(body) });

			expect(reception.json).toEqual([{ ...(simplify ? simplified : raw), envelope: body }]);
		});
	});

	it("keeps CallHub's 19-digit ids exact, which n8n's own JSON parsing would round", async () => {
		const { trigger, token } = await activeTrigger({ simplify: false });
		const text = webhookJson({ hook: {}, data: AGENT_ACTIVATION_DATA });
		expect(String(JSON.parse(text).data.id)).not.toBe(AGENT_ACTIVATION_DATA.id);

		const reception = await trigger.receive({ query: { token, event: 'agent.activation' }, body: text });

		expect(reception.json[0].id).toBe('3966566468442661855');
	});

	it('gathers the flat agent.* keys of cc.notes into one agent object with Simplify, ids as exact strings', async () => {
		const { trigger, token } = await activeTrigger({ simplify: true });
		const reception = await trigger.receive({ query: { token, event: 'cc.notes' }, body: webhookJson({ hook: {}, data: CC_NOTES_WITH_AGENT_DATA }) });

		const { 'agent.id': _id, 'agent.username': _name, 'agent.email': _email, 'agent.nationbuilder_id': _nb, ...contact } = CC_NOTES_WITH_AGENT_DATA;
		expect(reception.json).toEqual([
			{
				...SIMPLIFIED_CC_NOTES,
				email: contact.email,
				nationbuilder_id: '3966566468442669774',
				agent: { id: '3966566468442677693', username: 'jane_agent', email: 'jane.agent@example.org', nationbuilder_id: '42' },
			},
		]);
	});

	it('keeps the flat agent.* keys without Simplify, their ids as exact strings', async () => {
		const { trigger, token } = await activeTrigger({ simplify: false });
		const reception = await trigger.receive({ query: { token, event: 'cc.notes' }, body: webhookJson({ hook: {}, data: CC_NOTES_WITH_AGENT_DATA }) });

		expect(reception.json).toEqual([{ event: 'cc.notes', ...CC_NOTES_WITH_AGENT_DATA, 'agent.nationbuilder_id': '42' }]);
	});

	it('reads NationBuilder tags sent as a comma-separated string (the documented type) as a list with Simplify', async () => {
		const { trigger, token } = await activeTrigger({ simplify: true });
		const reception = await trigger.receive({
			query: { token, event: 'cc.notes' },
			body: { ...CC_NOTES_BARE_BODY, nationbuilder_tags: 'survey responded, fish owner' },
		});

		expect(reception.json[0].nationbuilder_tags).toEqual(['survey responded', 'fish owner']);
	});

	it("takes the event from the envelope's hook when the URL does not name it", async () => {
		const { trigger, token } = await activeTrigger({ simplify: false });
		const reception = await trigger.receive({ query: { token }, body: { hook: { event: 'sb.reply' }, data: SB_REPLY_BODY.data } });

		expect(reception.json).toEqual([{ event: 'sb.reply', ...SB_REPLY_BODY.data }]);
	});

	describe('refuses calls without the secret token: 401, and no execution', () => {
		it.each<[string, (token: string) => Record<string, string | string[]>]>([
			['no token', () => ({ event: 'sb.reply' })],
			['an empty token', () => ({ token: '', event: 'sb.reply' })],
			['a wrong token of the same length', (token) => ({ token: `${token.slice(0, -1)}${token.endsWith('0') ? '1' : '0'}`, event: 'sb.reply' })],
			['a prefix of the token', (token) => ({ token: token.slice(0, 32), event: 'sb.reply' })],
			['the token with more after it', (token) => ({ token: `${token}0`, event: 'sb.reply' })],
			['the token given twice', (token) => ({ token: [token, token], event: 'sb.reply' })],
		])('%s', async (_label, query) => {
			const { trigger, token } = await activeTrigger();
			const reception = await trigger.receive({ query: query(token), body: SB_REPLY_BODY });

			expectNoExecution(reception);
			expect(reception.response).toEqual({ message: 'Unauthorized' });
		});

		it('refuses every call before activation, when no token exists yet', async () => {
			const trigger = new TriggerWorkflow(bed.credentials, { events: ALL_EVENTS });
			expectNoExecution(await trigger.receive({ query: { token: '', event: 'sb.reply' }, body: SB_REPLY_BODY }));
			expectNoExecution(await trigger.receive({ query: { event: 'sb.reply' }, body: SB_REPLY_BODY }));
		});

		it('refuses the old token after deactivation', async () => {
			const { trigger, token } = await activeTrigger();
			await trigger.deactivate();
			expectNoExecution(await trigger.receive({ query: { token, event: 'sb.reply' }, body: SB_REPLY_BODY }));
		});
	});

	it('answers but does not run for an event no longer selected (a webhook whose removal failed)', async () => {
		const { trigger, token } = await activeTrigger();
		trigger.parameters = { events: ['cc.notes'] };

		const reception = await trigger.receive({ query: { token, event: 'sb.reply' }, body: SB_REPLY_BODY });

		expect(reception.status).toBe(200);
		expect(reception.response).toEqual({ received: true, ignored: 'sb.reply is not selected in this trigger' });
		expect(reception.executed).toBe(false);
	});

	it('answers 400 to a body that is not a JSON object', async () => {
		const { trigger, token } = await activeTrigger();
		expectNoExecution(await trigger.receive({ query: { token, event: 'sb.reply' }, body: '["not", "an", "object"]' }), 400);
	});

	it('"Listen for test event" accepts calls on the test URL with its own token only', async () => {
		const { trigger, token } = await activeTrigger({ simplify: false });
		await trigger.listen();
		const testToken = trigger.nodeData(true).token as string;

		const accepted = await trigger.receive({ test: true, query: { token: testToken, event: 'sb.reply' }, body: SB_REPLY_BODY });
		expect(accepted.json).toEqual([{ event: 'sb.reply', ...SB_REPLY_BODY.data }]);

		expectNoExecution(await trigger.receive({ test: true, query: { token, event: 'sb.reply' }, body: SB_REPLY_BODY }));
		expectNoExecution(await trigger.receive({ query: { token: testToken, event: 'sb.reply' }, body: SB_REPLY_BODY }));
	});
});

describe('CallHub Trigger: receiving CallHub Workflow webhooks', () => {
	const secretToken = 'Wf-7hQ2xL9vB4nM1kP8sD3cR6tY0';
	const workflowTrigger = (parameters: Record<string, unknown> = {}) =>
		new TriggerWorkflow({}, { source: 'workflowWebhook', secretToken, ...parameters });

	it('outputs the call as one item named by its "event" field, surveys by question with Simplify', async () => {
		const reception = await workflowTrigger().receive({
			query: { token: secretToken },
			body: { event: 'disposition.added', ...CC_NOTES_BARE_BODY, merge_tag_field: 'kept' },
		});

		expect(reception.status).toBe(200);
		expect(reception.json).toEqual([{ ...SIMPLIFIED_CC_NOTES, event: 'disposition.added', merge_tag_field: 'kept' }]);
	});

	it('names the event "workflow" when the body has no "event" field, and keeps the data as sent without Simplify', async () => {
		const reception = await workflowTrigger({ simplify: false }).receive({ query: { token: secretToken }, body: CC_NOTES_BARE_BODY });

		expect(reception.json).toEqual([{ event: 'workflow', ...CC_NOTES_BARE_BODY }]);
	});

	it('adds the body as sent under "envelope" with Include Raw Envelope', async () => {
		const body = { event: 'survey.response', contact: '16507868628', surveys: CC_NOTES_BARE_BODY.surveys };
		const reception = await workflowTrigger({ options: { includeRawEnvelope: true } }).receive({ query: { token: secretToken }, body });

		expect(reception.json).toEqual([
			{ event: 'survey.response', contact: '16507868628', surveys: SIMPLIFIED_CC_NOTES.surveys, envelope: body },
		]);
	});

	it.each([
		['no token', {}],
		['a wrong token', { token: `${secretToken.slice(0, -1)}X` }],
		['the token with different case', { token: secretToken.toLowerCase() }],
	])('refuses a call with %s: 401, no execution', async (_label, query) => {
		expectNoExecution(await workflowTrigger().receive({ query, body: CC_NOTES_BARE_BODY }));
	});

	it('refuses every call while the Secret Token is too weak, even one that sends it', async () => {
		const weak = workflowTrigger({ secretToken: 'letmein' });
		expectNoExecution(await weak.receive({ query: { token: 'letmein' }, body: CC_NOTES_BARE_BODY }));
		const empty = workflowTrigger({ secretToken: '' });
		expectNoExecution(await empty.receive({ query: { token: '' }, body: CC_NOTES_BARE_BODY }));
	});
});
