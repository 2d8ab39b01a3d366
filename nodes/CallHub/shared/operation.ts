import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodePropertyRouting,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { CallHubResponse } from './errors';
import { ID_PATTERN, normaliseIds } from './ids';
import { collectPages, recordsOf } from './pagination';
import type { CredentialPolicy, Send } from './transport';
import { sender } from './transport';

export type OperationContext = IExecuteSingleFunctions;

export type Prepare = (
	this: OperationContext,
	request: IHttpRequestOptions,
	send: Send,
) => Promise<IHttpRequestOptions>;

/** The validated values of the request path's `{placeholders}`, by parameter name. */
export type PathValues = Record<string, string>;

export type Flow = (
	this: OperationContext,
	request: IHttpRequestOptions,
	send: Send,
	path: PathValues,
) => Promise<IDataObject | IDataObject[]>;

export type Produce = (
	this: OperationContext,
	request: IHttpRequestOptions,
	send: Send,
	path: PathValues,
) => Promise<INodeExecutionData[]>;

export interface OperationConfig {
	/** Checks and completes the request before it is sent (validation, look-ups by name). */
	prepare?: Prepare[];
	/** A list operation: follows CallHub's pages, honouring the Return All and Limit parameters. */
	list?: { rootProperty?: string };
	/** Answers with these statuses are results, not failures. */
	accept?: (response: CallHubResponse) => boolean;
	/** Operations made of several requests; the declared request is what the flow starts from. */
	flow?: Flow;
	/**
	 * Operations whose output is not JSON records (a file, rows streamed from one): makes the items
	 * itself, in place of `flow` and `output`; ids are its own concern. The runner links them to the input.
	 */
	produce?: Produce;
	/** Turns the answer into output items (after ids are normalised), e.g. Simplify or `{ deleted: true }`. */
	output?: Array<(this: OperationContext, records: IDataObject[], send: Send) => Promise<IDataObject[]>>;
	/** Path placeholders that are not numeric CallHub ids, with the pattern they must match. */
	placeholders?: Record<string, PlaceholderRule>;
	/** Node parameter holding the longest time to wait on CallHub's rate limit, in seconds. */
	maxWaitParameter?: string;
}

/** What a path value other than a CallHub id must look like, and how a refusal names it. */
export interface PlaceholderRule {
	pattern: RegExp;
	example: string;
	/** The parameter as the user sees it, e.g. "Conference UUID" (default: from its internal name). */
	label?: string;
	/** What the value is, e.g. "conference UUID" (default: "<label> ID"). */
	what?: string;
	/** Where a right value comes from, added to the refusal's description. */
	hint?: string;
}

/** The node's credential: its type, whether n8n renews its token, how its refusals are explained. */
export type NodeRequestSettings = CredentialPolicy;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

function displayName(parameter: string): string {
	const words = parameter
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.replace(/Id$/, 'ID')
		.replace(/\b(dnc|sms)\b/gi, (word) => word.toUpperCase());
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The value of a node parameter naming a CallHub object (resource locators give the extracted id),
 * checked to be a CallHub id (digits) or to match `rule`; throws a message naming the parameter.
 */
export function idParameter(ctx: OperationContext, name: string, rule?: PlaceholderRule): string {
	const raw = ctx.getNodeParameter(name, undefined, { extractValue: true }) as unknown;
	const value = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
	const pattern = rule?.pattern ?? ID_PATTERN;
	if (!pattern.test(value)) {
		const label = rule?.label ?? displayName(name);
		const what = rule ? (rule.what ?? `${label.toLowerCase()} ID`) : 'CallHub ID';
		throw new NodeOperationError(
			ctx.getNode(),
			value === '' ? `The ${label} parameter is empty` : `The ${label} parameter "${value.slice(0, 80)}" is not a valid ${what}`,
			{
				description: rule
					? [`Use a value like ${rule.example}.`, rule.hint].filter(Boolean).join(' ')
					: `CallHub IDs are made of digits only, e.g. 3966566468442653936. Pick the ${label.toLowerCase()} from the list, or paste its ID or its CallHub URL.`,
				itemIndex: ctx.getItemIndex(),
			},
		);
	}
	return value;
}

/**
 * Puts the values of `{parameter}` placeholders into a path. Each must be a CallHub id (digits), so
 * a crafted value (`1/../2`, `?x`, a URL of another host) can never change which endpoint is called.
 */
function expandPath(
	ctx: OperationContext,
	path: string,
	config: OperationConfig,
): { url: string; values: PathValues } {
	const values: PathValues = {};
	const url = path.replace(PLACEHOLDER, (_, name: string) => {
		const value = idParameter(ctx, name, config.placeholders?.[name]);
		values[name] = value;
		return encodeURIComponent(value);
	});
	return { url, values };
}

/**
 * n8n passes a node's items on with `push(...items)`, which overflows the stack somewhere above
 * 120,000 items from one input item ("Maximum call stack size exceeded", after every page was read).
 * Lists larger than this fail at once with a way out instead.
 */
export const MAX_ITEMS_PER_RUN = 100_000;

function tooManyRecords(ctx: OperationContext, total: number, skip: number): NodeOperationError {
	return new NodeOperationError(
		ctx.getNode(),
		`The list has ${total.toLocaleString('en-US')} records from record ${skip + 1} on, more than n8n can pass on from one node run (${MAX_ITEMS_PER_RUN.toLocaleString('en-US')})`,
		{
			description: `Read it in parts: turn off Return All, set Limit to ${MAX_ITEMS_PER_RUN.toLocaleString('en-US')} or less, and use Skip (0, ${MAX_ITEMS_PER_RUN.toLocaleString('en-US')}, …) on successive runs, e.g. one input item per part.`,
			itemIndex: ctx.getItemIndex(),
		},
	);
}

/**
 * The part of a list an operation returns, from its Return All, Limit and Skip parameters, with a
 * check that stops a list too large for n8n as soon as CallHub says how long it is.
 */
export function listWindow(ctx: OperationContext): { limit: number; skip: number; onCount: (count: number) => void } {
	const returnAll = ctx.getNodeParameter('returnAll', false) as boolean;
	const limit = returnAll ? Infinity : Math.max(1, Number(ctx.getNodeParameter('limit', 50)));
	const skip = Math.max(0, Math.floor(Number(ctx.getNodeParameter('skip', 0)) || 0));
	return {
		limit,
		skip,
		onCount: (count) => {
			if (Math.min(limit, count - skip) > MAX_ITEMS_PER_RUN) throw tooManyRecords(ctx, count - skip, skip);
		},
	};
}

/** The output item of an item that failed under Continue On Fail: the message, what to do, paired with its input. */
export function failureItem(error: NodeApiError | NodeOperationError, itemIndex: number): INodeExecutionData {
	return {
		json: { error: error.message, ...(error.description ? { description: error.description } : {}) },
		error,
		pairedItem: { item: itemIndex },
	};
}

function asNodeError(ctx: OperationContext, error: unknown): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		error.context.itemIndex = ctx.getItemIndex();
		return error;
	}
	return new NodeApiError(ctx.getNode(), { message: (error as Error).message } as JsonObject, {
		itemIndex: ctx.getItemIndex(),
	});
}

/**
 * Runs one operation for one item. It is declared as the operation's `pagination` (see `route`), so
 * n8n's routing calls it in place of its own request code, and the node's custom operations call it
 * with the same request (customOperations.ts); so every operation shares one way to send, page, wait
 * out rate limits, report errors, keep ids exact and link output to input.
 */
export function operationRunner(settings: NodeRequestSettings, config: OperationConfig) {
	return async function runOperation(
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const ctx = this as OperationContext;
		try {
			const maxWait = config.maxWaitParameter
				? Number(ctx.getNodeParameter(config.maxWaitParameter, 120))
				: undefined;
			const send = sender(ctx, {
				...settings,
				accept: config.accept,
				maxRateLimitWaitSeconds: maxWait,
			});
			const declared = requestData.options as IHttpRequestOptions;
			const path = expandPath(ctx, declared.url ?? '', config);
			let request: IHttpRequestOptions = { ...declared, url: path.url };
			for (const prepare of config.prepare ?? []) {
				request = await prepare.call(ctx, request, send);
			}

			let records: IDataObject[] = [];
			let produced: INodeExecutionData[] | undefined;
			let lastResponse: CallHubResponse | undefined;
			if (config.produce) {
				produced = await config.produce.call(ctx, request, send, path.values);
			} else if (config.flow) {
				const result = await config.flow.call(ctx, request, send, path.values);
				records = Array.isArray(result) ? result : [result];
			} else if (config.list) {
				records = await collectPages(send, request, { rootProperty: config.list.rootProperty, ...listWindow(ctx) });
			} else {
				lastResponse = await send(request);
				records = recordsOf(lastResponse.body, undefined);
			}

			if (!produced) {
				records = records.map((record) => normaliseIds(record));
				for (const shape of config.output ?? []) {
					records = await shape.call(ctx, records, send);
				}
			}
			let items: INodeExecutionData[] = produced ?? records.map((json) => ({ json }));
			const response: IN8nHttpFullResponse = {
				body: lastResponse?.body ?? null,
				headers: lastResponse?.headers ?? {},
				statusCode: lastResponse?.statusCode ?? 200,
			};
			for (const step of requestData.postReceive) {
				for (const action of step.actions) {
					if (typeof action !== 'function') {
						throw new NodeOperationError(ctx.getNode(), 'Only function postReceive actions are supported');
					}
					items = await action.call(ctx, items, response);
				}
			}
			// Set on the items made above, not copied with `{ ...item, pairedItem }`: past a few thousand
			// items V8 gave every spread copy a hidden class of its own, about 9 MB more for 50,000 items
			// (BENCHMARKS.md, Return All).
			const itemIndex = ctx.getItemIndex();
			for (const item of items) item.pairedItem = { item: itemIndex };
			return items;
		} catch (error) {
			const nodeError = asNodeError(ctx, error);
			if (ctx.continueOnFail()) return [failureItem(nodeError, ctx.getItemIndex())];
			throw nodeError;
		}
	};
}

/** The routing of an operation: the request it makes, run by the shared operation runner. */
export function routeFor(settings: NodeRequestSettings) {
	return function route(
		request: DeclarativeRestApiSettings.HttpRequestOptions,
		config: OperationConfig = {},
	): INodePropertyRouting {
		return {
			request,
			// `paginate` makes n8n hand the request to `operations.pagination` (our runner) for every
			// operation, not only lists.
			send: { paginate: true },
			operations: { pagination: operationRunner(settings, config) },
		};
	};
}
