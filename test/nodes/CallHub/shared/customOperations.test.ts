import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	INodeExecutionData,
	INodeParameters,
	INodeProperties,
	INodePropertyOptions,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { CallHub } from '../../../../nodes/CallHub/CallHub.node';
import { declaredOperations, unsupportedRouting } from '../../../../nodes/CallHub/shared/customOperations';
import { CallHubAgent } from '../../../../nodes/CallHubAgent/CallHubAgent.node';
import { registerNode } from '../../../harness/nodeTypes';
import { runNode } from '../../../harness/runNode';

interface Captured {
	item: number;
	options: IDataObject;
}

/** A copy of a description whose operations hand their request to `capture` instead of CallHub. */
function capturing(description: INodeTypeDescription, captured: Captured[]): INodeTypeDescription {
	const capture = async function (
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		captured.push({ item: this.getItemIndex(), options: JSON.parse(JSON.stringify(requestData.options)) as IDataObject });
		return [{ json: {}, pairedItem: { item: this.getItemIndex() } }];
	};
	const copy = (value: unknown, key?: string): unknown => {
		if (typeof value === 'function') return key === 'pagination' ? capture : value;
		if (Array.isArray(value)) return value.map((entry) => copy(entry));
		if (value !== null && typeof value === 'object') {
			return Object.fromEntries(Object.entries(value).map(([name, entry]) => [name, copy(entry, name)]));
		}
		return value;
	};
	return copy(description) as INodeTypeDescription;
}

function sample(property: INodeProperties): unknown {
	switch (property.type) {
		case 'string':
			return `${property.name} value`;
		case 'number':
			return 7;
		case 'boolean':
			return true;
		case 'dateTime':
			return '2026-01-02T03:04:05';
		case 'options':
			return (property.options as INodePropertyOptions[] | undefined)?.at(-1)?.value ?? `${property.name}-choice`;
		case 'multiOptions':
			return (property.options as INodePropertyOptions[] | undefined)?.map((option) => option.value) ?? ['1234', '5678'];
		case 'resourceLocator':
			return { __rl: true, mode: 'id', value: '3966566468442653936' };
		case 'collection':
			return Object.fromEntries((property.options as INodeProperties[]).map((option) => [option.name, sample(option)]));
		default:
			return undefined;
	}
}

/** Parameters of one operation with every shown parameter (and every collection option) given a value. */
function parametersFor(description: INodeTypeDescription, resource: string, operation: string): INodeParameters {
	const parameters: INodeParameters = { resource, operation };
	for (let pass = 0; pass < 2; pass++) {
		for (const property of description.properties) {
			if (['resource', 'operation', 'requestOptions'].includes(property.name)) continue;
			if (!NodeHelpers.displayParameter(parameters, property, { typeVersion: 1 }, description, parameters)) continue;
			const value = sample(property);
			if (value !== undefined) parameters[property.name] = value as INodeParameters[string];
		}
	}
	return parameters;
}

const NODES: Array<{ name: string; node: INodeType; credential: string }> = [
	{ name: 'CallHub', node: new CallHub(), credential: 'callHubApi' },
	{ name: 'CallHub Agent', node: new CallHubAgent(), credential: 'callHubAgentApi' },
];

const REQUEST_OPTIONS = { timeout: 4321, allowUnauthorizedCerts: true, proxy: 'http://proxy-user:proxy-pass@proxy.example.org:3128' };

describe('custom operations (shared/customOperations.ts)', () => {
	it.each(NODES)('$name: its description uses only the routing the custom operations build', ({ node }) => {
		expect(unsupportedRouting(node.description)).toEqual([]);
	});

	it.each(NODES)('$name: every routed operation runs as a custom operation', ({ node }) => {
		const operations = declaredOperations(node.description);
		const routed = node.description.properties
			.filter((property) => property.name === 'operation')
			.flatMap((property) =>
				(property.options as INodePropertyOptions[])
					.filter((option) => option.routing)
					.flatMap((option) => (property.displayOptions?.show?.resource as string[]).map((resource) => `${resource}.${String(option.value)}`)),
			);
		expect(routed.length).toBeGreaterThan(20);
		for (const key of routed) {
			const [resource, operation] = key.split('.');
			expect({ key, custom: typeof node.customOperations?.[resource]?.[operation] }).toEqual({ key, custom: 'function' });
			expect({ key, declared: typeof operations[resource]?.[operation] }).toEqual({ key, declared: 'function' });
		}
	});

	describe.each(NODES)('$name: each operation gets the request n8n routing builds', ({ name, node, credential }) => {
		const viaRouting: Captured[] = [];
		const viaCustom: Captured[] = [];
		const routingDescription = capturing(node.description, viaRouting);
		const customDescription = capturing(node.description, viaCustom);
		const routingType = `test.${credential}Routing`;
		const customType = `test.${credential}Custom`;
		// Without custom operations n8n-core runs the node through its RoutingNode.
		registerNode(routingType, { description: routingDescription });
		registerNode(customType, { description: customDescription, customOperations: declaredOperations(customDescription) });

		const cases = Object.entries(declaredOperations(node.description)).flatMap(([resource, operations]) =>
			Object.keys(operations)
				.filter((operation) => !(resource === 'suppressionList' && operation === 'addContacts'))
				.map((operation) => [`${resource}.${operation}`, resource, operation] as const),
		);

		it.each(cases)(`${name} %s`, async (_key, resource, operation) => {
			const parameters = { ...parametersFor(node.description, resource, operation), requestOptions: REQUEST_OPTIONS };
			// With n8n's "Allowed HTTP Request Domains" set, which routing passes on with the request.
			const credentials = {
				[credential]: {
					apiKey: 'key-0123456789',
					agentToken: 'token-0123456789',
					authMethod: 'token',
					baseUrl: 'http://127.0.0.1:9',
					allowedHttpRequestDomains: 'domains',
					allowedDomains: 'example.org',
				},
			};
			const input = [{ n: 0 }, { n: 1 }];
			viaRouting.length = 0;
			viaCustom.length = 0;
			const routed = await runNode({ nodeType: routingType, parameters, credentials, input });
			const custom = await runNode({ nodeType: customType, parameters, credentials, input });
			expect(routed.error).toBeUndefined();
			expect(custom.error).toBeUndefined();
			// n8n's baseURL is not used: the transport sends to the credential's API Domain itself.
			const shown = (captured: Captured[]) => captured.map(({ item, options: { baseURL: _baseURL, ...options } }) => ({ item, options }));
			expect(viaRouting).toHaveLength(2);
			expect(viaRouting[0].options.allowedDomains).toBe('127.0.0.1, example.org');
			expect(shown(viaCustom)).toEqual(shown(viaRouting));
			expect(custom.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		});
	});
});
