import type { IDataObject } from 'n8n-workflow';

import { ID_PATTERN, normaliseIds } from '../../shared/ids';
import { allTags, tagName } from '../../shared/lookups';
import type { Send } from '../../shared/transport';

export function tagIdsOf(contact: IDataObject): string[] {
	return ((contact.tags as IDataObject[] | undefined) ?? []).map((tag) => String(tag.id));
}

/** Sets a contact's tags. CallHub's taggings endpoint replaces the whole set with the ids sent. */
export async function setTags(send: Send, contactId: string, tagIds: string[]): Promise<void> {
	await send({ method: 'PATCH', url: `/v2/contacts/${contactId}/taggings/`, body: { tags: tagIds } });
}

/** Puts back the tags a contact had before a PUT, which clears them. */
export async function restoreTags(
	send: Send,
	contactId: string,
	updated: IDataObject,
	before: IDataObject,
): Promise<IDataObject> {
	const tagIds = tagIdsOf(before);
	if (tagIds.length === 0) return updated;
	await setTags(send, contactId, tagIds);
	return { ...updated, tags: before.tags };
}

/**
 * Turns tag names or ids into tags ({id, name}); names CallHub does not know yet are created,
 * since tagging by name is what people mean when they type one.
 */
export async function resolveTags(send: Send, namesOrIds: string[]): Promise<IDataObject[]> {
	const wanted = [...new Set(namesOrIds.map((entry) => entry.trim()).filter(Boolean))];
	if (wanted.length === 0) return [];
	const known = await allTags(send);
	const byId = new Map(known.map((tag) => [String(tag.id), tag]));
	const byName = new Map(known.map((tag) => [tagName(tag).toLowerCase(), tag]));
	const result: IDataObject[] = [];
	for (const entry of wanted) {
		const found = (ID_PATTERN.test(entry) ? byId.get(entry) : undefined) ?? byName.get(entry.toLowerCase());
		if (found) {
			result.push({ id: String(found.id), name: tagName(found) });
			continue;
		}
		const created = normaliseIds((await send({ method: 'POST', url: '/v2/tags/', body: { tag: entry } })).body as IDataObject);
		byName.set(entry.toLowerCase(), created);
		result.push({ id: String(created.id), name: tagName(created) || entry });
	}
	return result;
}
