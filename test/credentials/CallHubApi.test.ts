import { Workflow } from 'n8n-workflow';

import { CALLHUB_ORIGIN_EXPRESSION, CallHubApi } from '../../credentials/CallHubApi.credentials';
import { PackageNodeTypes } from '../harness/nodeTypes';
import { useEmulator } from '../harness/emulator';
import { locator } from '../harness/fixtures';

function resolveOrigin(baseUrl: string): unknown {
	const node = { id: 'n', name: 'n', type: 'n8n-nodes-callhub.callHub', typeVersion: 1, position: [0, 0] as [number, number], parameters: {} };
	const workflow = new Workflow({ id: 'w', nodes: [node], connections: {}, nodeTypes: new PackageNodeTypes(), active: false });
	return workflow.expression.getSimpleParameterValue(node, CALLHUB_ORIGIN_EXPRESSION, 'internal', { $credentials: { baseUrl } });
}

describe('CallHub API credential', () => {
	const credential = new CallHubApi();

	it('sends the key as "Authorization: Token <key>"', () => {
		expect(credential.authenticate).toEqual({ type: 'generic', properties: { headers: { Authorization: '=Token {{$credentials.apiKey}}' } } });
		expect(credential.properties.find((property) => property.name === 'apiKey')?.typeOptions?.password).toBe(true);
	});


	it.each([
		['https://api-na1.callhub.io', 'https://api-na1.callhub.io'],
		['https://api-na1.callhub.io/', 'https://api-na1.callhub.io'],
		['https://api-na1.callhub.io/v1/', 'https://api-na1.callhub.io'],
		['  api-na1.callhub.io  ', 'https://api-na1.callhub.io'],
		['http://127.0.0.1:4010/', 'http://127.0.0.1:4010'],
		['', 'https://api.callhub.io'],
	])('resolves the API domain %j to %j', (input, expected) => {
		expect(resolveOrigin(input)).toBe(expected);
	});

	describe('in a node run', () => {
		const bed = useEmulator();

		it.each(['/', '/v1/', '/v1/contacts/'])('a domain pasted with %s still reaches the API', async (suffix) => {
			bed.emulator.reset();
			const result = await bed.run({
				parameters: { resource: 'tag', operation: 'getAll', returnAll: true },
				credentials: { callHubApi: { apiKey: bed.emulator.apiKey, baseUrl: `${bed.emulator.url}${suffix}` } },
			});
			expect(result.error).toBeUndefined();
			expect(bed.emulator.log.map((entry) => entry.path)).toEqual(['/v1/tags/']);
		});

		it('an unreachable domain says so and what to check', async () => {
			const result = await bed.run({
				parameters: { resource: 'contact', operation: 'get', contact: locator('1') },
				credentials: { callHubApi: { apiKey: 'k', baseUrl: 'http://127.0.0.1:1' } },
			});
			expect(result.error?.message).toBe('Could not reach CallHub at http://127.0.0.1:1: the connection was refused');
			expect(result.error?.description).toContain('API Domain');
		});
	});
});
