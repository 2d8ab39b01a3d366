import type { IDataObject } from 'n8n-workflow';

/**
 * CSV (RFC 4180) read as it streams in, one row at a time, into records keyed by the header row:
 * quoted cells with commas, quotes and line breaks, CRLF or LF, a UTF-8 byte order mark, and UTF-8
 * characters split between two chunks. Only the unfinished last row of a chunk is kept between
 * chunks, so a file is never held whole (nor as text beside its records).
 *
 * A line without a quote (most of an export) is cut with the native `split`; only lines holding a
 * quote go through the cell loop. BENCHMARKS.md (Export) compares it with a plain split loop.
 */

const QUOTE = 34;
const COMMA = 44;
const LINE_FEED = 10;
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

/** One row that has quotes (or a lone CR) from `start`; quoted cells may hold line breaks. */
export function readQuotedRow(text: string, start: number, separator: number): { row: string[]; next: number } {
	const length = text.length;
	const row: string[] = [];
	let position = start;
	for (;;) {
		let cell = '';
		if (text.charCodeAt(position) === QUOTE) {
			position++;
			for (;;) {
				const quote = text.indexOf('"', position);
				if (quote === -1) {
					cell += text.slice(position);
					position = length;
					break;
				}
				cell += text.slice(position, quote);
				position = quote + 1;
				if (text.charCodeAt(position) !== QUOTE) break;
				cell += '"';
				position++;
			}
		}
		let end = position;
		for (; end < length; end++) {
			const code = text.charCodeAt(end);
			if (code === separator || code === LINE_FEED || code === CARRIAGE_RETURN) break;
		}
		row.push(cell + text.slice(position, end));
		position = end;
		if (position < length && text.charCodeAt(position) === separator) {
			position++;
			continue;
		}
		break;
	}
	if (text.charCodeAt(position) === CARRIAGE_RETURN) position++;
	if (text.charCodeAt(position) === LINE_FEED) position++;
	return { row, next: position };
}

/** Whether the quotes between `start` and `end` leave a quoted cell open (an odd number of them). */
function opensQuote(bytes: Buffer, start: number, end: number): boolean {
	let open = false;
	for (let quote = bytes.indexOf(QUOTE, start); quote !== -1 && quote < end; quote = bytes.indexOf(QUOTE, quote + 1)) open = !open;
	return open;
}

/** V8 cuts strings this long and longer as views of the string they come from (a "sliced string"). */
const SLICED_FROM = 13;

/**
 * The cells of an unquoted line, the long ones as strings of their own: as views of the line (what
 * `split` makes of them), one 19-digit id kept the whole line in memory for as long as its item.
 * Only for a line of ASCII, whose character positions are its byte positions.
 */
function ownCells(cells: string[], bytes: Buffer, start: number, ascii: boolean): string[] {
	if (!ascii) return cells;
	let offset = start;
	for (let index = 0; index < cells.length; index++) {
		const length = cells[index].length;
		if (length >= SLICED_FROM) cells[index] = bytes.toString('latin1', offset, offset + length);
		offset += length + 1;
	}
	return cells;
}

/** Distinct values remembered per column; a column with more (ids, names) stops being remembered. */
const MAX_SHARED_VALUES = 1000;

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
	private rest: Buffer | undefined;
	private headers: string[] | undefined;
	private textColumns: boolean[] = [];
	/** Every header set to null: records are copies of it, with all their fields in the object itself. */
	private template: IDataObject = {};
	/**
	 * Per column, the value of each text seen so far: a column of a few values (dispositions, agents,
	 * answers, dates) then holds one string per value instead of one per row. BENCHMARKS.md (Export).
	 */
	private shared: Array<Map<string, string | number> | undefined> = [];
	private started = false;
	rows = 0;

	constructor(private readonly options: CsvRecordsOptions) {}

	/**
	 * Rows are cut on bytes and each decoded on its own: decoded by the chunk, one non-ASCII name made
	 * the whole chunk, and every cell cut from it, two bytes a character.
	 */
	push(chunk: Buffer): void {
		let bytes = this.rest ? Buffer.concat([this.rest, chunk]) : chunk;
		if (!this.started && bytes.length >= 3) {
			this.started = true;
			if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
		}
		const done = this.read(bytes, false);
		// A copy: a view would keep the whole chunk for one unfinished row.
		this.rest = done < bytes.length ? Buffer.from(bytes.subarray(done)) : undefined;
	}

	end(): void {
		if (this.rest) this.read(this.rest, true);
		this.rest = undefined;
	}

	/** Reads the complete rows of `bytes` and answers where the unfinished one starts. */
	private read(bytes: Buffer, last: boolean): number {
		const length = bytes.length;
		let start = 0;
		// Found once and again only when passed: looking for it from every row would scan to the end each time.
		let nextQuote = bytes.indexOf(QUOTE);
		while (start < length) {
			if (nextQuote !== -1 && nextQuote < start) nextQuote = bytes.indexOf(QUOTE, start);
			let newline = bytes.indexOf(LINE_FEED, start);
			const quoted = nextQuote !== -1 && (newline === -1 || nextQuote < newline);
			// A row whose quotes are still open at a line break goes on past it.
			while (quoted && newline !== -1 && opensQuote(bytes, nextQuote, newline)) newline = bytes.indexOf(LINE_FEED, newline + 1);
			if (newline === -1 && !last) return start;
			const lineEnd = newline === -1 ? length : newline;
			const end = lineEnd > start && bytes[lineEnd - 1] === CARRIAGE_RETURN ? lineEnd - 1 : lineEnd;
			if (end > start) {
				const line = bytes.toString('utf8', start, end);
				this.row(quoted ? readQuotedRow(line, 0, COMMA).row : ownCells(line.split(','), bytes, start, end - start === line.length));
			}
			start = lineEnd + 1;
		}
		return length;
	}

	private row(cells: string[]): void {
		const headers = this.headers;
		if (headers === undefined) {
			this.headers = uniqueHeaders(cells);
			this.textColumns = this.headers.map((header) => TEXT_COLUMN.test(header));
			this.shared = this.headers.map(() => new Map());
			for (const header of this.headers) this.template[header] = null;
			this.options.onHeaders?.(this.headers);
			return;
		}
		const record: IDataObject = { ...this.template };
		const count = headers.length;
		for (let index = 0; index < count; index++) {
			const cell = cells[index];
			if (cell === undefined) {
				record[headers[index]] = null;
				continue;
			}
			const shared = this.shared[index];
			let value = shared?.get(cell);
			if (value === undefined) {
				value = typedCell(cell, this.textColumns[index]);
				if (shared) {
					if (shared.size < MAX_SHARED_VALUES) shared.set(cell, value);
					else this.shared[index] = undefined;
				}
			}
			record[headers[index]] = value;
		}
		// Cells beyond the header row are kept, under the column's position.
		for (let index = count; index < cells.length; index++) record[`column_${index + 1}`] = cells[index];
		this.rows++;
		this.options.onRecord(record);
	}
}

/** A stream of bytes (an HTTP answer) or of text pieces, as an async iterable. */
export type ByteSource = AsyncIterable<Buffer | Uint8Array | string>;

/** Reads a CSV stream into records (UTF-8; a character split between chunks is whole in its row). */
export async function readCsvRecords(source: ByteSource, options: CsvRecordsOptions): Promise<number> {
	const reader = new CsvRecordReader(options);
	for await (const chunk of source) {
		reader.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
	}
	reader.end();
	return reader.rows;
}
