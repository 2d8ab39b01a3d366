import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { allCustomFields } from '../../shared/lookups';
import type { Prepare } from '../../shared/operation';

/**
 * Custom field values go in the body as top-level keys named like the field. CallHub silently ignores
 * body keys that name no custom field, so a typo would lose the value without a word: names are
 * checked against the account's fields (any case) and sent as CallHub spells them.
 */
export const checkCustomFieldNames: Prepare = async function (request, send) {
	const entries = this.getNodeParameter('customFields.field', []) as Array<{ name?: string; value?: unknown }>;
	if (entries.length === 0) return request;
	const fields = await allCustomFields(send);
	const byName = new Map(fields.map((field) => [String(field.name).toLowerCase(), String(field.name)]));
	const body = { ...((request.body as IDataObject) ?? {}) };
	for (const entry of entries) {
		const given = String(entry.name ?? '').trim();
		const actual = byName.get(given.toLowerCase());
		if (!actual) {
			const known = fields.map((field) => String(field.name)).join(', ') || 'none yet';
			throw new NodeOperationError(this.getNode(), `The custom field "${given}" does not exist in CallHub`, {
				description: `Choose a field in the Custom Fields parameter, or create it first with Custom Field → Create. Fields of this account: ${known}.`,
				itemIndex: this.getItemIndex(),
			});
		}
		body[actual] = (entry.value ?? '') as IDataObject[string];
	}
	return { ...request, body };
};
