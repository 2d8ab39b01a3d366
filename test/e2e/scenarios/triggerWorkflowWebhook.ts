import { expect } from 'expect';

import type { Emulator } from '../../emulator/server';
import { exampleWorkflows } from '../../n8n/setup';
import type { TriggerScenario } from '../scenario';

const workflow = exampleWorkflows().find((candidate) => candidate.file === 'triggerWorkflowWebhook.json');
const node = workflow?.nodes.find((candidate) => candidate.type === 'n8n-nodes-callhub.callHubTrigger') as { webhookId?: string; parameters: { secretToken?: string } } | undefined;
const url = `/webhook/${node?.webhookId}/webhook`;

function tagsOf(emulator: Emulator, phone: string): string[] {
	const contact = [...emulator.state.contacts.values()].find((candidate) => candidate.contact === phone);
	return (contact?.tags ?? []).map((id) => emulator.state.tags.get(id)?.name ?? id);
}

export const scenario: TriggerScenario = {
	kind: 'trigger',
	workflow: 'triggerWorkflowWebhook.json',
	triggerNode: 'CallHub Workflow webhook',
	source: 'workflowWebhook',
	events: [
		{
			event: 'disposition.added',
			// What a CallHub Workflow's webhook step sends: the suggested body plus the contact and disposition.
			fire: {
				to: 'n8n',
				path: `${url}?token=${node?.parameters.secretToken}`,
				body: { event: 'disposition.added', contact: '14155551002', first_name: 'Katherine', disposition: 'Supporter' },
			},
			output: [{ event: 'disposition.added', contact: '14155551002', first_name: 'Katherine', disposition: 'Supporter' }],
			requests: [
				'GET /v1/contacts/?search=14155551002&page_size=1',
				'GET /v1/custom_fields/?page_size=1000',
				'GET /v1/contacts/{id}/',
				'GET /v1/tags/?page_size=1000',
				'POST /v2/tags/',
				'PATCH /v2/contacts/{id}/taggings/',
				'GET /v1/custom_fields/?page_size=1000',
			],
			state: (emulator) => {
				expect(tagsOf(emulator, '14155551002')).toEqual(['supporter']);
			},
		},
	],
	hasToken: (target) => new URL(target, 'http://n8n').searchParams.get('token') === node?.parameters.secretToken,
	withoutToken: (target) => {
		const withoutIt = new URL(target);
		withoutIt.searchParams.delete('token');
		return withoutIt.toString();
	},
};
