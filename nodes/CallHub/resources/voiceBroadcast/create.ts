import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { callerIdField, callerIdParameter, phoneBookIds, phoneBooksField } from '../../shared/campaigns';
import { withDisplayOptions } from '../../shared/displayOptions';
import type { Prepare } from '../../shared/operation';
import { idParameter } from '../../shared/operation';
import { route } from '../../shared/route';
import { defined, scheduleCollection, scheduleParameter } from '../../shared/schedule';

const MEDIA_FILE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * CallHub reads `schedule` and `contact_options` only as nested objects: the same keys sent flat
 * are ignored without an error, and the broadcast then runs on CallHub's defaults.
 */
const sendBroadcast: Prepare = async function (request) {
	const body: IDataObject = { ...((request.body as IDataObject) ?? {}) };
	body.phonebooks = phoneBookIds(this, 'phoneBooks');
	body.callerid_options = { callerid: callerIdParameter(this) };
	if (this.getNodeParameter('messageSource', 'template') === 'template') {
		body.template_id = idParameter(this, 'template');
	} else {
		const audioFile = idParameter(this, 'audioFileId', { pattern: MEDIA_FILE_ID, example: '3966566468442653936' });
		body.script = { label: String(body.name ?? ''), live_message: { audiofile: audioFile } };
	}
	const schedule = scheduleParameter(this);
	if (schedule) {
		const { days, ...times } = schedule;
		body.schedule = { ...defined(times as IDataObject), ...days };
	}
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const contactOptions = defined({
		use_contact_tz: options.useContactTimezone,
		dont_call_dnc: options.skipDncNumbers,
		dont_call_litigator: options.skipLitigators,
		block_cellphone_numbers: options.skipCellPhones,
	});
	if (Object.keys(contactOptions).length) body.contact_options = contactOptions;
	return { ...request, body };
};

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a voice broadcast',
	description: 'Create a voice broadcast. It is created paused: start it with Update, Status Start.',
	routing: route({ method: 'POST', url: '/v1/vb_campaign/' }, { prepare: [sendBroadcast] }),
};

function booleanOption(displayName: string, name: string, description: string): INodeProperties {
	return { displayName, name, type: 'boolean', default: true, description };
}

export const fields: INodeProperties[] = [
	...withDisplayOptions({ show: { resource: ['voiceBroadcast'], operation: ['create'] } }, [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Rally reminder',
			description: 'Name of the voice broadcast',
			routing: { send: { type: 'body', property: 'name' } },
		},
		phoneBooksField('The phone books to call'),
		callerIdField('calls'),
		{
			displayName: 'Message Source',
			name: 'messageSource',
			type: 'options',
			default: 'template',
			options: [
				{ name: 'Audio File', value: 'audioFile', description: 'An audio file uploaded to CallHub' },
				{ name: 'Template', value: 'template', description: 'A saved voice broadcast template' },
			],
			description: 'What the broadcast plays when someone answers',
		},
	]),
	...withDisplayOptions({ show: { resource: ['voiceBroadcast'], operation: ['create'], messageSource: ['template'] } }, [
		{
			displayName: 'Template Name or ID',
			name: 'template',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getVoiceBroadcastTemplates' },
			required: true,
			default: '',
			description:
				'The voice broadcast template to play. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	]),
	...withDisplayOptions({ show: { resource: ['voiceBroadcast'], operation: ['create'], messageSource: ['audioFile'] } }, [
		{
			displayName: 'Audio File ID',
			name: 'audioFileId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 3966566468442653936',
			description: 'The media file ID CallHub gave the uploaded recording',
		},
	]),
	...withDisplayOptions({ show: { resource: ['voiceBroadcast'], operation: ['create'] } }, [
		scheduleCollection('Time zone of the schedule, as an IANA name (CallHub uses the account time zone when empty)'),
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Calls Per Minute',
					name: 'frequency',
					type: 'number',
					typeOptions: { minValue: 1 },
					default: 10,
					description:
						"How many calls a minute the broadcast makes. CallHub's default (60) takes the account's whole allowance, so no other broadcast can run at the same time.",
					routing: { send: { type: 'body', property: 'frequency' } },
				},
				booleanOption('Skip Cell Phones', 'skipCellPhones', 'Whether to skip numbers that are mobile phones'),
				booleanOption('Skip DNC Numbers', 'skipDncNumbers', 'Whether to skip numbers on your Do-Not-Call lists'),
				booleanOption('Skip Litigators', 'skipLitigators', 'Whether to skip numbers of known litigators'),
				booleanOption(
					'Use Contact Time Zone',
					'useContactTimezone',
					"Whether to apply the daily hours in each contact's own time zone",
				),
			],
		},
	]),
];
