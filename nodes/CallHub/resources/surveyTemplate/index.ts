import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { callhubLocator, returnAllAndLimit } from '../../shared/descriptions';
import { withDisplayOptions } from '../../shared/displayOptions';
import { jsonParameter } from '../../shared/jsonParameter';
import type { Prepare } from '../../shared/operation';
import { deleted } from '../../shared/output';
import { route } from '../../shared/route';
import { fail } from '../../shared/fail';

// `/v1/templates/` as CallHub's MCP server calls it (callhub/callhub-mcp src/callhub/survey_templates.py):
// POST `{label, questions}`, PATCH `{id}/` with the fields to change, GET and DELETE `{id}/`.

const show = (operation: string[]) => ({ show: { resource: ['surveyTemplate'], operation } });
const QUESTIONS_EXAMPLE = '[{"type": 1, "question": "Will you vote?", "choices": [{"answer": "Yes"}, {"answer": "No"}]}]';

const templateBody: Prepare = async function (request) {
	const body: IDataObject = { ...((request.body as IDataObject) ?? {}) };
	if (this.getNodeParameter('operation') === 'create') {
		body.questions = jsonParameter(this, 'questions', 'Questions', 'array', QUESTIONS_EXAMPLE);
		return { ...request, body };
	}
	const fields = this.getNodeParameter('updateFields', {}) as IDataObject;
	if (typeof fields.label === 'string' && fields.label.trim() !== '') body.label = fields.label.trim();
	if (fields.questions !== undefined) body.questions = jsonParameter(this, 'updateFields.questions', 'Questions', 'array', QUESTIONS_EXAMPLE);
	if (Object.keys(body).length === 0) fail(this, 'Nothing to update', "Add a field under 'Update Fields' with the value to change.");
	return { ...request, body };
};

const operations: INodePropertyOptions[] = [
	{
		name: 'Create',
		value: 'create',
		action: 'Create a survey template',
		description: 'Create a survey template (questions agents ask), e.g. for a P2P campaign',
		routing: route({ method: 'POST', url: '/v1/templates/' }, { prepare: [templateBody] }),
	},
	{
		name: 'Delete',
		value: 'delete',
		action: 'Delete a survey template',
		description: 'Delete a survey template',
		routing: route({ method: 'DELETE', url: '/v1/templates/{surveyTemplate}/' }, { output: [deleted] }),
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get a survey template',
		description: 'Retrieve a survey template with its questions',
		routing: route({ method: 'GET', url: '/v1/templates/{surveyTemplate}/' }),
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many survey templates',
		description: 'Retrieve the survey templates of the account',
		routing: route({ method: 'GET', url: '/v1/templates/' }, { list: {} }),
	},
	{
		name: 'Update',
		value: 'update',
		action: 'Update a survey template',
		description: 'Rename a survey template or replace its questions',
		routing: route({ method: 'PATCH', url: '/v1/templates/{surveyTemplate}/' }, { prepare: [templateBody] }),
	},
];

export const surveyTemplateDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['surveyTemplate'] } },
		options: operations,
		default: 'getAll',
	},
	...withDisplayOptions(show(['delete', 'get', 'update']), [
		callhubLocator({
			name: 'surveyTemplate',
			displayName: 'Survey Template',
			urlSegment: 'templates',
			searchListMethod: 'searchSurveyTemplates',
			description: 'The survey template to use',
		}),
	]),
	...withDisplayOptions(show(['create']), [
		{
			displayName: 'Label',
			name: 'label',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Early vote survey',
			description: 'Name of the survey template',
			routing: { send: { type: 'body', property: 'label' } },
		},
		{
			displayName: 'Questions',
			name: 'questions',
			type: 'json',
			required: true,
			default: QUESTIONS_EXAMPLE,
			description: 'The questions, as CallHub takes them (type 1: multiple choice with choices, 3: open answer, 12: script text)',
		},
	]),
	...withDisplayOptions(show(['update']), [
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{ displayName: 'Label', name: 'label', type: 'string', default: '', description: 'New name of the survey template' },
				{ displayName: 'Questions', name: 'questions', type: 'json', default: QUESTIONS_EXAMPLE, description: 'The questions that replace the current ones' },
			],
		},
	]),
	...withDisplayOptions(show(['getAll']), returnAllAndLimit()),
];
