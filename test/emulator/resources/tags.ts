import type { Router } from '../http';
import { badRequest, bodyObject, created, noContent, notFound, ok, required } from '../http';
import { paginate } from '../pagination';
import type { AccountState, Tag } from '../state';

export function createTag(state: AccountState, name: string): Tag {
	if ([...state.tags.values()].some((tag) => tag.name.toLowerCase() === name.toLowerCase())) {
		badRequest({ tag: ['Tag with this name already exists.'] });
	}
	const tag: Tag = { id: state.newId(), name };
	state.tags.set(tag.id, tag);
	return tag;
}

export function registerTags(router: Router): void {
	router.get('/v1/tags/', (req) => paginate(req, [...req.state.tags.values()].map(({ id, name }) => ({ id, name }))));
	// The v2 list and create name the tag `tag`.
	router.get('/v2/tags/', (req) => paginate(req, [...req.state.tags.values()].map(({ id, name }) => ({ id, tag: name }))));
	router.post('/v2/tags/', (req) => {
		const tag = createTag(req.state, required(bodyObject(req), 'tag'));
		return created({ id: tag.id, tag: tag.name });
	});
	router.get('/v1/tags/:id/', (req) => {
		const tag = req.state.tags.get(req.params.id) ?? notFound();
		return ok({ id: tag.id, name: tag.name });
	});
	router.patch('/v1/tags/:id/', (req) => {
		const tag = req.state.tags.get(req.params.id) ?? notFound();
		tag.name = required(bodyObject(req), 'name');
		return ok({ id: tag.id, name: tag.name });
	});
	router.delete('/v1/tags/:id/', (req) => {
		if (!req.state.tags.delete(req.params.id)) notFound();
		for (const contact of req.state.contacts.values()) contact.tags = contact.tags.filter((id) => id !== req.params.id);
		return noContent();
	});
}
