import { NodeOperationError } from 'n8n-workflow';

import type { OperationContext } from './operation';

/** Stops the item with a message naming what is wrong and a description saying what to do. */
export function fail(ctx: OperationContext, message: string, description: string): never {
	throw new NodeOperationError(ctx.getNode(), message, { description, itemIndex: ctx.getItemIndex() });
}
