import type {
	DeclarativeRestApiSettings,
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
	INodeTypeDescription,
} from 'n8n-workflow';
import { getCredentialAllowedDomains, NodeApiError, NodeHelpers, NodeOperationError, sleep } from 'n8n-workflow';

import { apiOrigin } from './baseUrl';
import { failureItem } from './operation';

/**
 * Why the operations run as custom operations: n8n runs a declarative node through its RoutingNode,
 * which, when the node stops the workflow, turns every error its routing code throws into a
 * NodeApiError ("From CallHub", Error code: none), even one the node raised before CallHub was asked
 * (n8n-core src/execution-engine/routing-node.ts, `runNode`: only a NodeApiError is rethrown as it
 * is; anything else becomes `new NodeApiError(node, error, { httpCode: 'none' })`). n8n calls a
 * custom operation directly instead (WorkflowExecute `runNode`: a custom operation comes before
 * routing), so the error the user sees is the one the operation threw: NodeOperationError for what the
 * node refused, NodeApiError for CallHub's answers. The description stays declarative: the same
 * request is built from it (the operation's `routing.request` and its parameters' `routing.send`) and
 * handed to the same operation runner; n8n still adds the Request Options (timeout, proxy, batching),
 * and AI tools still run the operations through n8n's routing.
 */

type OperationRunner = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

export type CustomOperation = (this: IExecuteFunctions) => Promise<INodeExecutionData[][]>;
export type CustomOperations = Record<string, Record<string, CustomOperation>>;

interface RequestOptionsParameter {
	batching?: { batch?: { batchSize?: number; batchInterval?: number } };
	proxy?: string;
	timeout?: number;
	allowUnauthorizedCerts?: boolean;
}

/** n8n's default timeout for a declarative node's requests (routing-node.ts). */
const DEFAULT_TIMEOUT_MS = 300_000;

/** The part of n8n's routing this package's descriptions use; `unsupportedRouting` guards the rest. */
function isPlainSend(property: INodeProperties): boolean {
	const send = property.routing?.send;
	return (
		send !== undefined &&
		typeof send.property === 'string' &&
		!send.property.startsWith('=') &&
		send.value === undefined &&
		send.preSend === undefined &&
		send.paginate === undefined &&
		(send.type === 'body' || send.type === 'query')
	);
}

/**
 * Routing this module does not build the same way as n8n's RoutingNode: a test holds the nodes'
 * descriptions to an empty list, so an operation can never send less here than through routing.
 */
export function unsupportedRouting(description: INodeTypeDescription): string[] {
	const problems: string[] = [];
	const check = (property: INodeProperties, path: string, nested: boolean): void => {
		const name = `${path}${property.name}`;
		if (property.routing) {
			const { request, operations, output, send, ...rest } = property.routing;
			if (request || operations || output || Object.keys(rest).length) problems.push(`${name}: routing other than send`);
			if (send && !isPlainSend(property)) problems.push(`${name}: send with an expression, preSend or paginate`);
		}
		if (property.type === 'fixedCollection' || (nested && property.type === 'collection')) {
			if (JSON.stringify(property.options ?? []).includes('"routing"')) problems.push(`${name}: routing inside a ${property.type}`);
			return;
		}
		if (property.type === 'collection') {
			for (const option of (property.options ?? []) as INodeProperties[]) check(option, `${name}.`, true);
			return;
		}
		for (const option of (property.options ?? []) as INodePropertyOptions[]) {
			if (option.routing === undefined) continue;
			const { request, operations, send, ...rest } = option.routing;
			const isRoute =
				property.name === 'operation' &&
				!nested &&
				typeof operations?.pagination === 'function' &&
				request !== undefined &&
				Object.keys(rest).length === 0 &&
				send?.paginate === true &&
				Object.keys(send).length === 1 &&
				Object.values(request).every((value) => typeof value !== 'string' || !value.startsWith('='));
			if (!isRoute) problems.push(`${name}.${String(option.value)}: routing on an option`);
		}
	};
	for (const property of description.properties) check(property, '', false);
	for (const [key, value] of Object.entries(description.requestDefaults ?? {})) {
		if (key !== 'baseURL' && key !== 'headers') problems.push(`requestDefaults.${key}`);
		if (key === 'headers' && Object.values(value as IDataObject).some((header) => String(header).startsWith('='))) {
			problems.push('requestDefaults.headers: expression');
		}
	}
	return problems;
}

function setPath(target: IDataObject, path: string, value: unknown, dotted: boolean): void {
	if (!dotted) {
		target[path] = value as IDataObject[string];
		return;
	}
	const keys = path.split('.');
	let current = target;
	for (const key of keys.slice(0, -1)) {
		if (current[key] === null || typeof current[key] !== 'object') current[key] = {};
		current = current[key] as IDataObject;
	}
	current[keys[keys.length - 1]] = value as IDataObject[string];
}

/** Puts a shown parameter's value where its `routing.send` says, as n8n's RoutingNode does. */
function addSent(
	ctx: IExecuteFunctions,
	description: INodeTypeDescription,
	property: INodeProperties,
	path: string,
	itemIndex: number,
	request: IHttpRequestOptions,
): void {
	const node = ctx.getNode();
	if (!NodeHelpers.displayParameter(node.parameters, property, node, description, node.parameters)) return;
	const name = `${path}${property.name}`;
	const send = property.routing?.send;
	if (send?.property !== undefined) {
		const extractValue = property.extractValue !== undefined || property.type === 'resourceLocator';
		const value = ctx.getNodeParameter(name, itemIndex, undefined, { extractValue });
		const target = (send.type === 'body' ? request.body : request.qs) as IDataObject;
		setPath(target, send.property, value, send.propertyInDotNotation !== false);
	}
	if (property.type === 'collection') {
		const given = NodeHelpers.getParameterValueByPath(node.parameters, property.name, path.slice(0, -1)) as IDataObject;
		for (const option of (property.options ?? []) as INodeProperties[]) {
			if (Object.keys(given ?? {}).includes(option.name) && option.type !== undefined) {
				addSent(ctx, description, option, `${name}.`, itemIndex, request);
			}
		}
	}
}

function proxyOf(ctx: IExecuteFunctions, proxy: string, itemIndex: number): IHttpRequestOptions['proxy'] {
	let url: URL | undefined;
	try {
		url = new URL(proxy);
	} catch {
		url = undefined;
	}
	if (!url?.hostname || !url.port) {
		throw new NodeOperationError(ctx.getNode(), 'The proxy is not valid', {
			description: `The proxy URL "${proxy}" needs a host and a port, e.g. http://proxy.example.org:3128`,
			itemIndex,
		});
	}
	return {
		host: url.hostname,
		port: Number(url.port),
		protocol: url.protocol.replace(/:$/, '') || undefined,
		...(url.username ? { auth: { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) } } : {}),
	};
}

/** The node's credential, read once a run as n8n's RoutingNode does (for its allowed domains). */
async function nodeCredentials(ctx: IExecuteFunctions, description: INodeTypeDescription): Promise<ICredentialDataDecryptedObject | undefined> {
	const type = description.credentials?.[0]?.name;
	if (type === undefined || typeof getCredentialAllowedDomains !== 'function') return undefined;
	return await ctx.getCredentials<ICredentialDataDecryptedObject>(type, 0);
}

/**
 * The domains the credential's "Allowed HTTP Request Domains" setting lets requests go to, as n8n's
 * RoutingNode passes them on (n8n releases that have the setting; older ones have no such export).
 * The node's own endpoint (the credential's API Domain) is always allowed.
 */
function allowedDomainsOf(ctx: IExecuteFunctions, credentials: ICredentialDataDecryptedObject | undefined): string | undefined {
	if (credentials === undefined) return undefined;
	let endpoint: string | undefined;
	try {
		endpoint = apiOrigin(ctx.getNode(), credentials.baseUrl);
	} catch {
		endpoint = undefined; // The runner explains an API Domain that is not an address, per item.
	}
	return getCredentialAllowedDomains({ node: ctx.getNode(), credentialData: credentials, credentialOwnedSurface: true, nodeEndpointUrl: endpoint });
}

/** The request n8n's RoutingNode would hand the operation's runner for this item. */
export function declaredRequest(
	ctx: IExecuteFunctions,
	description: INodeTypeDescription,
	operation: INodePropertyOptions,
	itemIndex: number,
	credentials?: ICredentialDataDecryptedObject,
): DeclarativeRestApiSettings.ResultOptions {
	const { proxy, timeout, allowUnauthorizedCerts } = ctx.getNodeParameter('requestOptions', itemIndex, {}) as RequestOptionsParameter;
	const declared = (operation.routing?.request ?? {}) as Partial<IHttpRequestOptions>;
	const options: IHttpRequestOptions = {
		...declared,
		url: declared.url ?? '',
		qs: { ...((declared.qs as IDataObject | undefined) ?? {}) },
		body: { ...((declared.body as IDataObject | undefined) ?? {}) },
		headers: { ...((description.requestDefaults?.headers as IDataObject | undefined) ?? {}), ...(declared.headers ?? {}) },
	};
	for (const property of description.properties) addSent(ctx, description, property, '', itemIndex, options);
	if (proxy) options.proxy = proxyOf(ctx, proxy, itemIndex);
	if (allowUnauthorizedCerts) options.skipSslCertificateValidation = true;
	options.timeout = timeout || DEFAULT_TIMEOUT_MS;
	const allowedDomains = allowedDomainsOf(ctx, credentials);
	if (allowedDomains) options.allowedDomains = allowedDomains;
	return { options, paginate: true, preSend: [], postReceive: [], requestOperations: {} } as DeclarativeRestApiSettings.ResultOptions;
}

/** One item's view of a node run, as n8n gives routing code (`IExecuteSingleFunctions`). */
export function itemContext(ctx: IExecuteFunctions, itemIndex: number): IExecutePaginationFunctions {
	const helpers = Object.create(ctx.helpers, {
		getBinaryDataBuffer: { value: async (property: string) => await ctx.helpers.getBinaryDataBuffer(itemIndex, property) },
		assertBinaryData: { value: (property: string) => ctx.helpers.assertBinaryData(itemIndex, property) },
	}) as IExecuteSingleFunctions['helpers'];
	return Object.create(ctx, {
		helpers: { value: helpers },
		getItemIndex: { value: () => itemIndex },
		getInputData: { value: (inputIndex = 0) => ctx.getInputData(inputIndex)[itemIndex] ?? { json: {} } },
		getNodeParameter: {
			value: (name: string, fallback?: unknown, options?: object) => ctx.getNodeParameter(name, itemIndex, fallback, options),
		},
		getCredentials: { value: async (type: string) => await ctx.getCredentials(type, itemIndex) },
		getWorkflowDataProxy: { value: () => ctx.getWorkflowDataProxy(itemIndex) },
		evaluateExpression: { value: (expression: string) => ctx.evaluateExpression(expression, itemIndex) },
	}) as IExecutePaginationFunctions;
}

/** Runs one declared operation for every input item, the way n8n's RoutingNode does, errors as thrown. */
function declaredOperation(description: INodeTypeDescription, operation: INodePropertyOptions): CustomOperation {
	const runner = operation.routing?.operations?.pagination as OperationRunner;
	return async function (this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const { batching } = this.getNodeParameter('requestOptions', 0, {}) as RequestOptionsParameter;
		const batchSize = (batching?.batch?.batchSize ?? 0) > 0 ? (batching?.batch?.batchSize as number) : 1;
		const batchInterval = batching?.batch?.batchInterval ?? 0;
		const credentials = await nodeCredentials(this, description);
		// Items run side by side, as under routing; the transport keeps to CallHub's rate limits.
		const runs: Array<Promise<INodeExecutionData[]>> = [];
		for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
			if (itemIndex > 0 && batchInterval > 0 && itemIndex % batchSize === 0) await sleep(batchInterval);
			try {
				const request = declaredRequest(this, description, operation, itemIndex, credentials);
				runs.push(runner.call(itemContext(this, itemIndex), request));
			} catch (error) {
				const nodeError =
					error instanceof NodeApiError || error instanceof NodeOperationError
						? error
						: new NodeOperationError(this.getNode(), error as Error, { itemIndex });
				nodeError.context.itemIndex = itemIndex;
				if (!this.continueOnFail()) throw nodeError;
				runs.push(Promise.resolve([failureItem(nodeError, itemIndex)]));
			}
		}
		const settled = await Promise.allSettled(runs);
		const output: INodeExecutionData[] = [];
		for (const result of settled) {
			// The runner answers a failed item itself with Continue On Fail; otherwise the first failure stops the node.
			if (result.status === 'rejected') throw result.reason;
			// One by one: `push(...items)` overflows the stack on very long lists.
			for (const item of result.value) output.push(item);
		}
		return [output];
	};
}

/**
 * Every operation of a declarative description that the shared operation runner carries out, as n8n
 * custom operations by resource and operation; `explicit` ones (e.g. an operation on all items at once) win.
 */
export function declaredOperations(description: INodeTypeDescription, explicit: CustomOperations = {}): CustomOperations {
	const operations: CustomOperations = {};
	for (const property of description.properties) {
		const resources = property.displayOptions?.show?.resource;
		if (property.name !== 'operation' || property.type !== 'options' || !Array.isArray(resources)) continue;
		for (const option of (property.options ?? []) as INodePropertyOptions[]) {
			if (typeof option.routing?.operations?.pagination !== 'function') continue;
			for (const resource of resources as string[]) {
				operations[resource] ??= {};
				operations[resource][String(option.value)] = declaredOperation(description, option);
			}
		}
	}
	for (const [resource, byOperation] of Object.entries(explicit)) {
		operations[resource] = { ...operations[resource], ...byOperation };
	}
	return operations;
}
