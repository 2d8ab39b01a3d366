import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { tagName } from '../shared/lookups';
import { allAsOptions } from './search';

/** Custom fields by name: contacts take custom field values as body keys named like the field. */
export async function getCustomFieldNames(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await allAsOptions(this, '/v1/custom_fields/', (field) => ({
		name: String(field.name),
		value: String(field.name),
		description: `${String(field.field_type ?? '')} field ${String(field.id)}`.trim(),
	}));
}

export async function getCustomFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await allAsOptions(this, '/v1/custom_fields/', (field) => ({
		name: String(field.name),
		value: String(field.id),
		description: String(field.field_type ?? ''),
	}));
}

export async function getTags(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await allAsOptions(this, '/v1/tags/', (tag) => ({ name: tagName(tag), value: String(tag.id) }));
}
