import type { Router } from '../http';
import { registerAgentApi } from './agentApi';
import { registerContacts } from './contacts';
import { registerCustomFields } from './customFields';
import { registerPhoneBooks } from './phoneBooks';
import { registerTags } from './tags';
import { registerUsers } from './users';
import { registerWebhooks } from './webhooks';

export interface ResourceOptions {
	customFieldsAsPage: boolean;
}

/** Every CallHub endpoint the emulator serves. A new resource adds its register function here. */
export function registerResources(router: Router, options: ResourceOptions): void {
	registerUsers(router);
	registerContacts(router);
	registerPhoneBooks(router);
	registerCustomFields(router, { listAsPage: options.customFieldsAsPage });
	registerTags(router);
	registerWebhooks(router);
	registerAgentApi(router);
}
