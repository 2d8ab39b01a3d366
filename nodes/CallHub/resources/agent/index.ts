import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { withDisplayOptions } from '../../shared/displayOptions';
import type { Prepare } from '../../shared/operation';
import { deleted } from '../../shared/output';
import { route } from '../../shared/route';
import { teamByName } from './create';
import { agentLocator } from './locator';

const show = (operation: string[]) => ({ show: { resource: ['agent'], operation } });

/** `include_pending=true` as CallHub's MCP server sends it (callhub/callhub-mcp src/callhub/agents.py `list_agents`). */
const pendingToo: Prepare = async function (request) {
	const options = this.getNodeParameter('options', {}) as IDataObject;
	return options.includePending === true ? { ...request, qs: { ...(request.qs ?? {}), include_pending: 'true' } } : request;
};

const operations: INodePropertyOptions[] = [
	{
		name: 'Create',
		value: 'create',
		action: 'Create an agent',
		description:
			'Invite a new agent into a team; CallHub emails them to verify their account and set a password, and may list them only after that',
		routing: route({ method: 'POST', url: '/v1/agents/' }, { prepare: [teamByName] }),
	},
	{
		name: 'Delete',
		value: 'delete',
		action: 'Delete an agent',
		description: 'Delete an agent',
		routing: route({ method: 'DELETE', url: '/v1/agents/{agent}/' }, { output: [deleted] }),
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get an agent',
		description: 'Retrieve an agent',
		routing: route({ method: 'GET', url: '/v1/agents/{agent}/' }),
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many agents',
		description: 'Retrieve the verified agents of the account, optionally with those whose invitation is pending',
		routing: route({ method: 'GET', url: '/v1/agents/' }, { prepare: [pendingToo], list: {} }),
	},
];


export const agentDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['agent'] } },
		options: operations,
		default: 'create',
	},
	// CallHub rejects any field other than these three.
	...withDisplayOptions(show(['create']), [
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			required: true,
			default: '',
			description: 'Login name of the agent; must not be taken yet',
			routing: { send: { type: 'body', property: 'username' } },
		},
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			required: true,
			default: '',
			description: 'Email address CallHub sends the verification link to',
			routing: { send: { type: 'body', property: 'email' } },
		},
		{
			displayName: 'Team Name or ID',
			name: 'team',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getTeamNames' },
			required: true,
			default: '',
			description:
				'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			routing: { send: { type: 'body', property: 'team' } },
		},
	]),
	...withDisplayOptions(show(['delete', 'get']), [agentLocator]),
	...withDisplayOptions(show(['getAll']), [
		...returnAllAndLimit(),
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Include Pending',
					name: 'includePending',
					type: 'boolean',
					default: false,
					description:
						"Whether to include agents whose invitation is pending (CallHub's include_pending; its MCP server notes that agents who have not verified their email may still be left out)",
				},
			],
		},
	]),
];
