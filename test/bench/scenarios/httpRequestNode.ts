import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

import type { INodeType, IVersionedNodeType } from 'n8n-workflow';

import { registerNode } from '../../harness/nodeTypes';
import { runNode } from '../../harness/runNode';
import type { EmulatorProcess } from '../emulatorProcess';
import type { BenchOptions } from '../types';

export const N8N_VERSION = '2.41.1';

/** n8n-nodes-base from the n8n install the dev command and the e2e suite cache (n8n itself is not a dependency). */
export function nodesBaseDir(): string {
	const root = process.env.CALLHUB_N8N_CACHE ?? join(homedir(), '.cache', 'n8n-nodes-callhub');
	return join(root, `n8n-${N8N_VERSION}`, 'node_modules', 'n8n-nodes-base', 'dist', 'nodes');
}

function load<T>(file: string, exported: string): T {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	return new (require(join(nodesBaseDir(), file))[exported])() as T;
}

/**
 * n8n's own HTTP Request node set up the way n8n's docs suggest for an API whose pages carry a
 * `next` URL (Pagination: Response Contains Next URL), with the CallHub credential as a predefined
 * credential type, followed by Split Out so that it also yields one item per contact.
 */
export async function httpRequestNodeCompetitor(emulator: EmulatorProcess, options: BenchOptions) {
	if (!existsSync(join(nodesBaseDir(), 'HttpRequest', 'HttpRequest.node.js'))) {
		options.log(`  HTTP Request node: not compared (n8n ${N8N_VERSION} is not installed; run the README's set-up first)`);
		return undefined;
	}
	registerNode('n8n-nodes-base.httpRequest', load<IVersionedNodeType>('HttpRequest/HttpRequest.node.js', 'HttpRequest'));
	registerNode('n8n-nodes-base.splitOut', load<INodeType>('Transform/SplitOut/SplitOut.node.js', 'SplitOut'));
	return {
		name: 'HTTP Request node (next-URL pagination) + Split Out',
		run: async () => {
			const result = await runNode({
				credentials: emulator.credentials,
				nodeType: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				parameters: {
					method: 'GET',
					url: `${emulator.url}/v1/contacts/`,
					authentication: 'predefinedCredentialType',
					nodeCredentialType: 'callHubApi',
					sendQuery: true,
					queryParameters: { parameters: [{ name: 'page_size', value: '1000' }] },
					options: {
						pagination: {
							pagination: {
								paginationMode: 'responseContainsNextURL',
								nextURL: '={{ $response.body.next }}',
								paginationCompleteWhen: 'other',
								completeExpression: '={{ !$response.body.next }}',
							},
						},
					},
				},
				then: { type: 'n8n-nodes-base.splitOut', typeVersion: 1, parameters: { fieldToSplitOut: 'results', include: 'noOtherFields', options: {} } },
			});
			if (result.error) throw new Error(result.error.message);
			return result.items.length;
		},
	};
}
