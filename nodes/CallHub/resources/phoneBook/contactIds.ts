import type { IDataObject } from 'n8n-workflow';

import { idList } from '../../shared/idList';
import type { Prepare } from '../../shared/operation';

/** `contact_ids` as CallHub wants them: a JSON array of id strings (never numbers: ids exceed 2^53). */
export const sendContactIds: Prepare = async function (request) {
	const ids = idList(this, 'contactIds', 'Contact IDs', '3966566468442653936, 3966566468442661855');
	return { ...request, body: { ...((request.body as IDataObject) ?? {}), contact_ids: ids } };
};
