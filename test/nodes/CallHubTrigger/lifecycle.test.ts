import type { Webhook } from '../../emulator/resources/webhooks';
import { createWebhook, webhooks } from '../../emulator/resources/webhooks';
import { useEmulator } from '../../harness/emulator';
import { TriggerWorkflow } from '../../harness/trigger';

/**
 * The trigger's webhook lifecycle, run the way n8n runs it (checkExists, then create when it says
 * false; delete on deactivation) in n8n-core's HookContext against the emulated CallHub account.
 */
describe('CallHub Trigger: registering webhooks', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	const allHooks = (): Webhook[] => [...webhooks(bed.emulator.state).values()];
	const hooksOf = (trigger: TriggerWorkflow, test = false): Webhook[] =>
		allHooks().filter((hook) => hook.target.startsWith(`${trigger.webhookUrl(test)}?`));
	const eventsOf = (hooks: Webhook[]): string[] => hooks.map((hook) => hook.event).sort();
	const newTrigger = (events: string[], options: { baseUrl?: string } = {}) =>
		new TriggerWorkflow(bed.credentials, { events }, options);

	/** Webhooks of other n8n workflows and of other tools in the same CallHub account. */
	function addForeignHooks(): Webhook[] {
		return [
			createWebhook(bed.emulator.state, 'sb.reply', 'https://n8n.example.org/webhook/0b1c2d3e-other-workflow/webhook?token=theirs&event=sb.reply'),
			createWebhook(bed.emulator.state, 'cc.notes', 'https://hooks.zapier.com/hooks/catch/123456/abcdef/'),
			createWebhook(bed.emulator.state, 'sb.reply', 'https://crm.example.com/callhub/replies'),
			createWebhook(bed.emulator.state, 'agent.activation', 'https://n8n.example.org/webhook-test/0b1c2d3e-other-workflow/webhook'),
		];
	}

	it('registers exactly one webhook per selected event, each URL carrying the secret token and its event', async () => {
		const trigger = newTrigger(['sb.reply', 'cc.notes', 'vb.transfer']);
		expect(await trigger.activate()).toEqual({ existed: false });

		const token = trigger.nodeData().token as string;
		expect(token).toMatch(/^[0-9a-f]{64}$/);
		const posts = bed.emulator.requests('POST', '/v1/webhooks/');
		expect(posts.map((entry) => entry.body)).toEqual(
			['sb.reply', 'cc.notes', 'vb.transfer'].map((event) => ({
				event,
				target: `${trigger.webhookUrl()}?token=${token}&event=${event}`,
			})),
		);
		expect(eventsOf(allHooks())).toEqual(['cc.notes', 'sb.reply', 'vb.transfer']);
		// The 19-digit ids CallHub returned, exactly, as strings.
		expect(trigger.nodeData().webhookIds).toEqual(posts.map(() => expect.stringMatching(/^\d{19}$/)));
		expect([...(trigger.nodeData().webhookIds as string[])].sort()).toEqual(allHooks().map((hook) => hook.id).sort());
	});

	it('creates no duplicate when activated again: checkExists finds every webhook on CallHub', async () => {
		const trigger = newTrigger(['sb.reply', 'cc.notes']);
		await trigger.activate();
		const ids = trigger.nodeData().webhookIds;

		expect(await trigger.activate({ activation: 'init' })).toEqual({ existed: true });
		// Even a create that n8n runs anyway (e.g. after a failed check elsewhere) adds nothing.
		expect(await trigger.hook('create')).toBe(true);

		expect(bed.emulator.requests('POST', '/v1/webhooks/')).toHaveLength(2);
		expect(allHooks()).toHaveLength(2);
		expect(trigger.nodeData().webhookIds).toEqual(ids);
	});

	it('reads every page of the webhook list, so its webhooks after the first 1,000 are still found', async () => {
		for (let index = 0; index < 1001; index++) {
			createWebhook(bed.emulator.state, 'sb.reply', `https://crm.example.com/hook/${index}`);
		}
		const trigger = newTrigger(['cc.notes']);
		await trigger.activate();
		bed.emulator.log.length = 0;
		expect(await trigger.activate()).toEqual({ existed: true });

		const lists = bed.emulator.requests('GET', '/v1/webhooks/');
		expect(lists.map((entry) => entry.query)).toEqual([{ page_size: '1000' }, { page: '2', page_size: '1000' }]);
		expect(hooksOf(trigger)).toHaveLength(1);
		expect(allHooks()).toHaveLength(1002);
	});

	it('re-creates a webhook deleted on CallHub, keeping the ones still there', async () => {
		const trigger = newTrigger(['sb.reply', 'cc.notes']);
		await trigger.activate();
		const [replies, notes] = hooksOf(trigger);
		webhooks(bed.emulator.state).delete(notes.id);

		expect(await trigger.activate({ activation: 'init' })).toEqual({ existed: false });

		const recreated = hooksOf(trigger).find((hook) => hook.event === 'cc.notes') as Webhook;
		expect(recreated.id).not.toBe(notes.id);
		expect(recreated.target).toBe(notes.target);
		expect(bed.emulator.requests('POST', '/v1/webhooks/').at(-1)?.body).toEqual({ event: 'cc.notes', target: notes.target });
		expect(bed.emulator.requests('DELETE')).toEqual([]);
		expect(trigger.nodeData().webhookIds).toEqual([replies.id, recreated.id]);
	});

	it('reconciles a changed event selection: registers new events, removes deselected ones, keeps the rest', async () => {
		const trigger = newTrigger(['sb.reply', 'cc.notes']);
		await trigger.activate();
		const [replies, notes] = hooksOf(trigger);

		trigger.parameters = { events: ['cc.notes', 'agent.activation'] };
		expect(await trigger.activate({ activation: 'update' })).toEqual({ existed: false });

		expect(eventsOf(hooksOf(trigger))).toEqual(['agent.activation', 'cc.notes']);
		expect(webhooks(bed.emulator.state).has(notes.id)).toBe(true);
		expect(bed.emulator.requests('DELETE').map((entry) => entry.path)).toEqual([`/v1/webhooks/${replies.id}/`]);
		expect([...(trigger.nodeData().webhookIds as string[])].sort()).toEqual(hooksOf(trigger).map((hook) => hook.id).sort());
	});

	it('registers each name under Other Events like the chosen events (p2p.reply, cc.transfer), and refuses a malformed name', async () => {
		const trigger = newTrigger(['sb.reply']);
		trigger.parameters = { events: ['sb.reply'], otherEvents: 'p2p.reply, cc.transfer' };
		await trigger.activate();
		expect(eventsOf(hooksOf(trigger))).toEqual(['cc.transfer', 'p2p.reply', 'sb.reply']);
		expect(bed.emulator.requests('POST', '/v1/webhooks/').map((entry) => (entry.body as { event: string }).event).sort()).toEqual([
			'cc.transfer',
			'p2p.reply',
			'sb.reply',
		]);

		trigger.parameters = { events: [], otherEvents: 'p2p reply!' };
		await expect(trigger.activate({ activation: 'update' })).rejects.toMatchObject({
			name: 'NodeOperationError',
			message: expect.stringContaining('The Other Events parameter has "p2p", which is not a CallHub event name'),
		});
	});

	it("moves its webhooks to n8n's new URL and removes the old ones, leaving other workflows' webhooks alone", async () => {
		const foreign = addForeignHooks();
		const trigger = newTrigger(['sb.reply', 'vb.transfer']);
		await trigger.activate();
		const old = hooksOf(trigger);

		trigger.baseUrl = 'https://automation.example.net';
		expect(await trigger.activate({ activation: 'init' })).toEqual({ existed: false });

		expect(old.every((hook) => !webhooks(bed.emulator.state).has(hook.id))).toBe(true);
		const moved = hooksOf(trigger);
		expect(eventsOf(moved)).toEqual(['sb.reply', 'vb.transfer']);
		expect(moved.every((hook) => hook.target.startsWith('https://automation.example.net/webhook/'))).toBe(true);
		expect(foreign.every((hook) => webhooks(bed.emulator.state).get(hook.id) === hook)).toBe(true);
		expect(allHooks()).toHaveLength(foreign.length + 2);
	});

	it('takes back webhooks of its own URL whose id and secret were lost (static data reset), without duplicating them', async () => {
		const trigger = newTrigger(['sb.reply', 'cc.notes']);
		await trigger.activate();
		const before = hooksOf(trigger);
		trigger.staticData = {};

		await trigger.activate({ activation: 'init' });

		const after = hooksOf(trigger);
		expect(eventsOf(after)).toEqual(['cc.notes', 'sb.reply']);
		expect(after.some((hook) => before.some((old) => old.id === hook.id))).toBe(false);
		expect(after.every((hook) => hook.target.includes(`token=${trigger.nodeData().token as string}&`))).toBe(true);
	});

	it('removes an extra webhook registered twice for the same event on its URL', async () => {
		const trigger = newTrigger(['sb.reply']);
		await trigger.activate();
		const [kept] = hooksOf(trigger);
		const duplicate = createWebhook(bed.emulator.state, 'sb.reply', kept.target);

		expect(await trigger.activate()).toEqual({ existed: false });

		expect(hooksOf(trigger)).toEqual([kept]);
		expect(bed.emulator.requests('DELETE').map((entry) => entry.path)).toEqual([`/v1/webhooks/${duplicate.id}/`]);
	});

	it('never touches webhooks of other workflows or other tools, even for the same events', async () => {
		const foreign = addForeignHooks();
		const trigger = newTrigger(['sb.reply', 'cc.notes', 'agent.activation']);
		await trigger.activate();
		trigger.parameters = { events: ['vb.transfer'] };
		await trigger.activate({ activation: 'update' });
		await trigger.deactivate();

		expect(allHooks()).toEqual(foreign);
		const touched = bed.emulator.requests('DELETE').map((entry) => entry.path);
		expect(touched.some((path) => foreign.some((hook) => path.includes(hook.id)))).toBe(false);
	});

	it('leaves no webhook of its own and every foreign webhook intact after 50 activate/deactivate cycles', async () => {
		const foreign = addForeignHooks();
		const trigger = newTrigger(['sb.reply', 'cc.notes']);
		const selections = [['sb.reply', 'cc.notes'], ['vb.transfer'], ['agent.activation', 'sb.reply', 'cc.notes', 'vb.transfer']];
		for (let cycle = 0; cycle < 50; cycle++) {
			trigger.parameters = { events: selections[cycle % selections.length] };
			await trigger.activate();
			expect(eventsOf(hooksOf(trigger))).toEqual([...selections[cycle % selections.length]].sort());
			if (cycle % 10 === 0) expect(await trigger.activate()).toEqual({ existed: true });
			expect(await trigger.deactivate()).toBe(true);
			expect(hooksOf(trigger)).toEqual([]);
		}
		expect(allHooks()).toEqual(foreign);
		expect(trigger.nodeData()).toEqual({});
	});

	it('deactivates cleanly when CallHub already deleted a webhook (404 means gone)', async () => {
		const trigger = newTrigger(['sb.reply', 'cc.notes']);
		await trigger.activate();
		const [gone] = hooksOf(trigger);
		webhooks(bed.emulator.state).delete(gone.id);

		expect(await trigger.deactivate()).toBe(true);

		const deletes = bed.emulator.requests('DELETE');
		expect(deletes.map((entry) => [entry.path, entry.status])).toEqual([
			[`/v1/webhooks/${gone.id}/`, 404],
			[expect.stringMatching(/^\/v1\/webhooks\/\d{19}\/$/), 204],
		]);
		expect(allHooks()).toEqual([]);
		expect(trigger.nodeData()).toEqual({});
	});

	it('logs a webhook it could not remove, reports the failure, and removes it on the next try', async () => {
		const trigger = newTrigger(['sb.reply', 'cc.notes']);
		await trigger.activate();
		const [stuck, other] = hooksOf(trigger);
		bed.emulator.inject({ method: 'DELETE', path: `/v1/webhooks/${stuck.id}/`, status: 500, body: { detail: 'Server is busy' } });
		trigger.clearLogs();

		expect(await trigger.deactivate()).toBe(false);

		expect(webhooks(bed.emulator.state).has(other.id)).toBe(false);
		expect(trigger.nodeData().webhookIds).toEqual([stuck.id]);
		const warnings = trigger.logLines().filter((line) => line.level === 'warn').map((line) => line.message);
		expect(warnings).toEqual(
			expect.arrayContaining([
				expect.stringContaining(`could not remove CallHub webhook ${stuck.id}: CallHub failed to process the request (HTTP 500): Server is busy`),
				expect.stringContaining(`could not be removed (${stuck.id})`),
			]),
		);
		expect(warnings.join('\n')).not.toContain(bed.emulator.apiKey);

		expect(await trigger.deactivate()).toBe(true);
		expect(allHooks()).toEqual([]);
	});

	it('removes a webhook left over by a failed deactivation when it is activated again', async () => {
		const trigger = newTrigger(['sb.reply']);
		await trigger.activate();
		const [stuck] = hooksOf(trigger);
		bed.emulator.inject({ method: 'DELETE', path: `/v1/webhooks/${stuck.id}/`, status: 503 });
		await trigger.deactivate();

		trigger.parameters = { events: ['cc.notes'] };
		await trigger.activate();

		expect(webhooks(bed.emulator.state).has(stuck.id)).toBe(false);
		expect(eventsOf(hooksOf(trigger))).toEqual(['cc.notes']);
	});

	it('"Listen for test event" registers on the test URL with its own token and leaves production webhooks alone', async () => {
		const trigger = newTrigger(['sb.reply']);
		await trigger.activate();
		const production = hooksOf(trigger);

		expect(await trigger.listen()).toEqual({ existed: false });
		const testHooks = hooksOf(trigger, true);
		expect(eventsOf(testHooks)).toEqual(['sb.reply']);
		expect(trigger.nodeData(true).token).not.toBe(trigger.nodeData().token);

		expect(await trigger.stopListening()).toBe(true);
		expect(hooksOf(trigger, true)).toEqual([]);
		expect(hooksOf(trigger)).toEqual(production);
	});

	it('refuses to activate with no event selected', async () => {
		const trigger = newTrigger([]);
		// Refused by the node itself: a NodeOperationError, which n8n shows without "From CallHub".
		await expect(trigger.activate()).rejects.toMatchObject({ name: 'NodeOperationError', message: expect.stringContaining('Choose at least one event in the Events parameter') });
		expect(allHooks()).toEqual([]);
	});

	it("fails activation with CallHub's own message when it rejects a webhook", async () => {
		bed.emulator.inject({ method: 'POST', path: '/v1/webhooks/', status: 400, body: { target: ['Enter a valid URL.'] } });
		const trigger = newTrigger(['sb.reply']);
		await expect(trigger.activate()).rejects.toMatchObject({
			name: 'NodeApiError',
			httpCode: '400',
			message: expect.stringContaining('CallHub rejected the request: Target URL (target): Enter a valid URL.'),
		});
	});
});

describe('CallHub Trigger: CallHub Workflow Webhook mode registers nothing', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());
	const secretToken = 'k3X9-q2Lm_7Rt.0Zp4~Wv8Yb';

	it('activates without calling CallHub when the Secret Token is strong', async () => {
		const trigger = new TriggerWorkflow({}, { source: 'workflowWebhook', secretToken });
		expect(await trigger.activate()).toEqual({ existed: true });
		expect(await trigger.deactivate()).toBe(true);
		expect(bed.emulator.log).toEqual([]);
	});

	it.each([
		['', 'is empty'],
		['short-secret', 'has fewer than 24 characters'],
		['a secret with spaces and & signs!', 'may only contain letters, digits and - . _ ~'],
	])('refuses to activate with the Secret Token %j and suggests a random one', async (token, reason) => {
		const trigger = new TriggerWorkflow({}, { source: 'workflowWebhook', secretToken: token });
		const failure = await trigger.activate().catch((error: Error & { description?: string }) => error);
		expect(failure).toMatchObject({ message: `The Secret Token parameter ${reason}` });
		expect((failure as { description: string }).description).toMatch(/e\.g\. this newly generated one: [0-9a-f]{64}$/);
	});

	it('registers nothing after a switch from API events: n8n deactivates the events version, which removes its webhooks', async () => {
		const foreign = createWebhook(bed.emulator.state, 'sb.reply', 'https://crm.example.com/callhub/replies');
		const trigger = new TriggerWorkflow(bed.credentials, { events: ['sb.reply', 'cc.notes'] });
		await trigger.activate();
		await trigger.deactivate();
		bed.emulator.log.length = 0;

		trigger.parameters = { source: 'workflowWebhook', secretToken };
		expect(await trigger.activate({ activation: 'update' })).toEqual({ existed: true });

		expect(bed.emulator.log).toEqual([]);
		expect([...webhooks(bed.emulator.state).values()]).toEqual([foreign]);
	});

	it('reports webhooks of the events version it could not remove instead of failing activation', async () => {
		const trigger = new TriggerWorkflow(bed.credentials, { events: ['sb.reply'] });
		await trigger.activate();
		const [left] = [...webhooks(bed.emulator.state).values()];
		trigger.parameters = { source: 'workflowWebhook', secretToken };
		trigger.clearLogs();

		// Activated without the events version being deactivated first: the credential is not used
		// in this mode, so the leftover cannot be removed from here.
		expect(await trigger.activate({ activation: 'update' })).toEqual({ existed: false });

		expect(trigger.nodeData().webhookIds).toEqual([left.id]);
		expect(trigger.logLines().map((line) => line.message)).toContainEqual(
			`CallHub Trigger: CallHub webhook(s) ${left.id} registered for API events are still there; delete them in CallHub.`,
		);
	});
});
