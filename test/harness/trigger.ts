import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { ExecutionLifecycleHooks, HookContext, WebhookContext, WorkflowExecute } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	IRun,
	IWebhookData,
	IWebhookResponseData,
	IWorkflowExecuteAdditionalData,
	WorkflowActivateMode,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { createRunExecutionData, Workflow } from 'n8n-workflow';

import { TestCredentialsHelper } from './credentialsHelper';
import { PackageNodeTypes } from './nodeTypes';
import type { LogLine } from './runNode';
import { captureLogs, testAdditionalData } from './runNode';

export const TRIGGER_TYPE = 'n8n-nodes-callhub.callHubTrigger';
export const TRIGGER_NAME = 'CallHub Trigger';
const STATIC_KEY = `node:${TRIGGER_NAME}`;

export type LifecycleMethod = 'checkExists' | 'create' | 'delete';

export interface HookOptions {
	/** The "Listen for test event" registration (test URL, its own static data) instead of production. */
	test?: boolean;
	activation?: WorkflowActivateMode;
}

export interface WebhookCall {
	query?: Record<string, string | string[]>;
	/** A JSON text (sent as the raw body, as CallHub sends it) or an object (serialised). */
	body?: unknown;
	headers?: Record<string, string>;
	test?: boolean;
}

export interface Reception {
	/** Who answered: n8n itself (the body could not be parsed) or the trigger's webhook(). */
	answeredBy: 'n8n' | 'trigger';
	/** What the caller got back. */
	status: number;
	response: unknown;
	result: IWebhookResponseData;
	/** Whether an execution started. */
	executed: boolean;
	items: INodeExecutionData[];
	json: IDataObject[];
	run?: IRun;
}

/** The express Response methods n8n nodes use, recording what was sent. */
class RecordingResponse {
	statusCode = 200;
	headers: Record<string, string> = {};
	body: unknown = undefined;
	finished = false;

	get headersSent(): boolean {
		return this.finished;
	}

	status(code: number): this {
		this.statusCode = code;
		return this;
	}

	setHeader(name: string, value: unknown): this {
		this.headers[name.toLowerCase()] = String(value);
		return this;
	}

	header(name: string, value: unknown): this {
		return this.setHeader(name, value);
	}

	set(name: string, value: unknown): this {
		return this.setHeader(name, value);
	}

	json(body: unknown): this {
		this.setHeader('content-type', 'application/json');
		return this.send(JSON.stringify(body));
	}

	send(body?: unknown): this {
		if (this.finished) throw new Error('Response sent twice');
		this.body = body;
		this.finished = true;
		return this;
	}

	end(body?: unknown): this {
		if (!this.finished) this.send(body);
		return this;
	}
}

/**
 * The body as n8n's webhook handler gives it to a node of type version 1 (n8n's `parseBody`): JSON,
 * a form's fields, text as a string; a JSON body that does not parse is answered 422 by n8n itself.
 */
function n8nBody(contentType: string, text: string): { body: unknown } | { status: number; response: unknown } {
	const type = contentType.split(';')[0].trim().toLowerCase();
	if (text === '') return { body: {} };
	if (type === 'application/json') {
		try {
			return { body: JSON.parse(text) };
		} catch (error) {
			return { status: 422, response: { code: 422, message: 'Failed to parse request body', hint: (error as Error).message } };
		}
	}
	if (type === 'application/x-www-form-urlencoded') return { body: Object.fromEntries(new URLSearchParams(text)) };
	if (type === 'text/plain') return { body: text };
	return { body: {} };
}

function parsed(text: unknown): unknown {
	if (typeof text !== 'string') return text;
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

/**
 * One workflow holding the CallHub Trigger, driven the way n8n drives it: lifecycle methods in an
 * n8n-core HookContext (activation: checkExists, then create when it answers false; deactivation:
 * delete), webhook() in a WebhookContext with an express-like request and response, and the items
 * it returns run through WorkflowExecute. Static data is saved between calls as n8n saves it with
 * the workflow; the test webhook keeps its own, as n8n's test-webhook registration does.
 */
export class TriggerWorkflow {
	parameters: INodeParameters;
	/** n8n's public address (its WEBHOOK_URL). */
	baseUrl: string;
	readonly webhookId = randomUUID();
	readonly workflowId: string;
	staticData: IDataObject = {};
	testStaticData: IDataObject = {};
	private readonly nodeTypes = new PackageNodeTypes();
	private readonly logs = captureLogs();
	private logStart = this.logs.length;

	constructor(
		private readonly credentials: Record<string, ICredentialDataDecryptedObject>,
		parameters: INodeParameters,
		options: { baseUrl?: string; workflowId?: string } = {},
	) {
		this.parameters = parameters;
		this.baseUrl = options.baseUrl ?? 'https://n8n.example.org';
		this.workflowId = options.workflowId ?? `wf-${randomUUID().slice(0, 8)}`;
	}

	/** The node's own static data (`getWorkflowStaticData('node')`), as saved. */
	nodeData(test = false): IDataObject {
		return ((test ? this.testStaticData : this.staticData)[STATIC_KEY] ?? {}) as IDataObject;
	}

	webhookUrl(test = false): string {
		return `${this.baseUrl}/${test ? 'webhook-test' : 'webhook'}/${this.webhookId}/webhook`;
	}

	/** Log lines since this workflow was made or the last call of clearLogs(). */
	logLines(): LogLine[] {
		return this.logs.slice(this.logStart);
	}

	clearLogs(): void {
		this.logStart = this.logs.length;
	}

	private get nodeType(): INodeType {
		return this.nodeTypes.getByNameAndVersion(TRIGGER_TYPE, 1);
	}

	private node(): INode {
		return {
			id: 'trigger',
			name: TRIGGER_NAME,
			type: TRIGGER_TYPE,
			typeVersion: 1,
			position: [0, 0],
			parameters: this.parameters,
			webhookId: this.webhookId,
			credentials: Object.fromEntries(Object.keys(this.credentials).map((type) => [type, { id: type, name: type }])),
		};
	}

	private workflow(staticData: IDataObject): Workflow {
		return new Workflow({
			id: this.workflowId,
			name: 'CallHub trigger test',
			nodes: [this.node()],
			connections: {},
			nodeTypes: this.nodeTypes,
			active: true,
			staticData: structuredClone(staticData),
			settings: { executionOrder: 'v1' },
		});
	}

	private additionalData(extra: Partial<IWorkflowExecuteAdditionalData> = {}): IWorkflowExecuteAdditionalData {
		return {
			...testAdditionalData(new TestCredentialsHelper({ ...this.credentials })),
			instanceBaseUrl: this.baseUrl,
			webhookBaseUrl: `${this.baseUrl}/webhook`,
			webhookTestBaseUrl: `${this.baseUrl}/webhook-test`,
			...extra,
		} as IWorkflowExecuteAdditionalData;
	}

	private webhookData(additionalData: IWorkflowExecuteAdditionalData, test: boolean): IWebhookData {
		const description = this.nodeType.description.webhooks?.[0];
		if (!description) throw new Error('The trigger declares no webhook');
		return {
			httpMethod: 'POST',
			node: TRIGGER_NAME,
			path: `${this.webhookId}/${description.path}`,
			webhookDescription: description,
			workflowId: this.workflowId,
			workflowExecuteAdditionalData: additionalData,
			webhookId: this.webhookId,
			isTest: test,
		};
	}

	/** Runs one lifecycle method in an n8n-core HookContext and saves the static data it left. */
	async hook(method: LifecycleMethod, options: HookOptions = {}): Promise<boolean> {
		const test = options.test ?? false;
		const workflow = this.workflow(test ? this.testStaticData : this.staticData);
		const additionalData = this.additionalData();
		const mode: WorkflowExecuteMode = test ? 'manual' : 'trigger';
		const activation = options.activation ?? (test ? 'manual' : 'activate');
		const node = workflow.getNode(TRIGGER_NAME) as INode;
		const context = new HookContext(workflow, node, additionalData, mode, activation, this.webhookData(additionalData, test));
		const methods = this.nodeType.webhookMethods?.default;
		if (!methods) throw new Error('The trigger has no webhook methods');
		try {
			return await methods[method].call(context);
		} finally {
			const saved = JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject;
			if (test) this.testStaticData = saved;
			else this.staticData = saved;
		}
	}

	/** What n8n does on activation: checkExists, and create when it answered false. */
	async activate(options: HookOptions = {}): Promise<{ existed: boolean }> {
		const existed = await this.hook('checkExists', options);
		if (!existed) await this.hook('create', options);
		return { existed };
	}

	async deactivate(options: HookOptions = {}): Promise<boolean> {
		return await this.hook('delete', { activation: 'update', ...options });
	}

	/** "Listen for test event": n8n starts the test registration from empty static data. */
	async listen(): Promise<{ existed: boolean }> {
		this.testStaticData = {};
		return await this.activate({ test: true });
	}

	async stopListening(): Promise<boolean> {
		return await this.deactivate({ test: true });
	}

	/**
	 * A call to the webhook URL: webhook() in an n8n-core WebhookContext, then what n8n's webhook
	 * handler does with its answer (the node's own response, a plain answer, or an execution).
	 */
	async receive(call: WebhookCall): Promise<Reception> {
		const test = call.test ?? false;
		const workflow = this.workflow(test ? {} : this.staticData);
		if (test) workflow.setTestStaticData(structuredClone(this.testStaticData));
		const text = call.body === undefined ? '' : typeof call.body === 'string' ? call.body : JSON.stringify(call.body);
		const headers: IncomingHttpHeaders = { 'content-type': 'application/json' };
		for (const [name, value] of Object.entries(call.headers ?? {})) headers[name.toLowerCase()] = value;
		const parsedBody = n8nBody(String(headers['content-type'] ?? ''), text);
		if (!('body' in parsedBody)) {
			return { answeredBy: 'n8n', status: parsedBody.status, response: parsedBody.response, result: {}, executed: false, items: [], json: [] };
		}
		const request = {
			method: 'POST',
			url: `/${test ? 'webhook-test' : 'webhook'}/${this.webhookId}/webhook`,
			headers,
			query: call.query ?? {},
			params: {},
			body: parsedBody.body,
			rawBody: Buffer.from(text, 'utf8'),
			header: (name: string) => headers[name.toLowerCase()],
		};
		const response = new RecordingResponse();
		const additionalData = this.additionalData({ httpRequest: request as never, httpResponse: response as never });
		const mode: WorkflowExecuteMode = test ? 'manual' : 'webhook';
		const node = workflow.getNode(TRIGGER_NAME) as INode;
		const context = new WebhookContext(workflow, node, additionalData, mode, this.webhookData(additionalData, test), [], null);
		const result = (await this.nodeType.webhook?.call(context)) as IWebhookResponseData;

		let run: IRun | undefined;
		if (result.noWebhookResponse === true) {
			if (!response.finished) throw new Error('webhook() answered noWebhookResponse without sending a response');
		} else if (result.workflowData === undefined) {
			response.status(200).json(result.webhookResponse ?? { message: 'Webhook call received' });
		} else {
			run = await this.execute(workflow, node, result.workflowData, mode);
			response.status(200).json({ message: 'Workflow was started' });
		}
		const items = (run?.data.resultData.runData[TRIGGER_NAME]?.[0]?.data?.main?.[0] ?? []) as INodeExecutionData[];
		return {
			answeredBy: 'trigger',
			status: response.statusCode,
			response: parsed(response.body),
			result,
			executed: run !== undefined,
			items,
			json: items.map((item) => item.json),
			run,
		};
	}

	/** Starts the workflow with the trigger's items, as n8n's webhook handler does. */
	private async execute(
		workflow: Workflow,
		node: INode,
		data: INodeExecutionData[][],
		mode: WorkflowExecuteMode,
	): Promise<IRun> {
		const hooks = new ExecutionLifecycleHooks(mode, 'trigger-execution', {
			id: this.workflowId,
			name: 'CallHub trigger test',
			active: true,
			activeVersionId: null,
			isArchived: false,
			nodes: [node],
			connections: {},
			createdAt: new Date(),
			updatedAt: new Date(),
		} as never);
		let finished: (run: IRun) => void = () => {};
		const done = new Promise<IRun>((resolve) => (finished = resolve));
		hooks.addHandler('workflowExecuteAfter', (fullRunData) => finished(fullRunData));
		const runExecutionData = createRunExecutionData({
			executionData: { nodeExecutionStack: [{ node, data: { main: data }, source: null }] },
		});
		const execute = new WorkflowExecute(this.additionalData({ hooks }), mode, runExecutionData);
		await execute.processRunExecutionData(workflow);
		const run = await done;
		if (run.data.resultData.error) throw run.data.resultData.error;
		return run;
	}
}

export interface TriggerServer {
	url: string;
	receptions: Reception[];
	close(): Promise<void>;
}

/**
 * A small n8n stand-in on 127.0.0.1: real HTTP calls to /webhook/... and /webhook-test/... reach
 * the trigger's webhook(). Point the trigger at it with `trigger.baseUrl = server.url`.
 */
export async function serveTrigger(trigger: TriggerWorkflow): Promise<TriggerServer> {
	const receptions: Reception[] = [];
	const server: Server = createServer((req, res) => {
		void (async () => {
			const url = new URL(req.url ?? '/', 'http://127.0.0.1');
			const match = /^\/(webhook|webhook-test)\/([^/]+)\/webhook\/?$/.exec(url.pathname);
			if (req.method !== 'POST' || !match || match[2] !== trigger.webhookId) {
				res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"message":"not registered"}');
				return;
			}
			const chunks: Buffer[] = [];
			for await (const chunk of req) chunks.push(chunk as Buffer);
			const query: Record<string, string | string[]> = {};
			for (const key of new Set(url.searchParams.keys())) {
				const values = url.searchParams.getAll(key);
				query[key] = values.length > 1 ? values : values[0];
			}
			const headers: Record<string, string> = {};
			for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers[name] = value;
			try {
				const reception = await trigger.receive({
					query,
					body: Buffer.concat(chunks).toString('utf8'),
					headers,
					test: match[1] === 'webhook-test',
				});
				receptions.push(reception);
				const body = typeof reception.response === 'string' ? reception.response : JSON.stringify(reception.response);
				res.writeHead(reception.status, { 'Content-Type': 'application/json' }).end(body);
			} catch (error) {
				res.writeHead(500, { 'Content-Type': 'application/json' }).end(JSON.stringify({ message: (error as Error).message }));
			}
		})();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		receptions,
		close: async () => {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}
