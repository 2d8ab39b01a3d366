import type { ICredentialType, INodeType, INodeTypes, IVersionedNodeType } from 'n8n-workflow';
import { DirectoryLoader } from 'n8n-core';
import { NodeHelpers } from 'n8n-workflow';

import { CallHubAgentApi } from '../../credentials/CallHubAgentApi.credentials';
import { CallHubApi } from '../../credentials/CallHubApi.credentials';
import { CallHub } from '../../nodes/CallHub/CallHub.node';
import { CallHubAgent } from '../../nodes/CallHubAgent/CallHubAgent.node';
import { CallHubTrigger } from '../../nodes/CallHubTrigger/CallHubTrigger.node';

/** The package's nodes and credentials, by the names n8n knows them. */
export const packageNodes: Record<string, INodeType | IVersionedNodeType> = {
	'n8n-nodes-callhub.callHub': new CallHub(),
	'n8n-nodes-callhub.callHubTrigger': new CallHubTrigger(),
	'n8n-nodes-callhub.callHubAgent': new CallHubAgent(),
};

export const packageCredentials: Record<string, ICredentialType> = {
	callHubApi: new CallHubApi(),
	callHubAgentApi: new CallHubAgentApi(),
};

/** Later parts of the package (trigger, agent node) register their nodes and credentials here. */
export function registerNode(type: string, node: INodeType | IVersionedNodeType): void {
	packageNodes[type] = node;
}

export function registerCredential(credential: ICredentialType): void {
	packageCredentials[credential.name] = credential;
}

const prepared = new WeakSet<object>();

/** What n8n's loader does to a declarative node: adds the Request Options collection (timeout, batching…). */
function asLoaded(node: INodeType | IVersionedNodeType): INodeType | IVersionedNodeType {
	if (!prepared.has(node) && 'description' in node && (node as INodeType).description.requestDefaults) {
		DirectoryLoader.applyDeclarativeNodeOptionParameters(node as INodeType);
	}
	prepared.add(node);
	return node;
}

export class PackageNodeTypes implements INodeTypes {
	getByName(nodeType: string): INodeType | IVersionedNodeType {
		const node = packageNodes[nodeType];
		if (!node) throw new Error(`Unknown node type ${nodeType}`);
		return asLoaded(node);
	}

	getByNameAndVersion(nodeType: string, version?: number): INodeType {
		return NodeHelpers.getVersionedNodeType(this.getByName(nodeType), version);
	}

	getKnownTypes() {
		return {};
	}
}
