import type { Router } from '../http';
import { badRequest, bodyObject, created, noContent, notFound, ok, required } from '../http';
import type { AccountState, CustomField, Json } from '../state';
import { now } from '../state';

const FIELD_TYPES: Record<string, string> = {
	text: 'Text',
	number: 'Number',
	boolean: 'Boolean',
	'multi-choice': 'Multi-choice',
	multichoice: 'Multi-choice',
	'1': 'Text',
	'2': 'Number',
	'3': 'Boolean',
	'4': 'Multi-choice',
};

export function presentCustomField(state: AccountState, field: CustomField): Json {
	return {
		id: field.id,
		owner: state.username,
		name: field.name,
		field_type: field.field_type,
		cfmultichoice: field.choices,
		created_date: field.created_date,
		updated_date: field.updated_date,
	};
}

function choicesOf(body: Json): string[] {
	const raw = body.choice ?? body.choices;
	if (Array.isArray(raw)) return raw.map(String).map((choice) => choice.trim()).filter(Boolean);
	if (typeof raw === 'string') return raw.split(',').map((choice) => choice.trim()).filter(Boolean);
	return [];
}

export function createCustomField(state: AccountState, body: Json): CustomField {
	const name = required(body, 'name');
	const typeText = required(body, 'field_type');
	const fieldType = FIELD_TYPES[typeText.toLowerCase()];
	if (!fieldType) badRequest({ field_type: [`"${typeText}" is not a valid choice.`] });
	if ([...state.customFields.values()].some((field) => field.name.toLowerCase() === name.toLowerCase())) {
		badRequest({ name: ['Custom field with this name already exists.'] });
	}
	const choices = choicesOf(body);
	if (fieldType === 'Multi-choice' && choices.length === 0) badRequest({ choice: ['Multi-choice fields need at least one choice.'] });
	const field: CustomField = {
		id: state.newSmallId(),
		name,
		field_type: fieldType as string,
		choices: fieldType === 'Multi-choice' ? choices : [],
		created_date: now(),
		updated_date: now(),
	};
	state.customFields.set(field.id, field);
	return field;
}

export function registerCustomFields(router: Router, options: { listAsPage: boolean }): void {
	// CallHub answers this list with a bare array (public clients handle both shapes).
	router.get('/v1/custom_fields/', (req) => {
		const fields = [...req.state.customFields.values()].map((field) => presentCustomField(req.state, field));
		return options.listAsPage ? ok({ count: fields.length, next: null, previous: null, results: fields }) : ok(fields);
	});

	router.post('/v1/custom_fields/', (req) => created(presentCustomField(req.state, createCustomField(req.state, bodyObject(req)))));

	// CallHub's own MCP server logged this detail endpoint as consistently answering 404.
	router.get('/v1/custom_fields/:id/', () => notFound());

	router.put('/v1/custom_fields/:id/', (req) => {
		const field = req.state.customFields.get(req.params.id) ?? notFound();
		const body = bodyObject(req);
		field.name = required(body, 'name');
		// Which key an update reads the choices from is unknown (variants custom-field-choice/-options):
		// callhub-mcp custom_fields.py sends `choice` on create and `options` on update.
		const key = req.variants.is('custom-field-options') ? 'options' : 'choice';
		if (field.field_type === 'Multi-choice' && body[key] !== undefined) {
			const choices = choicesOf({ choice: body[key] });
			if (choices.length === 0) badRequest({ [key]: ['Multi-choice fields need at least one choice.'] });
			field.choices = choices;
		}
		field.updated_date = now();
		return ok(presentCustomField(req.state, field));
	});

	router.delete('/v1/custom_fields/:id/', (req) => {
		if (!req.state.customFields.delete(req.params.id)) notFound();
		for (const contact of req.state.contacts.values()) delete contact.customFields[req.params.id];
		return noContent();
	});
}
