/*
 * Every operation whose CallHub behaviour is unsettled, under every plausible behaviour (emulator
 * variants, test/emulator/variants.ts). A cell passes when the item did what the user asked, checked
 * in the emulator's state, or failed saying what CallHub did, or (campaign status only) was flagged
 * `statusVerified: false` without leaving the campaign dialing. An item reported done while the
 * state shows otherwise is a silent success and fails the test. The matrix is printed after the run
 * (README, "How the node checks CallHub's work", shows it).
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { addCampaign, campaigns, STATUS } from '../../emulator/resources/campaigns';
import type { CampaignKind } from '../../emulator/resources/campaigns';
import { connectAgent } from '../../emulator/resources/liveAgents';
import type { Emulator } from '../../emulator/server';
import { startEmulator } from '../../emulator/server';
import { setUnlimitedOrigin } from '../../../nodes/CallHub/shared/rateLimit';
import { TOPICS, variantNames } from '../../emulator/variants';
import { addContact, addCustomField, addPhoneBook, locator } from '../../harness/fixtures';
import { runNode } from '../../harness/runNode';

interface Outcome {
	/** What the item reported: done, done but flagged unverified, or failed with a message. */
	reported: 'done' | 'flagged' | 'failed';
	message?: string;
}

interface Cell {
	topic: keyof typeof TOPICS;
	operation: string;
	/** Runs the operation; returns what the item reported and whether CallHub's state shows it done. */
	run: (emulator: Emulator, run: Runner) => Promise<{ outcome: Outcome; happened: boolean; unsafe?: boolean }>;
}

type Runner = (parameters: IDataObject, input?: IDataObject[]) => Promise<{ items: IDataObject[] }>;

function outcomeOf(items: IDataObject[]): Outcome {
	const failed = items.find((item) => typeof item.error === 'string');
	if (failed) return { reported: 'failed', message: String(failed.error) };
	if (items.some((item) => item.statusVerified === false)) return { reported: 'flagged', message: String(items[0].statusNote ?? '') };
	return { reported: 'done' };
}

const KIND_RESOURCE: Record<CampaignKind, { resource: string; locator: string; inUpdateFields: boolean }> = {
	callcenter_campaigns: { resource: 'callCenterCampaign', locator: 'callCenterCampaign', inUpdateFields: true },
	voice_broadcasts: { resource: 'voiceBroadcast', locator: 'voiceBroadcast', inUpdateFields: true },
	sms_campaigns: { resource: 'smsCampaign', locator: 'smsCampaign', inUpdateFields: false },
};
const WANTED = { start: [STATUS.START], pause: [STATUS.PAUSE], end: [STATUS.END, STATUS.ABORT], abort: [STATUS.ABORT, STATUS.END] };

const INITIAL = { running: STATUS.START, paused: STATUS.PAUSE, ended: STATUS.END };

function statusCell(kind: CampaignKind, initial: keyof typeof INITIAL, intent: keyof typeof WANTED, topic: Cell['topic'] = 'ccStatus'): Cell {
	const { resource, locator: name, inUpdateFields } = KIND_RESOURCE[kind];
	return {
		topic,
		operation: `${resource} → Update: ${intent} ${initial === 'ended' ? 'an' : 'a'} ${initial} campaign`,
		run: async (emulator, run) => {
			const book = addPhoneBook(emulator, 'Voters', [addContact(emulator, { contact: '14155550190' })]);
			const campaign = addCampaign(emulator.state, kind, {
				name: 'Matrix',
				status: INITIAL[initial],
				phonebooks: [book.id],
				callerid: '14155550000',
			});
			const { items } = await run({
				resource,
				operation: 'update',
				[name]: locator(campaign.id),
				...(inUpdateFields ? { updateFields: { status: intent } } : { status: intent }),
			});
			const now = campaigns(emulator.state, kind).get(campaign.id)?.status as number;
			const outcome = outcomeOf(items);
			return {
				outcome,
				happened: (WANTED[intent] as number[]).includes(now),
				// The one thing no item may leave behind unflagged or flagged: dialing after Pause, End or Abort.
				unsafe: intent !== 'start' && now === STATUS.START && outcome.reported !== 'failed',
			};
		},
	};
}

const phonesOf = (emulator: Emulator, phone: string) => [...emulator.state.contacts.values()].filter((contact) => contact.contact === phone);

const CELLS: Cell[] = [
	...(['callcenter_campaigns', 'voice_broadcasts'] as CampaignKind[]).flatMap((kind) =>
		(['running', 'paused'] as const).flatMap((initial) =>
			(['start', 'pause', 'end', 'abort'] as const).map((intent) => statusCell(kind, initial, intent)),
		),
	),
	...(['running', 'paused'] as const).flatMap((initial) =>
		(['start', 'pause', 'end'] as const).map((intent) => statusCell('sms_campaigns', initial, intent)),
	),
	// A change CallHub will not make: only the read-back can tell when its answer echoes the status sent.
	...(['callcenter_campaigns', 'voice_broadcasts', 'sms_campaigns'] as CampaignKind[]).flatMap((kind) =>
		(['start', 'pause'] as const).map((intent) => statusCell(kind, 'ended', intent, 'statusRefused')),
	),
	{
		topic: 'duplicateContact',
		operation: 'contact → Create or Update on Phone Number, the number exists (1 item)',
		run: async (emulator, run) => {
			addContact(emulator, { contact: '14155550101', first_name: 'Old' });
			const { items } = await run({ resource: 'contact', operation: 'upsert', contact: '14155550101', additionalFields: { first_name: 'New' } });
			const held = phonesOf(emulator, '14155550101');
			return { outcome: outcomeOf(items), happened: held.length === 1 && held[0].first_name === 'New' };
		},
	},
	{
		topic: 'duplicateContact',
		operation: 'contact → Create or Update on Phone Number, two items with one new number',
		run: async (emulator, run) => {
			const { items } = await run(
				{ resource: 'contact', operation: 'upsert', contact: '={{ $json.phone }}', additionalFields: { first_name: '={{ $json.name }}' } },
				[
					{ phone: '14155550102', name: 'First' },
					{ phone: '14155550102', name: 'Second' },
				],
			);
			const held = phonesOf(emulator, '14155550102');
			return { outcome: outcomeOf(items), happened: held.length === 1 && held[0].first_name === 'Second' };
		},
	},
	{
		topic: 'duplicateContact',
		operation: 'contact → Create or Update on Email, 40 items, half on file (index)',
		run: async (emulator, run) => {
			const people = Array.from({ length: 40 }, (_, index) => ({
				email: `p${index}@example.org`,
				phone: `1202555${String(index).padStart(4, '0')}`,
			}));
			// Half are on file under their email, with their number.
			for (const person of people.slice(0, 20)) addContact(emulator, { contact: person.phone, email: person.email });
			// One more is on file under its number only, with another email: matched by number, not duplicated.
			addContact(emulator, { contact: people[30].phone, email: 'old@example.org' });
			const { items } = await run(
				{ resource: 'contact', operation: 'upsert', matchOn: 'email', email: '={{ $json.email }}', contact: '={{ $json.phone }}' },
				people,
			);
			const happened = people.every((person) => phonesOf(emulator, person.phone).length === 1) && emulator.state.contacts.size === 40;
			return { outcome: outcomeOf(items), happened };
		},
	},
	...(['with one agent connected', 'with none connected'] as const).map(
		(when): Cell => ({
			topic: 'liveAgents',
			operation: `liveAgent → Get Many ${when}`,
			run: async (emulator, run) => {
				const campaign = addCampaign(emulator.state, 'callcenter_campaigns', { name: 'Phone bank', status: STATUS.START });
				if (when === 'with one agent connected') connectAgent(emulator.state, 'ada', campaign.id);
				const { items } = await run({ resource: 'liveAgent', operation: 'getAll', returnAll: true });
				const expected = when === 'with one agent connected' ? ['ada'] : [];
				return { outcome: outcomeOf(items), happened: JSON.stringify(items.map((item) => item.username)) === JSON.stringify(expected) };
			},
		}),
	),
	{
		topic: 'customFieldChoices',
		operation: 'customField → Update the choices of a Multi-choice field',
		run: async (emulator, run) => {
			const field = addCustomField(emulator, 'Support', 'Multi-choice', ['Yes', 'No']);
			const { items } = await run({
				resource: 'customField',
				operation: 'update',
				customField: field.id,
				name: 'Support',
				updateFields: { choices: 'Yes, No, Maybe' },
			});
			return { outcome: outcomeOf(items), happened: JSON.stringify(emulator.state.customFields.get(field.id)?.choices) === '["Yes","No","Maybe"]' };
		},
	},
	{
		topic: 'vbDuplicatePhoneBooks',
		operation: 'voiceBroadcast → Duplicate onto a new phone book',
		run: async (emulator, run) => {
			const old = addPhoneBook(emulator, 'Last week');
			const fresh = addPhoneBook(emulator, 'This week');
			const original = addCampaign(emulator.state, 'voice_broadcasts', { name: 'Weekly', phonebooks: [old.id] });
			const { items } = await run({ resource: 'voiceBroadcast', operation: 'duplicate', voiceBroadcast: locator(original.id), options: { phoneBooks: [fresh.id] } });
			const copies = [...campaigns(emulator.state, 'voice_broadcasts').values()].filter((campaign) => campaign.id !== original.id);
			return { outcome: outcomeOf(items), happened: copies.length === 1 && JSON.stringify(copies[0].phonebooks) === JSON.stringify([fresh.id]) };
		},
	},
	{
		topic: 'smsSchedule',
		operation: 'smsCampaign → Create without a schedule',
		run: async (emulator, run) => {
			const book = addPhoneBook(emulator, 'Members');
			const { items } = await run({
				resource: 'smsCampaign',
				operation: 'create',
				name: 'Invite',
				textMessage: 'Join us',
				phoneBooks: [book.id],
				callerId: '+14155550000',
			});
			return { outcome: outcomeOf(items), happened: [...campaigns(emulator.state, 'sms_campaigns').values()].some((campaign) => campaign.name === 'Invite') };
		},
	},
];

interface Row {
	topic: string;
	variant: string;
	operation: string;
	result: string;
}

describe('Variant matrix: every unsettled CallHub behaviour, every affected operation', () => {
	const rows: Row[] = [];
	afterAll(() => {
		const lines = ['', 'Variant matrix (test/nodes/CallHub/variantMatrix.test.ts)', ...formatMatrix(rows).split('\n'), ''];
		process.stdout.write(`${lines.join('\n')}\n`);
	});

	for (const topic of Object.keys(TOPICS) as Array<keyof typeof TOPICS>) {
		for (const variant of variantNames(topic)) {
			describe(variant, () => {
				let emulator: Emulator;
				beforeAll(async () => {
					emulator = await startEmulator({ rates: { general: 'off', search: 'off', bulk: 'off' }, variants: [variant] });
					setUnlimitedOrigin(new URL(emulator.url).origin, true);
				});
				afterAll(async () => await emulator.close());

				for (const cell of CELLS.filter((candidate) => candidate.topic === topic)) {
					it(cell.operation, async () => {
						emulator.reset();
						const credentials = { callHubApi: { apiKey: emulator.apiKey, baseUrl: emulator.url } };
						const run: Runner = async (parameters, input) => {
							const result = await runNode({ credentials, parameters: parameters as INodeParameters, input, onError: 'continueRegularOutput' });
							return { items: result.json };
						};
						const { outcome, happened, unsafe } = await cell.run(emulator, run);
						const result =
							outcome.reported === 'failed'
								? `failed: ${outcome.message}`
								: outcome.reported === 'flagged'
									? `flagged statusVerified: false; ${happened ? 'done' : 'NOT done'}, not dialing`
									: 'done, checked in CallHub state';
						rows.push({ topic: TOPICS[topic].question, variant, operation: cell.operation, result });
						if (outcome.reported === 'done') expect({ silentSuccess: !happened, result }).toEqual({ silentSuccess: false, result });
						if (outcome.reported === 'failed') expect(outcome.message).toMatch(/CallHub/);
						expect({ dialingAfterStop: unsafe ?? false, result }).toEqual({ dialingAfterStop: false, result });
					});
				}
			});
		}
	}
});

export function formatMatrix(rows: Row[]): string {
	const header = '| Behaviour | Variant | Operation | What the item reports |\n|---|---|---|---|';
	return [header, ...rows.map((row) => `| ${row.topic} | ${row.variant} | ${row.operation} | ${row.result.replace(/\|/g, '/').slice(0, 160)} |`)].join('\n');
}
