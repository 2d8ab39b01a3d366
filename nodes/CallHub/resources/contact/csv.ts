/**
 * Just enough CSV (RFC 4180) to read a file's header row and rows: quoted cells with commas, quotes
 * and line breaks, CRLF or LF, a UTF-8 byte order mark (n8n's Convert to File writes one), and the
 * delimiter a spreadsheet used (comma, semicolon or tab), which CallHub needs to be a comma.
 */
export interface Csv {
	delimiter: string;
	rows: string[][];
}

const DELIMITERS = [',', ';', '\t'];

function countOutsideQuotes(line: string, character: string): number {
	let count = 0;
	let quoted = false;
	for (const char of line) {
		if (char === '"') quoted = !quoted;
		else if (char === character && !quoted) count++;
	}
	return count;
}

function detectDelimiter(text: string): string {
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

export function parseCsv(input: string): Csv {
	const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
	const delimiter = detectDelimiter(text);
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	const endRow = () => {
		row.push(cell);
		if (row.length > 1 || row[0].trim() !== '') rows.push(row);
		row = [];
		cell = '';
	};
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (quoted) {
			if (char !== '"') cell += char;
			else if (text[index + 1] === '"') {
				cell += '"';
				index++;
			} else quoted = false;
		} else if (char === '"') quoted = true;
		else if (char === delimiter) {
			row.push(cell);
			cell = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && text[index + 1] === '\n') index++;
			endRow();
		} else cell += char;
	}
	if (cell !== '' || row.length > 0) endRow();
	return { delimiter, rows };
}

function quote(cell: string): string {
	return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The rows as a comma-separated file, the form CallHub reads. */
export function toCommaSeparated(rows: string[][]): string {
	return rows.map((row) => row.map(quote).join(',')).join('\r\n');
}
