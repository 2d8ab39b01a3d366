import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { campaignUpdate, statusField, statusOptions, withStatusName } from '../../shared/campaignStatus';
import { callhubLocator, returnAllAndLimit } from '../../shared/descriptions';
import { withDisplayOptions } from '../../shared/displayOptions';
import { deleted } from '../../shared/output';
import { route } from '../../shared/route';
import * as create from './create';
import * as duplicate from './duplicate';

const show = (operation: string[]) => ({ show: { resource: ['voiceBroadcast'], operation } });

const operations: INodePropertyOptions[] = [
	create.option,
	duplicate.option,
	{
		name: 'Delete',
		value: 'delete',
		action: 'Delete a voice broadcast',
		description: 'Delete a voice broadcast',
		routing: route({ method: 'DELETE', url: '/v1/voice_broadcasts/{voiceBroadcast}/' }, { output: [deleted] }),
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get a voice broadcast',
		description: 'Retrieve a voice broadcast with its status',
		// The NestJS CallHub module reads one broadcast here (its callhubCampaignReport.service, checked
		// live: an unknown id answers 404 "No Campaign matches the given query").
		routing: route({ method: 'GET', url: '/v1/voice_broadcasts/{voiceBroadcast}/' }),
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many voice broadcasts',
		description: 'Retrieve the voice broadcasts of the account, with their status',
		routing: route({ method: 'GET', url: '/v1/voice_broadcasts/' }, { list: {}, output: [withStatusName('voice_broadcasts')] }),
	},
	{
		name: 'Update',
		value: 'update',
		action: 'Update a voice broadcast',
		description: 'Start, pause or end a voice broadcast, rename it, or change its calls per minute',
		routing: route({ method: 'PUT', url: '/v1/voice_broadcasts/{voiceBroadcast}/' }, {
			flow: campaignUpdate({ kind: 'voice_broadcasts', parameter: 'voiceBroadcast', noun: 'voice broadcast' }),
		}),
	},
];

export const voiceBroadcastDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['voiceBroadcast'] } },
		options: operations,
		default: 'getAll',
	},
	...create.fields,
	...withDisplayOptions(show(['delete', 'duplicate', 'get', 'update']), [
		callhubLocator({
			name: 'voiceBroadcast',
			displayName: 'Voice Broadcast',
			urlSegment: 'voice_broadcasts',
			searchListMethod: 'searchVoiceBroadcasts',
			description: 'The voice broadcast campaign to use',
		}),
	]),
	...withDisplayOptions(show(['update']), [
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Calls Per Minute',
					name: 'frequency',
					type: 'number',
					typeOptions: { minValue: 1 },
					default: 10,
					description: "How many calls a minute the broadcast makes (running broadcasts share the account's allowance)",
					routing: { send: { type: 'body', property: 'frequency' } },
				},
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					description: 'New name of the voice broadcast',
					routing: { send: { type: 'body', property: 'name' } },
				},
				statusField(['abort', 'end', 'pause', 'start'], 'Start (dial), pause, abort or end the broadcast; an ended or aborted broadcast cannot be started again. The node reads the broadcast back and fails the item if CallHub reports another status.'),
			],
		},
		statusOptions,
	]),
	...duplicate.fields,
	...withDisplayOptions(show(['getAll']), returnAllAndLimit()),
];
