/**
 * Just enough CSV (RFC 4180) to read a file's header row and rows: quoted cells with commas, quotes
 * and line breaks, CRLF or LF, a UTF-8 byte order mark (n8n's Convert to File writes one), and the
 * delimiter a spreadsheet used (comma, semicolon or tab), which CallHub needs to be a comma.
 *
 * Rows are handed to a visitor one at a time instead of being kept: a contact list of tens of
 * megabytes is read in about a second and without holding a million rows in memory.
 */
import { readQuotedRow } from '../../shared/csvRows';

export interface Csv {
	delimiter: string;
	rows: string[][];
}

const DELIMITERS = [',', ';', '\t'];
const CARRIAGE_RETURN = 13;

function countOutsideQuotes(line: string, character: string): number {
	let count = 0;
	let quoted = false;
	for (const char of line) {
		if (char === '"') quoted = !quoted;
		else if (char === character && !quoted) count++;
	}
	return count;
}

/** The text without the UTF-8 byte order mark spreadsheets (and Convert to File) write. */
export function withoutBom(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function detectDelimiter(text: string): string {
	const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
	let best = ',';
	let bestCount = 0;
	for (const delimiter of DELIMITERS) {
		const count = countOutsideQuotes(firstLine, delimiter);
		if (count > bestCount) {
			best = delimiter;
			bestCount = count;
		}
	}
	return best;
}

/**
 * Calls `visit` with each row that is not blank, the header first, until it returns false. A line
 * without quotes (nearly all of a contact list) is split whole; a quote opens a quoted cell only at
 * the start of a cell, elsewhere (5" screen) it is an ordinary character.
 */
export function eachRow(text: string, delimiter: string, visit: (row: string[]) => boolean | void): void {
	let position = 0;
	while (position < text.length) {
		const lineFeed = text.indexOf('\n', position);
		const end = lineFeed === -1 ? text.length : lineFeed;
		const line = text.slice(position, end > position && text.charCodeAt(end - 1) === CARRIAGE_RETURN ? end - 1 : end);
		let row: string[];
		if (!line.includes('"') && !line.includes('\r')) {
			row = line.split(delimiter);
			position = end + 1;
		} else {
			({ row, next: position } = readQuotedRow(text, position, delimiter.charCodeAt(0)));
		}
		if ((row.length > 1 || row[0].trim() !== '') && visit(row) === false) return;
	}
}

/** Every row of a (small) file. */
export function parseCsv(input: string): Csv {
	const text = withoutBom(input);
	const delimiter = detectDelimiter(text);
	const rows: string[][] = [];
	eachRow(text, delimiter, (row) => {
		rows.push(row);
	});
	return { delimiter, rows };
}

function quote(cell: string): string {
	return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** A row as a line of the comma-separated file CallHub reads. */
export function commaSeparatedLine(row: string[]): string {
	return row.map(quote).join(',');
}

/** The rows as a comma-separated file, the form CallHub reads. */
export function toCommaSeparated(rows: string[][]): string {
	return rows.map(commaSeparatedLine).join('\r\n');
}
