import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { phoneBookIds, phoneBooksField } from '../../shared/campaigns';
import { withDisplayOptions } from '../../shared/displayOptions';
import { jsonParameter } from '../../shared/jsonParameter';
import type { Prepare } from '../../shared/operation';
import { idParameter } from '../../shared/operation';
import { callerNumbers } from './callerIds';

/**
 * `POST /v1/p2p_campaigns/` as CallHub's MCP server sends it (callhub/callhub-mcp
 * src/callhub/p2p_campaigns.py `create_p2p_campaign`): `phonebooks`, `callerid_options`
 * (`{"numbers": [...]}` in its example), and `template_id` (a survey template) or `script`, never both.
 */
export const sendP2pCampaign: Prepare = async function (request) {
	const body: IDataObject = { ...((request.body as IDataObject) ?? {}) };
	body.phonebooks = phoneBookIds(this, 'phoneBooks');
	body.callerid_options = { numbers: callerNumbers(this) };
	if (this.getNodeParameter('scriptSource', 'template') === 'template') {
		body.template_id = idParameter(this, 'surveyTemplate');
	} else {
		body.script = jsonParameter(this, 'script', 'Script', 'any', '[{"type": 12, "script_text": "Hi {first_name}!"}]');
	}
	const options = this.getNodeParameter('options', {}) as IDataObject;
	if (typeof options.description === 'string' && options.description !== '') body.description = options.description;
	return { ...request, body };
};

export const createFields: INodeProperties[] = withDisplayOptions({ show: { resource: ['p2pCampaign'], operation: ['create'] } }, [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Early vote texting',
		description: 'Name of the P2P campaign',
		routing: { send: { type: 'body', property: 'name' } },
	},
	phoneBooksField('The phone books whose contacts are texted'),
	{
		displayName: 'Caller IDs',
		name: 'callerIds',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. +14155550123, +14155550124',
		description: 'The numbers texts come from, separated by commas: numbers rented or validated in your CallHub account',
	},
	{
		displayName: 'Script Source',
		name: 'scriptSource',
		type: 'options',
		default: 'template',
		options: [
			{ name: 'Survey Template', value: 'template', description: 'A saved survey template (Survey Template → Create)' },
			{ name: 'Script (JSON)', value: 'script', description: "The script as CallHub's API takes it" },
		],
		description: 'What the agents send and ask',
	},
	{
		displayName: 'Survey Template Name or ID',
		name: 'surveyTemplate',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getSurveyTemplates' },
		displayOptions: { show: { scriptSource: ['template'] } },
		required: true,
		default: '',
		description:
			'The survey template the campaign uses. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Script',
		name: 'script',
		type: 'json',
		displayOptions: { show: { scriptSource: ['script'] } },
		required: true,
		default: '[\n  {"type": 12, "script_text": "Hi {first_name}, this is {agent_name}."}\n]',
		description: "The script, sent to CallHub as it is (see CallHub's P2P API schema, GET /v1/p2p_campaigns/api-schema)",
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Description',
				name: 'description',
				type: 'string',
				default: '',
				description: 'A description of the campaign',
			},
		],
	},
]);
