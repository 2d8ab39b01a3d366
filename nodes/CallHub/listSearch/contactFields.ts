import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { allAsOptions } from './search';

/** Standard and custom contact fields by name, as a bulk import's column mapping names them. */
export async function getContactFieldNames(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await allAsOptions(this, '/v1/contacts/fields/', (field) => ({
		name: String(field.name),
		value: String(field.name),
		description: `Field ${String(field.id)}`,
	}));
}
