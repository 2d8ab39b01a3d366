import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { withDisplayOptions } from '../../shared/displayOptions';
import { deleted } from '../../shared/output';
import { route } from '../../shared/route';
import { changeAgents } from './agents';
import { agentLocator } from '../agent/locator';
import { teamLocator } from './fields';

const show = (operation: string[]) => ({ show: { resource: ['team'], operation } });

const operations: INodePropertyOptions[] = [
	{
		name: 'Add Agents',
		value: 'addAgents',
		action: 'Add agents to a team',
		description: 'Add existing agents to a team',
		routing: route({ method: 'PUT', url: '/v1/teams/{team}/agents/' }, { flow: changeAgents('added') }),
	},
	{
		name: 'Create',
		value: 'create',
		action: 'Create a team',
		description: 'Create a new team of agents',
		routing: route({ method: 'POST', url: '/v1/teams/' }),
	},
	{
		name: 'Delete',
		value: 'delete',
		action: 'Delete a team',
		description: 'Delete a team; its agents are kept but no longer belong to it',
		routing: route({ method: 'DELETE', url: '/v1/teams/{team}/' }, { output: [deleted] }),
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get a team',
		description: 'Retrieve a team',
		routing: route({ method: 'GET', url: '/v1/teams/{team}/' }),
	},
	{
		name: 'Get Agent',
		value: 'getAgent',
		action: 'Get an agent of a team',
		description: "Retrieve one agent of a team, as the team lists it (callhub/callhub-mcp src/callhub/teams.py)",
		routing: route({ method: 'GET', url: '/v1/teams/{team}/agents/{agent}/' }),
	},
	{
		name: 'Get Agents',
		value: 'getAgents',
		action: 'Get the agents of a team',
		description: 'Retrieve the agents who belong to a team',
		routing: route({ method: 'GET', url: '/v1/teams/{team}/agents/' }, { list: {} }),
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many teams',
		description: 'Retrieve the teams of the account',
		routing: route({ method: 'GET', url: '/v1/teams/' }, { list: {} }),
	},
	{
		name: 'Remove Agents',
		value: 'removeAgents',
		action: 'Remove agents from a team',
		description: 'Remove agents from a team (the agents themselves are kept)',
		routing: route({ method: 'DELETE', url: '/v1/teams/{team}/agents/' }, { flow: changeAgents('removed') }),
	},
	{
		name: 'Update',
		value: 'update',
		action: 'Rename a team',
		description: 'Rename a team',
		routing: route({ method: 'PUT', url: '/v1/teams/{team}/' }),
	},
];

export const teamDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['team'] } },
		options: operations,
		default: 'create',
	},
	...withDisplayOptions(show(['addAgents', 'delete', 'get', 'getAgent', 'getAgents', 'removeAgents', 'update']), [teamLocator]),
	...withDisplayOptions(show(['getAgent']), [agentLocator]),
	...withDisplayOptions(show(['create', 'update']), [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			description: 'Name of the team; agents are created into a team by this name',
			routing: { send: { type: 'body', property: 'name' } },
		},
	]),
	...withDisplayOptions(show(['addAgents', 'removeAgents']), [
		{
			displayName: 'Agent Names or IDs',
			name: 'agents',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getAgents' },
			required: true,
			default: [],
			description:
				'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		},
	]),
	...withDisplayOptions(show(['getAll', 'getAgents']), returnAllAndLimit()),
];
