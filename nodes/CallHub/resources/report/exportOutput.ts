import type { IDataObject, IHttpRequestOptions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readCsvRecords } from '../../shared/csvRows';
import type { OperationContext, Produce } from '../../shared/operation';
import { MAX_ITEMS_PER_RUN } from '../../shared/operation';
import type { ExportRequest } from './exportJob';
import { runExport } from './exportJob';

export type ExportOutput = 'file' | 'items' | 'link';

/** Rows of an export as items, read as the file streams in (see shared/csvRows.ts). */
async function rowsAsItems(ctx: OperationContext, stream: AsyncIterable<Buffer | string>, what: string): Promise<INodeExecutionData[]> {
	const items: INodeExecutionData[] = [];
	await readCsvRecords(stream, {
		onRecord: (json) => {
			if (items.length >= MAX_ITEMS_PER_RUN) {
				throw new NodeOperationError(
					ctx.getNode(),
					`The export of ${what} has more than ${MAX_ITEMS_PER_RUN.toLocaleString('en-US')} rows, more than n8n can pass on from one node run`,
					{
						description: "Set Output to 'File' and process the file in parts (e.g. 'Extract from File' in a loop), or export a smaller campaign.",
						itemIndex: ctx.getItemIndex(),
					},
				);
			}
			items.push({ json });
		},
	});
	return items;
}

function today(): string {
	return new Date().toISOString().slice(0, 10);
}

/**
 * An export operation: `request` says which export to start for the item; the file comes out as a
 * binary CSV (Output: File), one item per row (Output: Items), or only its link (Output: Link).
 */
export function exportProducer(request: (ctx: OperationContext) => ExportRequest & { campaignId: string; fileStem: string }): Produce {
	return async function (this: OperationContext, _declared: IHttpRequestOptions, send) {
		const start = request(this);
		const output = this.getNodeParameter('output', 'file') as ExportOutput;
		const options = this.getNodeParameter('exportOptions', {}) as IDataObject;
		const wait = {
			maxWaitSeconds: Math.max(1, Number(options.maxWait ?? 300)),
			pollIntervalSeconds: Math.max(0.01, Number(options.pollInterval ?? 5)),
		};
		const file = await runExport(this, send, start, wait, output !== 'link');
		const about: IDataObject = { campaign_id: start.campaignId, ...(file.jobId ? { job_id: file.jobId } : {}) };
		if (output === 'link') return [{ json: { ...about, state: file.state ?? 'SUCCESS', url: file.link ?? file.url ?? null } }];
		if (!file.stream) return [];
		if (output === 'items') return await rowsAsItems(this, file.stream, start.what);
		const fileName = String(options.fileName ?? '').trim() || file.fileName || `${start.fileStem}-${start.campaignId}-${today()}.csv`;
		const property = String(this.getNodeParameter('binaryPropertyName', 'data')).trim() || 'data';
		// The answer's body (a Readable) goes to n8n as it is: with n8n's filesystem or S3 binary mode
		// the file streams to storage without being held in memory here.
		type BinarySource = Parameters<typeof this.helpers.prepareBinaryData>[0];
		const binary = await this.helpers.prepareBinaryData(file.stream as unknown as BinarySource, fileName, 'text/csv');
		return [{ json: { ...about, file_name: fileName }, binary: { [property]: binary } }];
	};
}
