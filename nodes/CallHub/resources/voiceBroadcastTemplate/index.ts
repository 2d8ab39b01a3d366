import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { withDisplayOptions } from '../../shared/displayOptions';
import { jsonParameter } from '../../shared/jsonParameter';
import type { Prepare } from '../../shared/operation';
import { idParameter } from '../../shared/operation';
import { route } from '../../shared/route';

// `POST /v1/vb_template/ {label, live_message, transfers, dnc_option}` (callhub/callhub-mcp
// src/callhub/vb_campaigns.py `create_vb_campaign_template`); `live_message.audiofile` is a media
// file id as voice broadcast scripts take it (docs REFERENCE.md §8, the NestJS client).

const MEDIA_FILE_ID = /^[A-Za-z0-9_-]{1,64}$/;

const templateBody: Prepare = async function (request) {
	const body: IDataObject = { ...((request.body as IDataObject) ?? {}) };
	body.live_message = {
		audiofile: idParameter(this, 'audioFileId', { pattern: MEDIA_FILE_ID, example: '3966566468442653936', label: 'Audio File ID', what: 'media file ID', hint: 'Use the media_file_id of Media → Upload.' }),
	};
	const options = this.getNodeParameter('options', {}) as IDataObject;
	body.transfers = options.transfers === undefined ? [] : jsonParameter(this, 'options.transfers', 'Transfers', 'array', '[{"digit": "1", "number": "14155550123"}]');
	if (options.dncOption !== undefined) body.dnc_option = jsonParameter(this, 'options.dncOption', 'DNC Option', 'object', '{"digit": "9"}');
	return { ...request, body };
};

const operations: INodePropertyOptions[] = [
	{
		name: 'Create',
		value: 'create',
		action: 'Create a voice broadcast template',
		description: 'Save a recording as a voice broadcast template, to create broadcasts from',
		routing: route({ method: 'POST', url: '/v1/vb_template/' }, { prepare: [templateBody] }),
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many voice broadcast templates',
		description: 'Retrieve the voice broadcast templates of the account',
		routing: route({ method: 'GET', url: '/v1/vb_template/' }, { list: {} }),
	},
];

export const voiceBroadcastTemplateDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['voiceBroadcastTemplate'] } },
		options: operations,
		default: 'create',
	},
	...withDisplayOptions({ show: { resource: ['voiceBroadcastTemplate'], operation: ['create'] } }, [
		{
			displayName: 'Label',
			name: 'label',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Rally reminder message',
			description: 'Name of the template',
			routing: { send: { type: 'body', property: 'label' } },
		},
		{
			displayName: 'Audio File ID',
			name: 'audioFileId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 3966566468442653936',
			description: 'The recording played when someone answers: the media_file_id of Media → Upload',
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{ displayName: 'DNC Option (JSON)', name: 'dncOption', type: 'json', default: '{}', description: 'The key a listener presses to be put on the Do-Not-Call list, as CallHub takes it' },
				{ displayName: 'Transfers (JSON)', name: 'transfers', type: 'json', default: '[]', description: 'Keys that transfer the call, as CallHub takes them (default: none)' },
			],
		},
	]),
	...withDisplayOptions({ show: { resource: ['voiceBroadcastTemplate'], operation: ['getAll'] } }, returnAllAndLimit()),
];
