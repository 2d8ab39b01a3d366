import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { CALLHUB_ORIGIN_EXPRESSION } from '../../credentials/CallHubApi.credentials';
import { declaredOperations } from '../CallHub/shared/customOperations';
import { callHubAgentApiTest } from './credentialTest';
import { getCampaigns, getScriptQuestions, getTextingCampaigns } from './methods/options';
import { agentDescription } from './resources/agent';
import { collectiveTextingDescription } from './resources/collectiveTexting';
import { conferenceDescription } from './resources/conference';
import { dialerDescription } from './resources/dialer';
import { scriptDescription } from './resources/script';

export class CallHubAgent implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CallHub Agent',
		name: 'callHubAgent',
		icon: { light: 'file:../../icons/callhub.svg', dark: 'file:../../icons/callhub.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		// The node panel shows two lines; the steps of a call are in the Conference operations' descriptions and the README.
		description: 'Work as a CallHub agent: calls, scripts, campaigns and collective texting',
		defaults: { name: 'CallHub Agent' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'callHubAgentApi', required: true, testedBy: 'callHubAgentApiTest' }],
		requestDefaults: {
			baseURL: CALLHUB_ORIGIN_EXPRESSION,
			headers: { Accept: 'application/json' },
		},
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Agent', value: 'agent' },
					{ name: 'Collective Texting', value: 'collectiveTexting' },
					{ name: 'Conference', value: 'conference' },
					{ name: 'Dialer', value: 'dialer' },
					{ name: 'Script', value: 'script' },
				],
				default: 'agent',
			},
			{
				displayName:
					'A call session: Create a conference in a campaign, Join Agent (CallHub calls the agent), then Call Next Subscriber for each call. During a call: Drop Voicemail, or Call Supervisor then Transfer to Supervisor or Hang Up Supervisor. Remove Agent ends the session. Each step passes conference_uuid on to the next.',
				name: 'callFlowNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { resource: ['conference'] } },
			},
			...agentDescription,
			...collectiveTextingDescription,
			...conferenceDescription,
			...dialerDescription,
			...scriptDescription,
		],
	};

	/** Every operation runs as a custom operation, so an error the node raises reaches the user as it was thrown. */
	customOperations = declaredOperations(this.description);

	methods = {
		credentialTest: { callHubAgentApiTest },
		loadOptions: { getCampaigns, getScriptQuestions, getTextingCampaigns },
	};
}
