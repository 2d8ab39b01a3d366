/**
 * Behaviour variants: where CallHub's real behaviour is unknown (../shared/callhub-api/REAL-CLIENTS.md,
 * "Unresolved"), each topic has one variant per plausible behaviour. The emulator runs the first of
 * each topic unless told otherwise (`startEmulator({ variants: [...] })`, `npm run sandbox -- --variant
 * name`, or `POST /__emulator/variants {"variants": [...]}`), and the node is tested under every one
 * (test/nodes/CallHub/variantMatrix.test.ts).
 */

export interface Topic {
	/** What is unknown, for the printed matrix. */
	question: string;
	/** Variant names, the emulator's default first, each with the evidence that makes it plausible. */
	variants: Record<string, string>;
}

export const TOPICS = {
	ccStatus: {
		question: 'Call-center campaign status codes (PUT /v1/callcenter_campaigns/{id}/)',
		variants: {
			'cc-status-documented':
				"1 start, 2 pause, 3 abort, 4 end: the seed's table, the same for every campaign kind (developer.callhub.io); 5 is not a valid choice",
			'cc-status-mcp':
				'2 running, 4 paused, 5 stopped: what callhub/callhub-mcp src/callhub/campaigns.py sends (pause 4, resume 2, stop 5, restart 2); 1 and 3 are not valid choices',
		},
	},
	statusRefused: {
		question: 'How CallHub answers a status change it will not make (an ended campaign started or paused again)',
		variants: {
			'status-refused-400':
				"answers 400 naming `status` (DRF's field error; CallHub's dashboard offers to duplicate an ended campaign instead)",
			'status-ignored-silently':
				'answers 200 with the status sent, and keeps the old one: a DRF serializer echoes the fields it was given while the model refuses the change (no client shows which; the node must not take the answer for the change)',
		},
	},
	duplicateContact: {
		question: 'A phone number CallHub already holds, on POST /v1/contacts/',
		variants: {
			'duplicate-refused-with-contact': 'answers 400 with the existing contact under `contact` (dexblack/cramclub reads it)',
			'duplicate-accepted': 'creates a second contact with the same number (callhub-mcp warns its update-by-phone "may create a new contact")',
			'duplicate-refused-bare': 'answers 400 naming the number, without the existing contact',
		},
	},
	liveAgents: {
		question: 'The answer of GET /v2/campaign/agent/live/ (no client shows it)',
		variants: {
			'live-agents-page': 'a DRF page: {count, next, previous, results}',
			'live-agents-array': 'a bare array of agents',
			'live-agents-object': 'one agent object when one agent is connected ({} when none)',
		},
	},
	customFieldChoices: {
		question: 'Which key PUT /v1/custom_fields/{id}/ reads the choices of a Multi-choice field from',
		variants: {
			'custom-field-choice': '`choice`, as on create (callhub-mcp custom_fields.py create; hotgluexyz/target-callhub)',
			'custom-field-options': '`options` (callhub-mcp custom_fields.py update); `choice` is ignored',
		},
	},
	smsSchedule: {
		question: 'Whether POST /v2/sms_broadcast/create/ needs the full schedule',
		variants: {
			'sms-schedule-optional': 'fills in defaults for a missing schedule',
			'sms-schedule-required':
				'refuses a body without startingdate, expirationdate, daily times, weekdays and retry settings (callhub-mcp sms_broadcasts.py always sends them)',
		},
	},
	vbDuplicatePhoneBooks: {
		question: 'Whether POST /v1/vb_campaign/{id}/duplicate/ applies the `phonebooks` sent with it (no client shows the body)',
		variants: {
			'vb-duplicate-applies-phonebooks': 'the copy gets the phone books sent',
			'vb-duplicate-ignores-phonebooks': "the copy keeps the original's phone books",
		},
	},
} satisfies Record<string, Topic>;

export type TopicName = keyof typeof TOPICS;
export type VariantName = { [T in TopicName]: keyof (typeof TOPICS)[T]['variants'] }[TopicName];

const TOPIC_OF = new Map<string, TopicName>(
	(Object.keys(TOPICS) as TopicName[]).flatMap((topic) => Object.keys(TOPICS[topic].variants).map((name) => [name, topic] as const)),
);

/** Every variant name, for the CLI's help and the matrix. */
export function variantNames(topic?: TopicName): string[] {
	return topic ? Object.keys(TOPICS[topic].variants) : [...TOPIC_OF.keys()];
}

/** The selected variant of each topic; unknown names are refused so a typo cannot test the default. */
export class Variants {
	private readonly chosen = new Map<TopicName, string>();

	constructor(names: readonly string[] = []) {
		this.set(names);
	}

	set(names: readonly string[]): void {
		const next = new Map<TopicName, string>();
		for (const name of names) {
			const topic = TOPIC_OF.get(name);
			if (!topic) throw new Error(`Unknown emulator variant "${name}". Known: ${variantNames().join(', ')}`);
			if (next.has(topic) && next.get(topic) !== name) {
				throw new Error(`Variants "${next.get(topic)}" and "${name}" are two answers to one topic; choose one`);
			}
			next.set(topic, name);
		}
		this.chosen.clear();
		for (const [topic, name] of next) this.chosen.set(topic, name);
	}

	/** The variant in force for a topic: the chosen one, or the topic's first. */
	of<T extends TopicName>(topic: T): keyof (typeof TOPICS)[T]['variants'] {
		return (this.chosen.get(topic) ?? variantNames(topic)[0]) as keyof (typeof TOPICS)[T]['variants'];
	}

	is(name: VariantName): boolean {
		const topic = TOPIC_OF.get(name) as TopicName;
		return this.of(topic) === name;
	}

	/** The variants in force, one per topic. */
	list(): string[] {
		return (Object.keys(TOPICS) as TopicName[]).map((topic) => String(this.of(topic)));
	}
}
