import type { IDataObject } from 'n8n-workflow';

/**
 * CSV (RFC 4180) read as it streams in, one row at a time, into records keyed by the header row:
 * quoted cells with commas, quotes and line breaks, CRLF or LF, a UTF-8 byte order mark, and UTF-8
 * characters split between two chunks. Only the unfinished last row of a chunk is kept between
 * chunks, so a file is never held whole (nor as text beside its records).
 *
 * A line without a quote (most of an export) is cut with the native `split`; only lines holding a
 * quote go through the character loop. BENCHMARKS.md (Export) compares it with a plain split loop.
 */

const QUOTE = 34;
const CARRIAGE_RETURN = 13;

/** Columns whose values stay text even when they look like numbers (ids, phone numbers, postcodes). */
const TEXT_COLUMN = /(^|[^a-z])ids?$|_ids?$|^id|phone|mobile|contact|caller|number|zip|postal|post_?code|pk_str/i;
/** A decimal a double holds exactly as written: no leading zero, at most 15 significant digits. */
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d{0,14})(?:\.\d{1,6})?$/;

/** The value of a cell: a number where the text is one written plainly, else the text as it is. */
export function typedCell(text: string, asText: boolean): string | number {
	if (asText || text.length === 0 || text.length > 22) return text;
	const first = text.charCodeAt(0);
	if ((first < 48 || first > 57) && first !== 45) return text;
	if (!PLAIN_NUMBER.test(text)) return text;
	const value = Number(text);
	return Number.isFinite(value) ? value : text;
}

/** Header names made unique and non-empty: `column_3` for a blank one, `name_2` for a repeated one. */
export function uniqueHeaders(cells: string[]): string[] {
	const seen = new Set<string>();
	return cells.map((cell, index) => {
		let name = cell.trim() === '' ? `column_${index + 1}` : cell.trim();
		for (let suffix = 2; seen.has(name); suffix++) name = `${cell.trim() || `column_${index + 1}`}_${suffix}`;
		seen.add(name);
		return name;
	});
}

/** The cells of one row that holds quotes, from `start` to `end` (its line break excluded). */
function quotedCells(text: string, start: number, end: number): string[] {
	const cells: string[] = [];
	let position = start;
	for (;;) {
		let cell = '';
		if (text.charCodeAt(position) === QUOTE) {
			position++;
			for (;;) {
				const quote = text.indexOf('"', position);
				if (quote === -1 || quote >= end) {
					cell += text.slice(position, end);
					position = end;
					break;
				}
				cell += text.slice(position, quote);
				position = quote + 1;
				if (text.charCodeAt(position) !== QUOTE) break;
				cell += '"';
				position++;
			}
		}
		let stop = text.indexOf(',', position);
		if (stop === -1 || stop > end) stop = end;
		cells.push(cell + text.slice(position, stop));
		if (stop >= end) return cells;
		position = stop + 1;
	}
}

/** Whether the quotes between `start` and `end` leave a quoted cell open (an odd number of them). */
function opensQuote(text: string, start: number, end: number): boolean {
	let open = false;
	for (let quote = text.indexOf('"', start); quote !== -1 && quote < end; quote = text.indexOf('"', quote + 1)) open = !open;
	return open;
}

export interface CsvRecordsOptions {
	/** Called once, with the header row, before the first record. */
	onHeaders?: (headers: string[]) => void;
	/** Called for each record; throw to stop reading. */
	onRecord: (record: IDataObject) => void;
}

/**
 * Reads CSV text given in pieces (`push`) and hands each row to `onRecord` as an object keyed by the
 * header row, with numbers typed (see `typedCell`). `end()` reads the last row.
 */
export class CsvRecordReader {
	private rest = '';
	private headers: string[] | undefined;
	private textColumns: boolean[] = [];
	private started = false;
	rows = 0;

	constructor(private readonly options: CsvRecordsOptions) {}

	push(chunk: string): void {
		let text = this.rest === '' ? chunk : this.rest + chunk;
		if (!this.started && text.length > 0) {
			this.started = true;
			if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
		}
		this.rest = text.slice(this.read(text, false));
	}

	end(): void {
		if (this.rest !== '') this.read(this.rest, true);
		this.rest = '';
	}

	/** Reads the complete rows of `text` and answers where the unfinished one starts. */
	private read(text: string, last: boolean): number {
		const length = text.length;
		let start = 0;
		// Found once and again only when passed: looking for it from every row would scan to the end each time.
		let nextQuote = text.indexOf('"');
		while (start < length) {
			if (nextQuote !== -1 && nextQuote < start) nextQuote = text.indexOf('"', start);
			let newline = text.indexOf('\n', start);
			const quoted = nextQuote !== -1 && (newline === -1 || nextQuote < newline);
			// A row whose quotes are still open at a line break goes on past it.
			while (quoted && newline !== -1 && opensQuote(text, nextQuote, newline)) newline = text.indexOf('\n', newline + 1);
			if (newline === -1 && !last) return start;
			const lineEnd = newline === -1 ? length : newline;
			const end = lineEnd > start && text.charCodeAt(lineEnd - 1) === CARRIAGE_RETURN ? lineEnd - 1 : lineEnd;
			if (end > start) this.row(quoted ? quotedCells(text, start, end) : text.slice(start, end).split(','));
			start = lineEnd + 1;
		}
		return length;
	}

	private row(cells: string[]): void {
		const headers = this.headers;
		if (headers === undefined) {
			this.headers = uniqueHeaders(cells);
			this.textColumns = this.headers.map((header) => TEXT_COLUMN.test(header));
			this.options.onHeaders?.(this.headers);
			return;
		}
		const record: IDataObject = {};
		const count = headers.length;
		for (let index = 0; index < count; index++) {
			const cell = cells[index];
			record[headers[index]] = cell === undefined ? null : typedCell(cell, this.textColumns[index]);
		}
		// Cells beyond the header row are kept, under the column's position.
		for (let index = count; index < cells.length; index++) record[`column_${index + 1}`] = cells[index];
		this.rows++;
		this.options.onRecord(record);
	}
}

/** A stream of bytes (an HTTP answer) or of text pieces, as an async iterable. */
export type ByteSource = AsyncIterable<Buffer | Uint8Array | string>;

/** Reads a CSV stream into records, decoding UTF-8 across chunk boundaries. */
export async function readCsvRecords(source: ByteSource, options: CsvRecordsOptions): Promise<number> {
	const reader = new CsvRecordReader(options);
	const decoder = new TextDecoder('utf-8');
	for await (const chunk of source) {
		reader.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
	}
	const tail = decoder.decode();
	if (tail !== '') reader.push(tail);
	reader.end();
	return reader.rows;
}
