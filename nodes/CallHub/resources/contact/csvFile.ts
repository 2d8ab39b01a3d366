import type { IBinaryData } from 'n8n-workflow';

import { fail } from '../../shared/fail';
import type { OperationContext } from '../../shared/operation';
import { detectDelimiter, eachRow, withoutBom } from './csv';

/** A CSV file read as far as its first rows; `eachRow` goes through all of them. */
export interface CsvFile {
	file: IBinaryData;
	data: Buffer;
	text: string;
	delimiter: string;
	header: string[];
}

const CSV_TYPES = /^(text\/(csv|plain|comma-separated-values|tab-separated-values)|application\/(csv|vnd\.ms-excel))\b/i;
const CSV_EXTENSIONS = /^(csv|tsv|txt)$/i;
const HOW_TO_MAKE_A_CSV =
	"Put the contacts into a CSV file first, e.g. with the 'Convert to File' node (Convert to CSV), and connect it to this node.";

export { fail };

function isBinary(value: unknown): value is IBinaryData {
	return value !== null && typeof value === 'object' && typeof (value as IBinaryData).mimeType === 'string';
}

function extensionOf(file: IBinaryData): string {
	return file.fileExtension ?? /\.([^.]+)$/.exec(file.fileName ?? '')?.[1] ?? '';
}

/** The CSV file of the item's binary field, checked so that each way it can be wrong says so. */
export async function readCsvFile(this: OperationContext, property: string): Promise<CsvFile> {
	if (property === '') {
		fail(this, 'The Input Binary Field parameter is empty', "Give the name of the input item's binary field holding the CSV file, e.g. data.");
	}
	const item = this.getInputData();
	// n8n keeps files under `binary`, or in the JSON in its "combined" binary mode.
	const file = item.binary?.[property] ?? (isBinary(item.json?.[property]) ? (item.json[property] as IBinaryData) : undefined);
	if (!file) {
		const available = Object.keys(item.binary ?? {});
		fail(
			this,
			`The Input Binary Field "${property}" is not in the input item`,
			available.length
				? `This item has the binary field${available.length > 1 ? 's' : ''} ${available.map((name) => `"${name}"`).join(', ')}. Set Input Binary Field to the one holding the CSV file.`
				: `This item has no file. ${HOW_TO_MAKE_A_CSV}`,
		);
	}
	const label = [file.mimeType, file.fileName].filter(Boolean).join(', ');
	if (!CSV_TYPES.test(file.mimeType) && !CSV_EXTENSIONS.test(extensionOf(file))) {
		fail(this, `The file in Input Binary Field "${property}" is not a CSV file (${label})`, HOW_TO_MAKE_A_CSV);
	}
	const data = await this.helpers.getBinaryDataBuffer(property);
	if (data.subarray(0, 4096).includes(0)) {
		fail(this, `The file in Input Binary Field "${property}" is not a CSV file (${label}): it holds binary data`, HOW_TO_MAKE_A_CSV);
	}
	const text = withoutBom(data.toString('utf8'));
	const delimiter = detectDelimiter(text);
	const firstRows: string[][] = [];
	eachRow(text, delimiter, (row) => firstRows.push(row) < 2);
	if (firstRows.length === 0) {
		fail(this, `The CSV file in Input Binary Field "${property}" is empty`, HOW_TO_MAKE_A_CSV);
	}
	if (firstRows.length === 1) {
		fail(
			this,
			`The CSV file in Input Binary Field "${property}" has a header row but no contacts`,
			'CallHub reads the first row as column names and skips it, so the contacts must start on the second row.',
		);
	}
	return { file, data, text, delimiter, header: firstRows[0] };
}
