import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { simplifyField } from '../../shared/descriptions';
import { withDisplayOptions } from '../../shared/displayOptions';
import { normaliseIds } from '../../shared/ids';
import type { Flow } from '../../shared/operation';
import { route } from '../../shared/route';
import { contactLocator } from './fields';
import { simplifyContacts } from './simplify';
import { resolveTags, setTags, tagIdsOf } from './tags';

function listOf(value: unknown): string[] {
	if (Array.isArray(value)) return value.map(String);
	if (typeof value === 'string') return value.split(',');
	return value === undefined || value === null ? [] : [String(value)];
}

/** CallHub replaces a contact's tags with the set sent, so the new tags are added to the current ones. */
const addTags: Flow = async function (_request, send, path) {
	const contact = normaliseIds(
		(await send({ method: 'GET', url: `/v1/contacts/${path.contact}/` })).body as IDataObject,
	);
	const added = await resolveTags(send, listOf(this.getNodeParameter('tags', [])));
	const current = (contact.tags as IDataObject[] | undefined) ?? [];
	const known = new Set(tagIdsOf(contact));
	const tags = [...current, ...added.filter((tag) => !known.has(String(tag.id)))];
	await setTags(send, path.contact, tags.map((tag) => String(tag.id)));
	return { ...contact, tags };
};

export const option: INodePropertyOptions = {
	name: 'Add Tags',
	value: 'addTags',
	action: 'Add tags to a contact',
	description: 'Add tags to a contact, keeping the tags it already has',
	routing: route({ method: 'PATCH', url: '/v2/contacts/{contact}/taggings/' }, { flow: addTags, output: [simplifyContacts] }),
};

export const fields: INodeProperties[] = withDisplayOptions(
	{ show: { resource: ['contact'], operation: ['addTags'] } },
	[
		contactLocator,
		{
			displayName: 'Tag Names or IDs',
			name: 'tags',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getTags' },
			required: true,
			default: [],
			description:
				'Tags to add. Names CallHub does not know yet are created. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		simplifyField,
	],
);
