import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { ID_PATTERN } from '../../shared/ids';
import type { Prepare } from '../../shared/operation';

/** `contact_ids` as CallHub wants them: a JSON array of id strings (never numbers: ids exceed 2^53). */
export const sendContactIds: Prepare = async function (request) {
	const raw = this.getNodeParameter('contactIds', '') as unknown;
	const list = (Array.isArray(raw) ? raw : String(raw ?? '').split(/[\s,;]+/))
		.map((value) => String(value).trim())
		.filter(Boolean);
	const invalid = list.find((value) => !ID_PATTERN.test(value));
	if (list.length === 0 || invalid !== undefined) {
		throw new NodeOperationError(
			this.getNode(),
			list.length === 0 ? 'The Contact IDs parameter is empty' : `The Contact IDs parameter has "${invalid}", which is not a CallHub ID`,
			{
				description: 'Give contact IDs (digits only) separated by commas, e.g. 3966566468442653936, 3966566468442661855.',
				itemIndex: this.getItemIndex(),
			},
		);
	}
	return { ...request, body: { ...((request.body as IDataObject) ?? {}), contact_ids: [...new Set(list)] } };
};
