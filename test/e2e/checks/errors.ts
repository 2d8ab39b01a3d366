import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect } from 'expect';

import type { Emulator } from '../../emulator/server';
import type { N8nInstance } from '../../n8n/n8n';
import { executeWorkflow, n8nCommand } from '../../n8n/n8n';
import { SANDBOX_AGENT_CREDENTIAL, SANDBOX_CREDENTIAL } from '../../n8n/setup';

interface ErrorCase {
	id: string;
	what: string;
	type: 'callHub' | 'callHubAgent';
	parameters: Record<string, unknown>;
	onError?: 'continueRegularOutput';
	/** The error n8n must show: its class, and CallHub's status for an answer of CallHub's. */
	expected: { name: 'NodeOperationError' | 'NodeApiError'; httpCode?: string; message: RegExp };
	requests: number;
}

/**
 * From an expression, as IDs come from earlier nodes: a literal one n8n itself refuses before the run
 * (the locator's own check), so the node would never see it.
 */
const NOT_AN_ID = '={{ "not-an-id" }}';

const CASES: ErrorCase[] = [
	{
		id: 'callhubErrClass1',
		what: 'an ID the node refuses stops the workflow with a NodeOperationError',
		type: 'callHub',
		parameters: { resource: 'contact', operation: 'get', contact: { __rl: true, mode: 'id', value: NOT_AN_ID } },
		expected: { name: 'NodeOperationError', message: /is not a valid CallHub ID/ },
		requests: 0,
	},
	{
		id: 'callhubErrClass2',
		what: 'the same with Continue On Fail: the item carries a NodeOperationError',
		type: 'callHub',
		parameters: { resource: 'contact', operation: 'get', contact: { __rl: true, mode: 'id', value: NOT_AN_ID } },
		onError: 'continueRegularOutput',
		expected: { name: 'NodeOperationError', message: /is not a valid CallHub ID/ },
		requests: 0,
	},
	{
		id: 'callhubErrClass3',
		what: "CallHub's 404 stops the workflow with a NodeApiError, Error code 404",
		type: 'callHub',
		parameters: { resource: 'contact', operation: 'get', contact: { __rl: true, mode: 'id', value: '9999999999' } },
		expected: { name: 'NodeApiError', httpCode: '404', message: /^CallHub could not find Contact 9999999999: Not found\.$/ },
		requests: 1,
	},
	{
		id: 'callhubErrClass4',
		what: 'a conference UUID the CallHub Agent node refuses stops the workflow with a NodeOperationError',
		type: 'callHubAgent',
		parameters: { resource: 'conference', operation: 'get', conference: '={{ "../agent-status" }}' },
		expected: { name: 'NodeOperationError', message: /conference/i },
		requests: 0,
	},
];

function workflowOf(testCase: ErrorCase): object {
	const credential = testCase.type === 'callHub' ? SANDBOX_CREDENTIAL : SANDBOX_AGENT_CREDENTIAL;
	return {
		id: testCase.id,
		name: `CallHub e2e: error class ${testCase.id.slice(-1)}`,
		active: false,
		nodes: [
			{ id: `${testCase.id}-start`, name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: `${testCase.id}-node`,
				name: 'CallHub',
				type: `n8n-nodes-callhub.${testCase.type}`,
				typeVersion: 1,
				position: [220, 0],
				parameters: testCase.parameters,
				...(testCase.onError ? { onError: testCase.onError } : {}),
				credentials: { [credential.type]: { id: credential.id, name: credential.name } },
			},
		],
		connections: { Start: { main: [[{ node: 'CallHub', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
	};
}

/**
 * In real n8n, an error the node raises itself reaches the user as a NodeOperationError (no "From
 * CallHub" section in the editor), with Stop and with Continue On Fail, and CallHub's answers as a
 * NodeApiError with CallHub's status as the error code.
 */
export async function checkErrorClasses(instance: N8nInstance, emulator: Emulator): Promise<void> {
	const staging = join(instance.userFolder, 'import-error-classes');
	rmSync(staging, { recursive: true, force: true });
	mkdirSync(staging, { recursive: true });
	for (const testCase of CASES) writeFileSync(join(staging, `${testCase.id}.json`), JSON.stringify(workflowOf(testCase)));
	await n8nCommand(instance, ['import:workflow', '--separate', `--input=${staging}`]);

	for (const testCase of CASES) {
		emulator.reset();
		const result = await executeWorkflow(instance, testCase.id);
		const calls = emulator.log.filter((entry) => !entry.path.startsWith('/__emulator/') && entry.path !== '/v2/agent-key/');
		const run = result.run?.data?.resultData;
		const itemError = run?.runData?.CallHub?.[0]?.data?.main?.[0]?.[0] as { json?: { error?: unknown }; error?: unknown } | undefined;
		const seen = (testCase.onError ? itemError?.error : run?.error) as { name?: string; httpCode?: unknown; message?: string } | undefined;
		const message = testCase.onError ? itemError?.json?.error : seen?.message;
		expect({
			case: testCase.what,
			status: result.run?.status,
			class: seen?.name,
			httpCode: seen?.httpCode ?? undefined,
			message,
			requests: calls.length,
		}).toEqual({
			case: testCase.what,
			status: testCase.onError ? 'success' : 'error',
			class: testCase.expected.name,
			httpCode: testCase.expected.httpCode,
			message: expect.stringMatching(testCase.expected.message),
			requests: testCase.requests,
		});
	}
}
