import type { IDataObject } from 'n8n-workflow';

import { idFromUrl } from '../../shared/ids';
import { allCustomFields, customFieldValues, tagName } from '../../shared/lookups';
import type { OperationContext } from '../../shared/operation';
import type { Send } from '../../shared/transport';

const KEPT = [
	'id',
	'contact',
	'mobile',
	'first_name',
	'last_name',
	'email',
	'country_code',
	'address',
	'city',
	'state',
	'zipcode',
	'company_name',
	'company_website',
	'job_title',
	'created_date',
];

/**
 * Contacts as people read them: tags as names, custom fields by name instead of a JSON string keyed
 * by field id, phone books as ids. Field names are looked up only when some contact has values.
 */
export async function simplifyContacts(
	this: OperationContext,
	records: IDataObject[],
	send: Send,
): Promise<IDataObject[]> {
	if (!(this.getNodeParameter('simplify', false) as boolean)) return records;
	const needsNames = records.some((record) => Object.keys(customFieldValues(record)).length > 0);
	const names = new Map<string, string>();
	if (needsNames) {
		for (const field of await allCustomFields(send)) names.set(String(field.id), String(field.name));
	}
	return records.map((record) => {
		const simple: IDataObject = {};
		for (const key of KEPT) if (record[key] !== undefined) simple[key] = record[key];
		simple.tags = ((record.tags as IDataObject[] | undefined) ?? []).map(tagName);
		const custom: IDataObject = {};
		for (const [fieldId, value] of Object.entries(customFieldValues(record))) {
			custom[names.get(fieldId) ?? fieldId] = value;
		}
		simple.custom_fields = custom;
		simple.phonebooks = ((record.phonebooks as unknown[] | undefined) ?? []).map((url) => idFromUrl(url) ?? url);
		return simple;
	});
}
