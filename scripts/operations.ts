/* Prints the README's table of every resource and operation, from the nodes' own descriptions. */
import type { INodeProperties, INodePropertyOptions, INodeType } from 'n8n-workflow';

import { packageNodes } from '../test/harness/nodeTypes';
import { markers, writeOrPrint } from './markedSection';

export interface OperationRow {
	node: string;
	resource: string;
	operation: string;
	description: string;
}

export function operationRows(): OperationRow[] {
	const rows: OperationRow[] = [];
	for (const node of Object.values(packageNodes) as INodeType[]) {
		const { properties, displayName } = node.description;
		const resource = properties.find((property) => property.name === 'resource');
		if (!resource) continue;
		for (const resourceOption of (resource.options ?? []) as INodePropertyOptions[]) {
			const operations = properties.filter(
				(property: INodeProperties) =>
					property.name === 'operation' &&
					(property.displayOptions?.show?.resource as string[] | undefined)?.includes(resourceOption.value as string),
			);
			for (const operation of operations.flatMap((property) => (property.options ?? []) as INodePropertyOptions[])) {
				rows.push({ node: displayName, resource: resourceOption.name, operation: operation.name, description: operation.description ?? '' });
			}
		}
	}
	return rows;
}

export function operationsTable(): string {
	const lines = ['| Node | Resource | Operation | What it does |', '| --- | --- | --- | --- |'];
	for (const row of operationRows()) lines.push(`| ${row.node} | ${row.resource} | ${row.operation} | ${row.description} |`);
	return lines.join('\n');
}

export const OPERATIONS_SECTION = markers('operations');

/** `tsx scripts/operations.ts --write` refreshes the table in README.md; without it, prints it. */
if (require.main === module) writeOrPrint('README.md', OPERATIONS_SECTION, operationsTable);
