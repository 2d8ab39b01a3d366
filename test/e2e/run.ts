/*
 * `npm run test:e2e`: the packed package in real n8n. Builds and packs it, installs it like n8n's
 * community-node installer into a throwaway n8n, checks n8n loads every node and credential, runs
 * every example workflow against the emulator, drives the editor, then repeats the load check and the
 * scenarios marked `olderReleases` on the older releases (2.8.4 on Node.js 20, 1.123.81 on Node.js 22).
 *
 * Options: --current-only, --older-only, --release=<version> (repeatable), --no-editor, --no-dev.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { seedDemoAccount } from '../emulator/seed';
import type { Emulator } from '../emulator/server';
import { startEmulator } from '../emulator/server';
import type { N8nRelease } from '../n8n/install';
import { CURRENT, ensureN8n, RELEASES } from '../n8n/install';
import type { N8nInstance, N8nServer } from '../n8n/n8n';
import { startN8n } from '../n8n/n8n';
import type { PackageTypes } from '../n8n/package';
import { buildAndPack, installPackage, repoRoot, typesInSource } from '../n8n/package';
import type { Session } from '../n8n/rest';
import { apiKey, LOCAL_OWNER, ownerSession } from '../n8n/rest';
import type { ExampleWorkflow } from '../n8n/setup';
import { exampleWorkflows, importSandbox } from '../n8n/setup';
import { checkDevNamesBusyPorts, checkDevStopsOn } from './checks/dev';
import { chromiumAvailable, createContactInEditor } from './checks/editor';
import { checkErrorClasses } from './checks/errors';
import { runExecuteScenario } from './checks/execute';
import { checkAgentCredentialTest, checkCredentialTest, checkTypesLoaded } from './checks/load';
import { runTriggerScenario } from './checks/trigger';
import { check, say, step, summary } from './report';
import type { Scenario } from './scenario';

const WORK = join(repoRoot, '.e2e');
export const SCREENSHOT = join(repoRoot, 'docs', 'images', 'callhub-node.png');
/** Fixed high ports, away from the dev command's 5678/4010; sandbox and unit tests use random ones. */
const PORTS = { http: 5688, broker: 5689, cliBroker: 5690 };
const OPTIONS = ['--current-only', '--older-only', '--release=<version>', '--no-editor', '--no-dev'];

interface Case {
	workflow: ExampleWorkflow;
	scenario: Scenario;
}

function loadCases(): Case[] {
	const dir = join(__dirname, 'scenarios');
	const scenarios = new Map(
		readdirSync(dir)
			.filter((file) => file.endsWith('.ts'))
			.map((file) => {
				// eslint-disable-next-line @typescript-eslint/no-require-imports
				const { scenario } = require(join(dir, file)) as { scenario: Scenario };
				return [scenario.workflow, scenario] as const;
			}),
	);
	const workflows = exampleWorkflows();
	const unmatched = [
		...workflows.filter((workflow) => !scenarios.has(workflow.file)).map((workflow) => `examples/${workflow.file} has no scenario in test/e2e/scenarios/`),
		...[...scenarios.keys()].filter((file) => !workflows.some((workflow) => workflow.file === file)).map((file) => `a scenario names examples/${file}, which does not exist`),
	];
	if (unmatched.length) throw new Error(unmatched.join('\n'));
	return workflows.map((workflow) => ({ workflow, scenario: scenarios.get(workflow.file) as Scenario }));
}

async function main(): Promise<void> {
	const args = new Set(process.argv.slice(2));
	const picked = [...args].filter((arg) => arg.startsWith('--release=')).map((arg) => arg.slice('--release='.length));
	const unknown = [
		...[...args].filter((arg) => !OPTIONS.includes(arg) && !arg.startsWith('--release=')),
		...picked.filter((version) => !RELEASES.some((release) => release.version === version)).map((version) => `--release=${version}`),
	];
	if (unknown.length) {
		say(`Unknown option ${unknown.join(' ')}; options: ${OPTIONS.join(' ')} (releases: ${RELEASES.map((release) => release.version).join(', ')})`);
		process.exit(2);
	}
	const releases = picked.length
		? RELEASES.filter((release) => picked.includes(release.version))
		: args.has('--current-only')
			? [CURRENT]
			: args.has('--older-only')
				? RELEASES.filter((release) => release !== CURRENT)
				: RELEASES;
	say(`n8n-nodes-callhub e2e: real n8n ${releases.map((release) => release.version).join(', ')}, the packed package, the CallHub emulator`);

	let cases: Case[] = [];
	const casesOk = await check('every example workflow has a scenario, every scenario a workflow', () => {
		cases = loadCases();
	});
	const tarball = await step('Build and pack the package (npm run build, npm pack)', () => buildAndPack(join(WORK, 'pack')));
	if (!tarball || !casesOk) process.exit(summary());
	const types = typesInSource();
	say(`  package: ${tarball}\n  types: ${[...types.nodes, ...types.credentials].map((entry) => entry.type).join(', ')}`);

	const emulator = await startEmulator({
		apiKey: 'callhub-e2e-key',
		rates: { general: 'off', search: 'off', bulk: 'off' },
		seed: (state) => seedDemoAccount(state),
	});
	try {
		for (const release of releases) {
			await testRelease(release, release === CURRENT, { tarball, types, cases, emulator, editor: !args.has('--no-editor') });
		}
	} finally {
		await emulator.close();
	}
	if (!args.has('--no-dev')) {
		say('\nnpm run dev (stopped by a signal to its process, as an IDE or process manager does)');
		await check('npm run dev names every busy port and stops nothing it did not start', () => checkDevNamesBusyPorts());
		await check('npm run dev stops n8n, its task runner and the sandbox on SIGTERM', () => checkDevStopsOn('SIGTERM', true));
		await check('npm run dev stops n8n, its task runner and the sandbox on SIGINT, and keeps the examples it imported before', () => checkDevStopsOn('SIGINT'));
	}
	process.exit(summary());
}

interface Context {
	tarball: string;
	types: PackageTypes;
	cases: Case[];
	emulator: Emulator;
	editor: boolean;
}

async function testRelease(release: N8nRelease, full: boolean, context: Context): Promise<void> {
	const { emulator } = context;
	const v = `n8n ${release.version}`;
	say(`\n${v}${full ? '' : ' (older release: the load check and the contacts, CallHub Agent and trigger examples)'}`);
	const install = await step(`Install ${v} (cached after the first run)`, () => ensureN8n(release, (line) => say(`    ${line}`)));
	if (!install) return;
	const instance: N8nInstance = { install, userFolder: join(WORK, `n8n-${release.version}`), ports: PORTS };
	rmSync(instance.userFolder, { recursive: true, force: true });
	const prepared = await step(`Install the packed package into ${v}'s community nodes and import the examples`, async () => {
		await installPackage(instance.userFolder, context.tarball);
		await importSandbox(instance, emulator);
		return true;
	});
	if (!prepared) return;

	for (const { workflow, scenario } of context.cases) {
		if (scenario.kind !== 'execute' || (!full && !scenario.olderReleases)) continue;
		await check(`${v} runs examples/${workflow.file} (${workflow.name})`, () => runExecuteScenario(instance, emulator, workflow, scenario));
	}
	await check(`${v} shows what the node refuses as a NodeOperationError and CallHub's answers as a NodeApiError (Stop, Continue On Fail)`, () =>
		checkErrorClasses(instance, emulator),
	);

	const server = await step(`Start ${v} on http://127.0.0.1:${PORTS.http}`, () => startN8n(instance, join(instance.userFolder, 'n8n.log')));
	if (!server) return;
	try {
		await serverChecks(v, full, server, context);
	} finally {
		await server.stop();
	}
}

async function serverChecks(v: string, full: boolean, server: N8nServer, context: Context): Promise<void> {
	const { emulator } = context;
	const session = await step('Set up the owner login', () => ownerSession(server.url));
	if (!session) return;
	await check(`${v} loads every node and credential of the package`, () => checkTypesLoaded(session, context.types));
	await check(`${v} accepts the CallHub Sandbox credential (the credential's Test)`, () => checkCredentialTest(session, emulator));
	await check(`${v} accepts the CallHub Sandbox Agent credential (signs the demo agent in)`, () => checkAgentCredentialTest(session, emulator));
	await triggerChecks(v, full, server, session, context);
	if (!full || !context.editor) return;
	if (!chromiumAvailable()) {
		await check(`${v} editor: add the CallHub node and run it`, () => {
			throw new Error('Chromium is missing: apt-get install -y chromium (or set CHROMIUM_PATH), or run with --no-editor');
		});
		return;
	}
	await check(`${v} editor: add the CallHub node, fill in Create a contact, Execute step (docs/images/callhub-node.png)`, () =>
		createContactInEditor(server.url, LOCAL_OWNER, emulator, SCREENSHOT, join(WORK, 'editor-failure.png')),
	);
}

async function triggerChecks(v: string, full: boolean, server: N8nServer, session: Session, context: Context): Promise<void> {
	const triggers = context.cases.filter((entry) => entry.scenario.kind === 'trigger' && (full || entry.scenario.olderReleases));
	if (!triggers.length) return;
	const key = await step('Create a public API key', () => apiKey(session));
	if (!key) return;
	for (const { workflow, scenario } of triggers) {
		if (scenario.kind !== 'trigger') continue;
		const what = scenario.source === 'workflowWebhook' ? 'nothing registered, calls run, no token refused' : 'hooks registered, events delivered, no token refused, hooks removed';
		await check(`${v} trigger examples/${workflow.file}: ${what}`, () =>
			runTriggerScenario(server, key, context.emulator, workflow, scenario),
		);
	}
}

void main();
