import { expect } from 'expect';

import { exampleWorkflows } from '../../n8n/setup';
import { tagContactRequests, tagsOf } from '../contactTags';
import type { TriggerScenario } from '../scenario';

const workflow = exampleWorkflows().find((candidate) => candidate.file === 'triggerWorkflowWebhook.json');
const node = workflow?.nodes.find((candidate) => candidate.type === 'n8n-nodes-callhub.callHubTrigger') as { webhookId?: string; parameters: { secretToken?: string } } | undefined;
const url = `/webhook/${node?.webhookId}/webhook`;

export const scenario: TriggerScenario = {
	kind: 'trigger',
	workflow: 'triggerWorkflowWebhook.json',
	olderReleases: true,
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
			requests: tagContactRequests('14155551002'),
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
