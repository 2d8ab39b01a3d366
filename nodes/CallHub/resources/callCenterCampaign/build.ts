import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { agentsField, sendAgents } from '../../shared/agentIds';
import { answerRecord } from '../../shared/answers';
import { callerIdField, callerIdParameter, phoneBookIds, phoneBooksField } from '../../shared/campaigns';
import { withDisplayOptions } from '../../shared/displayOptions';
import { idFromUrl } from '../../shared/ids';
import { jsonParameter } from '../../shared/jsonParameter';
import type { Flow, Prepare } from '../../shared/operation';
import { idParameter } from '../../shared/operation';
import { route } from '../../shared/route';

// Creating, copying and staffing call center campaigns goes through CallHub's `/v1/power_campaign/`
// endpoints, as its MCP server does (callhub/callhub-mcp src/callhub/campaigns.py
// `create_call_center_campaign`, `duplicate_power_campaign`, `add_agents_to_power_campaign`).

const show = (operation: string[]) => ({ show: { resource: ['callCenterCampaign'], operation } });
const SCRIPT_EXAMPLE = '[{"type": 12, "script_text": "Hi {first_name}, my name is {agent_name}."}, {"type": 1, "question": "Will you attend?", "choices": [{"answer": "Yes"}, {"answer": "No"}]}]';

function dispositions(value: unknown): string[] {
	return (Array.isArray(value) ? value : String(value ?? '').split(',')).map((entry) => String(entry).trim()).filter(Boolean);
}

/** `POST /v1/power_campaign/create/`: `name, phonebook_ids, callerid, script` and the options the MCP server documents. */
const createBody: Prepare = async function (request) {
	const body: IDataObject = { ...((request.body as IDataObject) ?? {}) };
	body.phonebook_ids = phoneBookIds(this, 'phoneBooks');
	body.callerid = callerIdParameter(this);
	body.script = jsonParameter(this, 'script', 'Script', 'array', SCRIPT_EXAMPLE);
	const options = this.getNodeParameter('options', {}) as IDataObject;
	if (typeof options.assignAllAgents === 'boolean') body.assign_all_agents = options.assignAllAgents;
	if (typeof options.recording === 'boolean') body.recording = options.recording;
	if (typeof options.notesRequired === 'boolean') body.notes_required = options.notesRequired;
	if (options.callDispositions !== undefined) body.call_dispositions = dispositions(options.callDispositions);
	if (typeof options.timezone === 'string' && options.timezone !== '') body.timezone = options.timezone;
	return { ...request, body };
};

/** `POST /v1/power_campaign/duplicate/ {campaign_id, phonebook_ids, assign_all_agents, name?}`. */
const duplicate: Flow = async function (request, send) {
	const original = idParameter(this, 'callCenterCampaign');
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const body: IDataObject = {
		campaign_id: original,
		phonebook_ids: phoneBookIds(this, 'phoneBooks'),
		assign_all_agents: options.assignAllAgents === true,
	};
	if (typeof options.name === 'string' && options.name.trim() !== '') body.name = options.name.trim();
	const response = await send({ ...request, body });
	const copy = answerRecord(response.body, { original_id: original });
	const copyId = copy.pk_str ?? copy.id ?? idFromUrl(copy.url);
	return { ...copy, ...(copyId !== undefined && copyId !== null ? { id: String(copyId) } : {}) };
};

export const operations: INodePropertyOptions[] = [
	{
		name: 'Add Agents',
		value: 'addAgents',
		action: 'Add agents to a call center campaign',
		description: 'Assign agents to call in a call center campaign',
		routing: route(
			{ method: 'POST', url: '/v1/power_campaign/{callCenterCampaign}/agents/add/' },
			{ flow: sendAgents('call_center_campaign_id', 'callCenterCampaign') },
		),
	},
	{
		name: 'Create',
		value: 'create',
		action: 'Create a call center campaign',
		description: 'Create a call center (phone banking) campaign with its script and questions',
		routing: route({ method: 'POST', url: '/v1/power_campaign/create/' }, { prepare: [createBody] }),
	},
	{
		name: 'Duplicate',
		value: 'duplicate',
		action: 'Duplicate a call center campaign',
		description: 'Copy a call center campaign onto phone books (e.g. to call a new list with the same script)',
		routing: route({ method: 'POST', url: '/v1/power_campaign/duplicate/' }, { flow: duplicate }),
	},
];

const assignAllAgents: INodeProperties = {
	displayName: 'Assign All Agents',
	name: 'assignAllAgents',
	type: 'boolean',
	default: false,
	description: 'Whether every agent of the account may call in the campaign',
};

export const fields: INodeProperties[] = [
	...withDisplayOptions(show(['create']), [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Rally phone bank',
			description: 'Name of the campaign',
			routing: { send: { type: 'body', property: 'name' } },
		},
		phoneBooksField('The phone books to call'),
		callerIdField('calls'),
		{
			displayName: 'Script',
			name: 'script',
			type: 'json',
			required: true,
			default: SCRIPT_EXAMPLE,
			description: 'The script elements: type 12 script text, 1 multiple-choice question with choices, 3 open question',
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				assignAllAgents,
				{ displayName: 'Call Dispositions', name: 'callDispositions', type: 'string', default: '', placeholder: 'e.g. Will Attend, Not Interested', description: 'What agents record as the outcome of a call, separated by commas' },
				{ displayName: 'Notes Required', name: 'notesRequired', type: 'boolean', default: false, description: 'Whether agents must write notes for each call' },
				{ displayName: 'Record Calls', name: 'recording', type: 'boolean', default: false, description: 'Whether calls are recorded' },
				{ displayName: 'Timezone', name: 'timezone', type: 'string', default: '', placeholder: 'e.g. America/New_York', description: 'Time zone of the campaign, as an IANA name' },
			],
		},
	]),
	...withDisplayOptions(show(['duplicate']), [
		phoneBooksField('The phone books the copy calls'),
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [assignAllAgents, { displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Name of the copy' }],
		},
	]),
	...withDisplayOptions(show(['addAgents']), [agentsField]),
];
