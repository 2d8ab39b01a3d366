import type { ICredentialDataDecryptedObject, IDataObject, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { agents } from '../emulator/resources/agentAccounts';
import type { Emulator } from '../emulator/server';
import { addAgent, AGENT_NODE, tokenOf } from '../harness/agent';
import { useEmulator } from '../harness/emulator';
import type { RunResult } from '../harness/runNode';
import type { CaseNode, Mode, ReliabilityCase } from './types';

const STACK_TRACE = /\n\s+at\s|\bat\s+\S+\s+\(\S+:\d+:\d+\)/;
const ON_ERROR = { stop: undefined, continueRegularOutput: 'continueRegularOutput', continueErrorOutput: 'continueErrorOutput' } as const;
const NODES: Record<CaseNode, { type: string; credential: string }> = {
	callHub: { type: 'n8n-nodes-callhub.callHub', credential: 'callHubApi' },
	callHubAgent: { type: AGENT_NODE, credential: 'callHubAgentApi' },
};
/** Longer strings in run data are the files of the input items (generated CSVs), not messages. */
const FILE_SIZED = 100_000;

type ExpectedError = { class: typeof NodeOperationError } | { class: typeof NodeApiError; httpCode: RegExp };

/**
 * The error n8n must show: CallHub's failed answer (the last one the emulator gave) as a NodeApiError
 * with CallHub's status; no answer at all as a NodeApiError naming the system's code; anything else,
 * the node refused itself, as a NodeOperationError (n8n shows no "From CallHub" for it).
 */
function expectedError(testCase: ReliabilityCase, emulator: Emulator): ExpectedError {
	const failed = emulator.log.filter((entry) => entry.status >= 400 || entry.status < 0).at(-1);
	if (testCase.raisedBy === 'network' || (failed !== undefined && failed.status < 0)) return { class: NodeApiError, httpCode: /^E[A-Z_]+$/ };
	if (failed !== undefined) return { class: NodeApiError, httpCode: new RegExp(`^${failed.status}$`) };
	if (testCase.raisedBy === 'callhub') return { class: NodeApiError, httpCode: /^[1-5]\d\d$/ };
	return { class: NodeOperationError };
}

function expectClass(error: unknown, expected: ExpectedError, name: string): void {
	// By name: the run data keeps a copy of the error, as n8n stores it and the editor reads it.
	const seen = error as { name?: string; httpCode?: unknown } | undefined;
	expect({ name, class: seen?.name }).toEqual({ name, class: expected.class.name });
	if ('httpCode' in expected) expect({ name, httpCode: seen?.httpCode }).toEqual({ name, httpCode: expect.stringMatching(expected.httpCode) });
	else expect({ name, httpCode: seen?.httpCode }).toEqual({ name, httpCode: undefined });
}

/** The CallHub API credential, or an agent's token (the first agent of the account, made when there is none). */
function defaultCredentials(emulator: Emulator, node: CaseNode): IDataObject {
	if (node === 'callHub') return { apiKey: emulator.apiKey, baseUrl: emulator.url };
	const agent = [...agents(emulator.state).values()][0] ?? addAgent(emulator);
	return { authMethod: 'token', agentToken: tokenOf(emulator, agent), baseUrl: emulator.url, sessionToken: '', sessionOwner: '' };
}

/** Every secret the run may know: the account key, agents' tokens and passwords, and the credential's own. */
function secretsOf(emulator: Emulator, credentials: IDataObject): string[] {
	const own = Object.entries(credentials)
		.filter(([name, value]) => /key|token|password|secret/i.test(name) && typeof value === 'string')
		.map(([, value]) => value as string);
	const agentPasswords = [...agents(emulator.state).values()].map((agent) => String(agent.password ?? ''));
	return [emulator.apiKey, ...emulator.tokens.keys(), ...agentPasswords, ...own].filter((secret) => secret.length >= 8);
}

/**
 * Every case runs through n8n-core against the emulator. Whatever goes wrong, the user reads what
 * happened and how to fix it, never a stack, the API key, an agent's token or password; with
 * "continue" settings no item is lost.
 */
export function runCatalog(category: string, cases: ReliabilityCase[]): void {
	const bed = useEmulator();

	function expectNoLeak(result: RunResult, secrets: string[]): void {
		const everything =
			JSON.stringify(result.run, (_key, value: unknown) => (typeof value === 'string' && value.length > FILE_SIZED ? '<file>' : value)) +
			JSON.stringify(result.logs);
		for (const secret of secrets) expect(everything).not.toContain(secret);
	}

	function expectExplained(message: unknown, description: unknown, testCase: ReliabilityCase): void {
		expect(typeof message).toBe('string');
		if (testCase.message) expect(message).toMatch(testCase.message);
		if (testCase.description) expect(description).toMatch(testCase.description);
		expect(String(message)).not.toMatch(STACK_TRACE);
		expect(String(description ?? '')).not.toMatch(STACK_TRACE);
		expect(String(message)).not.toMatch(/^(Bad request - please check your parameters|Request failed with status code)/);
	}

	function expectPaired(items: INodeExecutionData[]): void {
		for (const item of items) expect(item.pairedItem).toEqual({ item: expect.any(Number) });
	}

	describe.each(cases.map((testCase) => [category, testCase.name, testCase] as const))('%s: %s', (_category, _name, testCase) => {
		const modes: Mode[] = testCase.modes ?? ['stop', 'continueRegularOutput', 'continueErrorOutput'];
		const node = NODES[testCase.node ?? 'callHub'];

		it.each(modes)('%s', async (mode) => {
			bed.emulator.reset();
			testCase.setup?.(bed.emulator);
			for (const fault of testCase.faults ?? []) bed.emulator.inject({ ...fault });
			const credentials = testCase.credentials?.(bed.emulator) ?? defaultCredentials(bed.emulator, testCase.node ?? 'callHub');
			const items = testCase.items?.(bed.emulator) ?? (testCase.input ?? [{ item: 0 }, { item: 1 }]).map((json) => ({ json }));
			const parameters = typeof testCase.parameters === 'function' ? testCase.parameters(bed.emulator) : testCase.parameters;

			const result = await bed.run({
				parameters,
				items,
				nodeType: node.type,
				credentials: { [node.credential]: credentials as ICredentialDataDecryptedObject },
				onError: ON_ERROR[mode],
			});

			expectNoLeak(result, secretsOf(bed.emulator, credentials));
			if (testCase.requests !== undefined) expect(bed.emulator.log).toHaveLength(testCase.requests);
			if (testCase.recovers) {
				expect(result.error).toBeUndefined();
				expect(result.items.length).toBeGreaterThan(0);
				expect(result.items.filter((item) => item.error || item.json.error)).toEqual([]);
				expect(result.errorItems).toEqual([]);
				expectPaired(result.items);
				testCase.check?.(bed.emulator, result.json);
				return;
			}
			testCase.check?.(bed.emulator, result.json);
			const expected = expectedError(testCase, bed.emulator);
			if (mode === 'stop') {
				expect(result.error).toBeDefined();
				expectExplained(result.error?.message, result.error?.description, testCase);
				expectClass(result.error, expected, testCase.name);
				return;
			}
			const output = mode === 'continueErrorOutput' ? [...result.items, ...result.errorItems] : result.items;
			expect(output).toHaveLength(items.length);
			expectPaired(output);
			expect([...output].map((item) => (item.pairedItem as { item: number }).item).sort()).toEqual(items.map((_, index) => index));
			const failed = mode === 'continueErrorOutput' ? result.errorItems : result.items.filter((item) => item.json.error);
			expect(failed.length).toBeGreaterThan(0);
			for (const item of failed) {
				expectExplained(item.json.error, item.error?.description, testCase);
				expectClass(item.error, expected, testCase.name);
			}
		});
	});
}
