import { LoadOptionsContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ILoadOptionsFunctions,
	INode,
	INodeParameters,
	INodeType,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { TestCredentialsHelper } from './credentialsHelper';
import { PackageNodeTypes } from './nodeTypes';
import { captureLogs, testAdditionalData } from './runNode';

/** An n8n-core LoadOptionsContext for a node, as the editor uses for dropdowns and list search. */
export function loadOptionsContext(
	credentials: Record<string, ICredentialDataDecryptedObject>,
	parameters: INodeParameters = {},
	nodeType = 'n8n-nodes-callhub.callHub',
): { context: ILoadOptionsFunctions; nodeType: INodeType } {
	captureLogs();
	const nodeTypes = new PackageNodeTypes();
	const node: INode = {
		id: 'node',
		name: 'CallHub',
		type: nodeType,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: Object.fromEntries(Object.keys(credentials).map((type) => [type, { id: type, name: type }])),
	};
	const workflow = new Workflow({ id: 'wf', nodes: [node], connections: {}, nodeTypes, active: false });
	// The editor hands the parameters being edited to dropdowns (getCurrentNodeParameter).
	const additionalData = { ...testAdditionalData(new TestCredentialsHelper(credentials)), currentNodeParameters: parameters };
	return {
		context: new LoadOptionsContext(workflow, node, additionalData, 'parameters') as unknown as ILoadOptionsFunctions,
		nodeType: nodeTypes.getByNameAndVersion(nodeType),
	};
}
