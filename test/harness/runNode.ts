import { Logger } from '@n8n/backend-common';
import { Container } from '@n8n/di';
import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	IRun,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { createRunExecutionData, NodeConnectionTypes, Workflow } from 'n8n-workflow';

import { TestCredentialsHelper } from './credentialsHelper';
import { PackageNodeTypes, registerNode } from './nodeTypes';

/** A test-only first node that emits the items a test gives it, so our node runs with a real source. */
class TestItems implements INodeType {
	description = {
		displayName: 'Test Items',
		name: 'testItems',
		group: ['input'],
		version: 1,
		description: 'Emits the test input items',
		defaults: { name: 'Input' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	} as INodeType['description'];

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return [this.getInputData().map((item, index) => ({ ...item, pairedItem: { item: index } }))];
	}
}
registerNode('test.items', new TestItems());

export interface LogLine {
	level: 'debug' | 'info' | 'warn' | 'error';
	message: string;
}

const logs: LogLine[] = [];
let loggerInstalled = false;

/** Replaces n8n's logger with one that records lines, so tests can assert what a run logged. */
export function captureLogs(): LogLine[] {
	if (!loggerInstalled) {
		loggerInstalled = true;
		const levels = ['debug', 'info', 'warn', 'error'];
		const recorder: object = new Proxy(
			{},
			{
				get: (_target, property) => {
					if (typeof property === 'string' && levels.includes(property)) {
						return (message: string) => logs.push({ level: property as LogLine['level'], message });
					}
					if (property === 'scoped') return () => recorder;
					return () => undefined;
				},
			},
		);
		Container.set(Logger, recorder as Logger);
	}
	return logs;
}

export interface RunOptions {
	parameters: INodeParameters;
	/** Input items for our node (default: one empty item). */
	input?: IDataObject[];
	/** Whole input items, e.g. with binary files; used instead of `input`. */
	items?: INodeExecutionData[];
	/** Credentials by type; a bare object is taken as the CallHub API credential. */
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	onError?: INode['onError'];
	nodeType?: string;
	typeVersion?: number;
	mode?: WorkflowExecuteMode;
	credentialsHelper?: TestCredentialsHelper;
	/** A node to run after ours (e.g. Split Out); the result is then that node's output. */
	then?: { type: string; typeVersion: number; parameters: INodeParameters };
}

export interface RunResult {
	/** Items on the main output. */
	items: INodeExecutionData[];
	/** Items on the error output (with "Continue (using error output)"). */
	errorItems: INodeExecutionData[];
	json: IDataObject[];
	/** The workflow's error when the node failed and the workflow stopped. */
	error?: IRun['data']['resultData']['error'];
	logs: LogLine[];
	run: IRun;
}

let executions = 0;

export function testAdditionalData(
	credentialsHelper: TestCredentialsHelper,
	hooks?: ExecutionLifecycleHooks,
): IWorkflowExecuteAdditionalData {
	return {
		hooks,
		credentialsHelper,
		// Unique per run, as in n8n: state a node keeps for one run (Create or Update's index) is keyed by it.
		executionId: `test-execution-${++executions}`,
		variables: {},
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678',
		formBaseUrl: 'http://127.0.0.1:5678/form',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		formTestBaseUrl: 'http://127.0.0.1:5678/form-test',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		mcpBaseUrl: 'http://127.0.0.1:5678/mcp',
		mcpTestBaseUrl: 'http://127.0.0.1:5678/mcp-test',
		logAiEvent: () => {},
		getRunExecutionData: async () => undefined,
	} as unknown as IWorkflowExecuteAdditionalData;
}

export const NODE_NAME = 'CallHub';

/** Runs `Input → our node` through n8n-core's WorkflowExecute, exactly as n8n runs a workflow. */
export async function runNode(options: RunOptions): Promise<RunResult> {
	captureLogs();
	const logStart = logs.length;
	const nodeTypes = new PackageNodeTypes();
	const nodeType = options.nodeType ?? 'n8n-nodes-callhub.callHub';
	const credentialTypes = Object.keys(options.credentials ?? {});
	const inputNode: INode = {
		id: 'input',
		name: 'Input',
		type: 'test.items',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const node: INode = {
		id: 'node',
		name: NODE_NAME,
		type: nodeType,
		typeVersion: options.typeVersion ?? 1,
		position: [200, 0],
		parameters: options.parameters,
		onError: options.onError,
		credentials: Object.fromEntries(credentialTypes.map((type) => [type, { id: type, name: type }])),
	};
	const next: INode | undefined = options.then && {
		id: 'next',
		name: 'Next',
		type: options.then.type,
		typeVersion: options.then.typeVersion,
		position: [400, 0],
		parameters: options.then.parameters,
	};
	const workflow = new Workflow({
		id: 'test-workflow',
		nodes: next ? [inputNode, node, next] : [inputNode, node],
		connections: {
			Input: { main: [[{ node: NODE_NAME, type: NodeConnectionTypes.Main, index: 0 }]] },
			...(next ? { [NODE_NAME]: { main: [[{ node: 'Next', type: NodeConnectionTypes.Main, index: 0 }]] } } : {}),
		},
		nodeTypes,
		active: false,
		settings: { executionOrder: 'v1' },
	});

	const hooks = new ExecutionLifecycleHooks(options.mode ?? 'manual', 'test-execution', {
		id: 'test-workflow',
		name: 'test',
		active: false,
		activeVersionId: null,
		isArchived: false,
		nodes: [inputNode, node],
		connections: workflow.connectionsBySourceNode,
		createdAt: new Date(),
		updatedAt: new Date(),
	} as never);
	let finished: (run: IRun) => void = () => {};
	const done = new Promise<IRun>((resolve) => (finished = resolve));
	hooks.addHandler('workflowExecuteAfter', (fullRunData) => finished(fullRunData));

	const credentialsHelper = options.credentialsHelper ?? new TestCredentialsHelper(options.credentials ?? {});
	const additionalData = testAdditionalData(credentialsHelper, hooks);

	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [
				{
					node: inputNode,
					data: { main: [options.items ?? (options.input ?? [{}]).map((json) => ({ json }))] },
					source: null,
				},
			],
		},
	});

	const execute = new WorkflowExecute(additionalData, options.mode ?? 'manual', runExecutionData);
	await execute.processRunExecutionData(workflow);
	const run = await done;
	const taskData = run.data.resultData.runData[next ? 'Next' : NODE_NAME]?.[0];
	const outputs = taskData?.data?.main ?? [];
	const items = (outputs[0] ?? []) as INodeExecutionData[];
	return {
		items,
		errorItems: (outputs[1] ?? []) as INodeExecutionData[],
		json: items.map((item) => item.json),
		error: run.data.resultData.error,
		logs: logs.slice(logStart),
		run,
	};
}
