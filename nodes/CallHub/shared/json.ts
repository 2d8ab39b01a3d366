// CallHub ids are 64-bit integers written as raw JSON numbers (e.g. 3966566468442653936), beyond
// Number.MAX_SAFE_INTEGER: JSON.parse would silently change them. Every integer literal that a
// JavaScript number cannot hold exactly is turned into a string holding the exact digits.
const LONG_DIGITS = /-?\d{16,}/g;
const QUOTE = 34;
const BACKSLASH = 92;

function isNumberChar(code: number): boolean {
	// digits, '.', 'e', 'E', '+', '-'
	return (code >= 48 && code <= 57) || code === 46 || code === 101 || code === 69 || code === 43 || code === 45;
}

/** The index of the quote closing a string whose opening quote is at `open`. */
function closingQuote(text: string, open: number): number {
	let quote = text.indexOf('"', open + 1);
	while (quote !== -1) {
		let backslashes = 0;
		while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
		if (backslashes % 2 === 0) return quote;
		quote = text.indexOf('"', quote + 1);
	}
	return text.length;
}

function isSpace(code: number): boolean {
	return code === 32 || code === 10 || code === 13 || code === 9;
}

/**
 * Whether the run starting at `start` is an object member's value: it follows `"key":`. A quote that
 * is not escaped cannot stand inside a string, so an unescaped `"` then `:` ends a key outside strings.
 */
function followsKey(text: string, start: number): boolean {
	let at = start - 1;
	while (at >= 0 && isSpace(text.charCodeAt(at))) at--;
	if (text.charCodeAt(at) !== 58) return false;
	at--;
	while (at >= 0 && isSpace(text.charCodeAt(at))) at--;
	if (text.charCodeAt(at) !== QUOTE) return false;
	let backslashes = 0;
	while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes++;
	return backslashes % 2 === 0;
}

/**
 * Where the integer literals a double cannot hold stand in `text`, as [start, end) pairs. Runs of 16+
 * digits are found with a native regex. A run right after `"key":` is a value (the common case:
 * `"id": 3966566468442653936`); any other run is placed by jumping from quote to quote since the last
 * place known to be outside a string.
 */
function unsafeIntegerLiterals(text: string): number[] {
	const bounds: number[] = [];
	LONG_DIGITS.lastIndex = 0;
	// Everything before `outsideFrom` is classified; `stringEnd` closes the last string found.
	let outsideFrom = 0;
	let stringEnd = -1;
	for (let match = LONG_DIGITS.exec(text); match !== null; match = LONG_DIGITS.exec(text)) {
		const start = match.index;
		const end = start + match[0].length;
		if (end < text.length && isNumberChar(text.charCodeAt(end))) continue;
		if (start > 0 && isNumberChar(text.charCodeAt(start - 1))) continue;
		if (followsKey(text, start)) {
			outsideFrom = end;
			stringEnd = -1;
		} else {
			if (start < stringEnd) continue;
			let inString = false;
			let open = text.indexOf('"', outsideFrom);
			while (open !== -1 && open < start) {
				stringEnd = closingQuote(text, open);
				if (stringEnd > start) {
					inString = true;
					break;
				}
				outsideFrom = stringEnd + 1;
				open = text.indexOf('"', outsideFrom);
			}
			if (inString) continue;
			outsideFrom = end;
		}
		if (Number.isSafeInteger(Number(match[0]))) continue;
		bounds.push(start, end);
	}
	return bounds;
}

/** `text` with each literal of `bounds` in quotes, so that JSON.parse makes it a string. */
function quoted(text: string, bounds: number[]): string {
	const parts: string[] = [];
	let copied = 0;
	for (let at = 0; at < bounds.length; at += 2) {
		parts.push(text.slice(copied, bounds[at]), '"', text.slice(bounds[at], bounds[at + 1]), '"');
		copied = bounds[at + 1];
	}
	parts.push(text.slice(copied));
	return parts.join('');
}

function isUnsafeInteger(value: unknown): value is number {
	return typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value);
}

/** A key JavaScript lists before the others (an array index), which would break document order. */
function isIndexKey(key: string): boolean {
	const first = key.charCodeAt(0);
	return first >= 48 && first <= 57 && String(Number(key) >>> 0) === key;
}

/**
 * Puts the exact digits back where JSON.parse rounded a long integer, walking `parsed` in document
 * order (JSON.parse keeps keys in the order of the text). Each replaced number must be the double of
 * the literal taken for it, and every literal must be used; otherwise (an object with index keys,
 * a repeated key, a long number written with an exponent) it answers false and changes are discarded.
 */
function restoreInOrder(parsed: unknown, text: string, bounds: number[]): boolean {
	let next = 0;
	const digitsFor = (value: number): string | undefined => {
		if (next >= bounds.length) return undefined;
		// A fresh string: a slice would keep the whole page's text alive as long as the record.
		const digits = JSON.parse(`"${text.slice(bounds[next], bounds[next + 1])}"`) as string;
		next += 2;
		return Number(digits) === value ? digits : undefined;
	};
	// One place of an array or object: a rounded integer gets its digits back, anything else is walked.
	const restore = (container: Record<string | number, unknown>, key: string | number): boolean => {
		const item = container[key];
		if (!isUnsafeInteger(item)) return walk(item);
		const digits = digitsFor(item);
		if (digits === undefined) return false;
		container[key] = digits;
		return true;
	};
	const walk = (value: unknown): boolean => {
		if (value === null || typeof value !== 'object') return true;
		const container = value as Record<string | number, unknown>;
		if (Array.isArray(value)) {
			for (let index = 0; index < value.length; index++) if (!restore(container, index)) return false;
			return true;
		}
		for (const key in container) if (isIndexKey(key) || !restore(container, key)) return false;
		return true;
	};
	return walk(parsed) && next === bounds.length;
}

/**
 * JSON.parse, except that integers a double cannot hold exactly (CallHub's 19-digit ids) come out as
 * strings of their digits. Usually the page is parsed once and the digits put back in place; only
 * when that cannot be done safely is a copy of the text, with those literals quoted, parsed instead.
 * Parsing a copy of every page added about 4 MB to the peak of a 50,000-contact Return All (BENCHMARKS.md).
 */
export function parseJsonLosslessly(text: string): unknown {
	const bounds = unsafeIntegerLiterals(text);
	if (bounds.length === 0) return JSON.parse(text);
	const parsed: unknown = JSON.parse(text);
	if (restoreInOrder(parsed, text, bounds)) return parsed;
	return JSON.parse(quoted(text, bounds));
}
