import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { callhubLocator, returnAllAndLimit } from '../../shared/descriptions';
import { withDisplayOptions } from '../../shared/displayOptions';
import { deleted } from '../../shared/output';
import { route } from '../../shared/route';
import { teamByName } from './create';

const show = (operation: string[]) => ({ show: { resource: ['agent'], operation } });

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
		description: 'Retrieve the verified agents of the account',
		routing: route({ method: 'GET', url: '/v1/agents/' }, { list: {} }),
	},
];

const agentLocator = callhubLocator({
	name: 'agent',
	displayName: 'Agent',
	urlSegment: 'agents',
	searchListMethod: 'searchAgents',
	description: 'The agent (a caller in call-center campaigns) to use',
});

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
	...withDisplayOptions(show(['getAll']), returnAllAndLimit()),
];
