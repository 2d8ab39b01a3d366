import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { withDisplayOptions } from '../../shared/displayOptions';
import { route } from '../../shared/route';
import { getMedia } from './getAll';
import { uploadMedia } from './upload';

const show = (operation: string[]) => ({ show: { resource: ['media'], operation } });

const operations: INodePropertyOptions[] = [
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many media files',
		description: 'Retrieve the recordings, images and videos in the media library',
		routing: route({ method: 'GET', url: '/v2/media/' }, { flow: getMedia }),
	},
	{
		name: 'Upload',
		value: 'upload',
		action: 'Upload a media file',
		description: 'Upload a recording (mp3, wav, ogg), image or video to the media library; its media_file_id is what a voice broadcast plays',
		routing: route({ method: 'POST', url: '/v1/media/upload/' }, { flow: uploadMedia }),
	},
];

export const mediaDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['media'] } },
		options: operations,
		default: 'upload',
	},
	...withDisplayOptions(show(['upload']), [
		{
			displayName: 'Input Binary Field',
			name: 'binaryPropertyName',
			type: 'string',
			default: 'data',
			required: true,
			hint: 'The name of the input binary field containing the file',
			description: 'Binary field of the input item holding the file to upload',
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Generate GIF',
					name: 'generateGif',
					type: 'boolean',
					default: false,
					description: 'Whether CallHub makes an animated preview of a video',
				},
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					description: 'Name of the file in the media library (at most 150 characters)',
				},
			],
		},
	]),
	...withDisplayOptions(show(['getAll']), [
		...returnAllAndLimit(),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Media Type',
					name: 'mediaType',
					type: 'options',
					default: 'audio',
					options: [
						{ name: 'Audio', value: 'audio' },
						{ name: 'Image', value: 'image' },
						{ name: 'Video', value: 'video' },
					],
					description: 'Only files of this kind',
				},
				{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Only files with this name' },
				{
					displayName: 'Sort By',
					name: 'sortBy',
					type: 'string',
					default: '-updated_date',
					description: 'Field to sort by; a leading minus sorts newest first',
				},
			],
		},
	]),
];
