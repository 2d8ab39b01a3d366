import type {
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { callHubApiTest } from '../CallHub/credentialTest';
import { triggerProperties } from './description';
import { SOURCE_EVENTS } from './parameters';
import { receiveCall } from './receive';
import { hooksInPlace, registerHooks, unregisterHooks } from './registration';

export class CallHubTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CallHub Trigger',
		name: 'callHubTrigger',
		icon: { light: 'file:../../icons/callhub.svg', dark: 'file:../../icons/callhub.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle:
			'={{ $parameter["source"] === "workflowWebhook" ? "CallHub Workflow webhook" : [...($parameter["events"] || []), ...String($parameter["otherEvents"] || "").split(",").map(e => e.trim()).filter(e => e)].join(", ") }}',
		description: 'Starts the workflow on a CallHub text reply, call notes, a transfer or an agent activation',
		defaults: { name: 'CallHub Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'callHubApi', required: true, testedBy: 'callHubApiTest', displayOptions: { show: { source: [SOURCE_EVENTS] } } },
		],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				path: 'webhook',
			},
		],
		properties: triggerProperties,
	};

	methods = { credentialTest: { callHubApiTest } };

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await hooksInPlace.call(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await registerHooks.call(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await unregisterHooks.call(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await receiveCall.call(this);
	}
}
