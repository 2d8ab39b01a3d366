import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { answerRecord } from '../../shared/answers';
import { withDisplayOptions } from '../../shared/displayOptions';
import type { Flow } from '../../shared/operation';
import { route } from '../../shared/route';
import { fail } from '../../shared/fail';
import { contactLocator } from './fields';

/**
 * `POST /v2/contact-notes/{contact_id}` with the account key, as CallHub's MCP server lists it
 * (callhub/callhub-mcp docs/API_REFERENCE.md, `addContactNotes`, no trailing slash). The body is
 * `{"notes": …}`, the field the agent API's contact notes take (seed reference, `/contact-notes/:id/`).
 */
const addNote: Flow = async function (request, send, path) {
	const notes = String(this.getNodeParameter('notes', '') ?? '').trim();
	if (notes === '') fail(this, 'The Notes parameter is empty', 'Write the note to add to the contact (e.g. from the previous node with an expression).');
	const response = await send({ ...request, body: { notes } });
	return answerRecord(response.body, { contact_id: path.contact, notes, added: true });
};

export const option: INodePropertyOptions = {
	name: 'Add Note',
	value: 'addNote',
	action: 'Add a note to a contact',
	description: "Add a note to a contact's record (shown with the contact in CallHub)",
	routing: route({ method: 'POST', url: '/v2/contact-notes/{contact}' }, { flow: addNote }),
};

export const fields: INodeProperties[] = withDisplayOptions({ show: { resource: ['contact'], operation: ['addNote'] } }, [
	contactLocator,
	{
		displayName: 'Notes',
		name: 'notes',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		description: 'The note to add',
	},
]);
