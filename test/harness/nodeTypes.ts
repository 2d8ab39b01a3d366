import type { ICredentialType, INodeType, INodeTypes, IVersionedNodeType } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { CallHubAgentApi } from '../../credentials/CallHubAgentApi.credentials';
import { CallHubApi } from '../../credentials/CallHubApi.credentials';
import { CallHub } from '../../nodes/CallHub/CallHub.node';
import { CallHubAgent } from '../../nodes/CallHubAgent/CallHubAgent.node';

/** The package's nodes and credentials, by the names n8n knows them. */
export const packageNodes: Record<string, INodeType | IVersionedNodeType> = {
	'n8n-nodes-callhub.callHub': new CallHub(),
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

export class PackageNodeTypes implements INodeTypes {
	getByName(nodeType: string): INodeType | IVersionedNodeType {
		const node = packageNodes[nodeType];
		if (!node) throw new Error(`Unknown node type ${nodeType}`);
		return node;
	}

	getByNameAndVersion(nodeType: string, version?: number): INodeType {
		return NodeHelpers.getVersionedNodeType(this.getByName(nodeType), version);
	}

	getKnownTypes() {
		return {};
	}
}
