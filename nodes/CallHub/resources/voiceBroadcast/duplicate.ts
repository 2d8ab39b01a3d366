import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { answerRecord } from '../../shared/answers';
import { phoneBookIds, phoneBooksField } from '../../shared/campaigns';
import { withDisplayOptions } from '../../shared/displayOptions';
import { idFromUrl } from '../../shared/ids';
import type { Flow } from '../../shared/operation';
import { route } from '../../shared/route';
import { fail } from '../../shared/fail';

function phoneBooksOf(record: IDataObject): string[] {
	const books = record.phonebooks ?? record.phonebook;
	return (Array.isArray(books) ? books : []).map((book) => idFromUrl(book) ?? String(book));
}

/**
 * `POST /v1/vb_campaign/{id}/duplicate/` (callhub/callhub-mcp src/callhub/vb_campaigns.py
 * `duplicate_vb_campaign`, no body). No client shows the copy taking other phone books, so when
 * Phone Books is set they are sent as `phonebooks` and the copy is read back
 * (`GET /v1/vb_campaign/{id}/`): if CallHub kept the original's, the item fails naming the copy.
 */
const duplicate: Flow = async function (request, send) {
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const books = options.phoneBooks === undefined ? undefined : phoneBookIds(this, 'options.phoneBooks');
	const response = await send({ ...request, body: books ? { phonebooks: books } : undefined });
	const copy = answerRecord(response.body, {});
	const copyId = String(copy.pk_str ?? copy.id ?? idFromUrl(copy.url) ?? '');
	if (!books) return { ...copy, ...(copyId ? { id: copyId } : {}) };
	if (copyId === '') {
		fail(this, 'CallHub duplicated the voice broadcast without saying the copy\'s ID', 'The copy keeps the original\'s phone books. Find it in CallHub (its name starts like the original\'s) and set its phone books there.');
	}
	const read = answerRecord((await send({ method: 'GET', url: `/v1/vb_campaign/${copyId}/` })).body, {});
	const kept = phoneBooksOf(read);
	if (books.some((book) => !kept.includes(book)) || kept.some((book) => !books.includes(book))) {
		fail(
			this,
			`CallHub made the copy ${copyId} but did not give it the phone books asked for (it has ${kept.join(', ') || 'none'})`,
			"Change the copy's phone books in CallHub, or create the broadcast with Voice Broadcast → Create from a template, which takes phone books.",
		);
	}
	return { ...copy, ...read, id: copyId };
};

export const option: INodePropertyOptions = {
	name: 'Duplicate',
	value: 'duplicate',
	action: 'Duplicate a voice broadcast',
	description: 'Copy a voice broadcast (e.g. last week\'s), optionally onto other phone books; the copy is paused until started with Update',
	routing: route({ method: 'POST', url: '/v1/vb_campaign/{voiceBroadcast}/duplicate/' }, { flow: duplicate }),
};

export const fields: INodeProperties[] = withDisplayOptions({ show: { resource: ['voiceBroadcast'], operation: ['duplicate'] } }, [
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			phoneBooksField("The phone books the copy calls instead of the original's", false),
		],
	},
]);
