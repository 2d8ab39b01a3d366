import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { INodeType } from 'n8n-workflow';

import { CallHub } from '../../nodes/CallHub/CallHub.node';
import { CallHubAgent } from '../../nodes/CallHubAgent/CallHubAgent.node';
import { CallHubTrigger } from '../../nodes/CallHubTrigger/CallHubTrigger.node';

const ROOT = join(__dirname, '..', '..');
const REPOSITORY = 'https://github.com/n8n-nodes-callhub/n8n-nodes-callhub';

interface Codex {
	node: string;
	categories: string[];
	alias?: string[];
	resources: Record<'primaryDocumentation' | 'credentialDocumentation', Array<{ url: string }>>;
}

/** The anchors GitHub gives the README's headings. */
function readmeAnchors(): Set<string> {
	const headings = readFileSync(join(ROOT, 'README.md'), 'utf8').match(/^#{1,4} .+$/gm) ?? [];
	return new Set(
		headings.map((heading) =>
			heading
				.replace(/^#+ /, '')
				.trim()
				.toLowerCase()
				.replace(/[^\p{L}\p{N}\s-]/gu, '')
				.replace(/\s/g, '-'),
		),
	);
}

const nodes: Array<[string, INodeType]> = [
	['nodes/CallHub/CallHub.node.json', new CallHub()],
	['nodes/CallHubAgent/CallHubAgent.node.json', new CallHubAgent()],
	['nodes/CallHubTrigger/CallHubTrigger.node.json', new CallHubTrigger()],
];

describe('codex files (what the node panel searches and links to)', () => {
	it.each(nodes)('%s names its node and links to its README section', (path, node) => {
		const codex = JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Codex;
		expect(codex.node).toBe(`n8n-nodes-callhub.${node.description.name}`);
		expect(codex.categories.length).toBeGreaterThan(0);
		const anchors = readmeAnchors();
		for (const { url } of [...codex.resources.primaryDocumentation, ...codex.resources.credentialDocumentation]) {
			expect(url).toMatch(new RegExp(`^${REPOSITORY}#`));
			expect({ url, inReadme: anchors.has(url.split('#')[1]) }).toEqual({ url, inReadme: true });
		}
	});

	it('lets organisers find the CallHub node by the words they type', () => {
		const codex = JSON.parse(readFileSync(join(ROOT, nodes[0][0]), 'utf8')) as Codex;
		const aliases = (codex.alias ?? []).map((alias) => alias.toLowerCase());
		for (const word of ['sms', 'text', 'phone bank', 'call', 'dialer', 'contact', 'dnc', 'opt-out', 'campaign', 'voice broadcast']) {
			expect({ word, found: aliases.includes(word) }).toEqual({ word, found: true });
		}
	});

	it.each(nodes)("%s: the node's description fits the node panel's two lines", (_path, node) => {
		expect(node.description.description.length).toBeLessThanOrEqual(90);
	});
});
