import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

/** A cell as SheetJS's sheet_to_csv writes it: quoted when it holds the delimiter, a quote or a line feed. */
function csvCell(value: unknown, delimiter: string): string {
	const text = value === undefined || value === null ? '' : String(value);
	if (text.includes(delimiter) || text.includes('\n') || text.includes('"')) return `"${text.replace(/"/g, '""')}"`;
	return text === 'ID' ? '"ID"' : text;
}

/**
 * The item n8n's Convert to File node (Convert to CSV) outputs for these items: SheetJS writes a
 * UTF-8 byte order mark, a header row of every key in order of appearance, and rows joined by LF;
 * the file is `File.csv` (text/csv) in the binary field `data`, and the item's JSON is empty.
 */
export function convertToFileCsv(
	rows: IDataObject[],
	options: { delimiter?: string; property?: string; fileName?: string } = {},
): INodeExecutionData {
	const delimiter = options.delimiter ?? ',';
	const header = [...new Set(rows.flatMap((row) => Object.keys(row)))];
	const lines = [header, ...rows.map((row) => header.map((key) => row[key]))].map((cells) =>
		cells.map((cell) => csvCell(cell, delimiter)).join(delimiter),
	);
	return binaryItem(Buffer.from(`\ufeff${lines.join('\n')}`, 'utf8'), {
		property: options.property,
		fileName: options.fileName ?? 'File.csv',
		mimeType: 'text/csv',
	});
}

/** An item carrying a file in a binary field, stored inline (base64) as n8n does for small files. */
export function binaryItem(
	data: Buffer,
	options: { property?: string; fileName: string; mimeType: string },
): INodeExecutionData {
	const extension = /\.([^.]+)$/.exec(options.fileName)?.[1];
	return {
		json: {},
		binary: {
			[options.property ?? 'data']: {
				data: data.toString('base64'),
				mimeType: options.mimeType,
				fileName: options.fileName,
				...(extension ? { fileExtension: extension } : {}),
				fileSize: `${data.length} B`,
			},
		},
	};
}
