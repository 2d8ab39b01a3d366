import type { IDataObject } from 'n8n-workflow';

import type { OperationContext } from './operation';

/** What a delete answers (n8n's convention for operations that return no record). */
export async function deleted(this: OperationContext): Promise<IDataObject[]> {
	return [{ deleted: true }];
}
