import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { withDisplayOptions } from '../../shared/displayOptions';
import { normaliseIds } from '../../shared/ids';
import { allCustomFields } from '../../shared/lookups';
import type { Flow } from '../../shared/operation';
import { listWindow } from '../../shared/operation';
import { deleted } from '../../shared/output';
import { collectPages } from '../../shared/pagination';
import { route } from '../../shared/route';
import { sendParameter } from '../../shared/sendParameter';

const show = (operation: string[]) => ({ show: { resource: ['customField'], operation } });

/** CallHub's detail endpoint for a custom field answers 404 (seen by CallHub's own MCP server): read the list. */
const getFromList: Flow = async function (_request, send, path) {
	const field = (await allCustomFields(send)).find((candidate) => String(candidate.id) === path.customField);
	if (!field) {
		return (await send({ method: 'GET', url: `/v1/custom_fields/${path.customField}/` })).body as IDataObject;
	}
	return field;
};

/** The list is a bare array on CallHub, so Limit is applied here rather than by page size. */
const listFields: Flow = async function (request, send) {
	return normaliseIds(await collectPages(send, request, listWindow(this)));
};

/** The choices a field read from CallHub has, from whichever key its answer uses. */
function choicesOf(field: IDataObject): string[] | undefined {
	for (const key of ['cfmultichoice', 'choices', 'choice', 'options', 'multichoice']) {
		const value = field[key];
		if (Array.isArray(value)) {
			return value
				.map((entry) =>
					entry !== null && typeof entry === 'object'
						? String((entry as IDataObject).choice ?? (entry as IDataObject).name ?? (entry as IDataObject).label ?? (entry as IDataObject).value ?? '')
						: String(entry),
				)
				.map((choice) => choice.trim())
				.filter(Boolean);
		}
		if (typeof value === 'string' && value.trim() !== '') return value.split(',').map((choice) => choice.trim()).filter(Boolean);
	}
	return undefined;
}

/**
 * Update, then read the field back. Which key CallHub reads new choices from is not settled:
 * callhub/callhub-mcp src/callhub/custom_fields.py sends `choice` on create but `options` on update;
 * hotgluexyz/target-callhub sends `choice`. The node sends the list under both (Django REST Framework
 * ignores keys a serializer does not declare), then fails the item if the choices did not change.
 */
const updateField: Flow = async function (request, send, path) {
	const body = { ...((request.body as IDataObject | undefined) ?? {}) };
	const wanted = Array.isArray(body.choice) ? (body.choice as string[]) : undefined;
	if (wanted) body.options = wanted;
	const answer = (await send({ ...request, body })).body as IDataObject;
	if (!wanted) return answer;
	const field = (await allCustomFields(send)).find((candidate) => String(candidate.id) === path.customField);
	const now = field ? choicesOf(field) : undefined;
	const same = now !== undefined && now.length === wanted.length && wanted.every((choice) => now.includes(choice));
	if (!same) {
		throw new NodeOperationError(
			this.getNode(),
			field
				? `CallHub kept the choices of custom field "${String(field.name ?? path.customField)}" as ${now === undefined ? 'none' : `"${now.join(', ')}"`} instead of "${wanted.join(', ')}"`
				: `Custom field ${path.customField} is not in CallHub's list after the update`,
			{
				description:
					'CallHub answered the update without error but did not apply the choices (they were sent as both `choice` and `options`). Change the choices in CallHub (Settings → Custom Fields), or delete the field and create it again with the new choices.',
				itemIndex: this.getItemIndex(),
			},
		);
	}
	return field as IDataObject;
};

const choicesField: INodeProperties = {
	displayName: 'Choices',
	name: 'choices',
	type: 'string',
	default: '',
	placeholder: 'e.g. Yes, No, Maybe',
	description: 'The choices of a multi-choice field, separated by commas',
};

/** The choices as the list CallHub takes. */
function choiceList(value: unknown): string[] {
	return String(value)
		.split(',')
		.map((choice) => choice.trim())
		.filter((choice) => choice);
}

const operations: INodePropertyOptions[] = [
	{
		name: 'Create',
		value: 'create',
		action: 'Create a custom field',
		description: 'Create a custom contact field',
		routing: route({ method: 'POST', url: '/v1/custom_fields/' }, { prepare: [sendParameter('choices', 'body', 'choice', choiceList)] }),
	},
	{
		name: 'Delete',
		value: 'delete',
		action: 'Delete a custom field',
		description: 'Delete a custom field and its values on every contact',
		routing: route({ method: 'DELETE', url: '/v1/custom_fields/{customField}/' }, { output: [deleted] }),
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get a custom field',
		description: 'Retrieve a custom field',
		routing: route({ method: 'GET', url: '/v1/custom_fields/{customField}/' }, { flow: getFromList }),
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many custom fields',
		description: 'Retrieve the custom fields of the account',
		routing: route({ method: 'GET', url: '/v1/custom_fields/' }, { flow: listFields }),
	},
	{
		name: 'Update',
		value: 'update',
		action: 'Update a custom field',
		description: 'Rename a custom field or change its choices',
		routing: route(
			{ method: 'PUT', url: '/v1/custom_fields/{customField}/' },
			{ prepare: [sendParameter('updateFields.choices', 'body', 'choice', choiceList)], flow: updateField },
		),
	},
];

export const customFieldDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customField'] } },
		options: operations,
		default: 'create',
	},
	...withDisplayOptions(show(['delete', 'get', 'update']), [
		{
			displayName: 'Custom Field Name or ID',
			name: 'customField',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getCustomFields' },
			required: true,
			default: '',
			description:
				'The custom field. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	]),
	...withDisplayOptions(show(['create', 'update']), [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			description: 'Name of the field, as it appears on contacts and in CSV imports',
			routing: { send: { type: 'body', property: 'name' } },
		},
	]),
	...withDisplayOptions(show(['create']), [
		{
			displayName: 'Field Type',
			name: 'fieldType',
			type: 'options',
			default: 'Text',
			options: [
				{ name: 'Boolean', value: 'Boolean' },
				{ name: 'Multi-Choice', value: 'Multi-choice' },
				{ name: 'Number', value: 'Number' },
				{ name: 'Text', value: 'Text' },
			],
			description: 'Kind of value the field holds',
			routing: { send: { type: 'body', property: 'field_type' } },
		},
	]),
	...withDisplayOptions({ show: { resource: ['customField'], operation: ['create'], fieldType: ['Multi-choice'] } }, [
		{ ...choicesField, required: true },
	]),
	...withDisplayOptions(show(['update']), [
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [choicesField],
		},
	]),
	...withDisplayOptions(show(['getAll']), returnAllAndLimit()),
];
