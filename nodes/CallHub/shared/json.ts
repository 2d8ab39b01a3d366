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
 * Finds runs of 16+ digits with a native regex. A run right after `"key":` is a value (the common
 * case: `"id": 3966566468442653936`); any other run is placed by jumping from quote to quote since
 * the last place known to be outside a string. A page of 1,000 contacts costs little more than JSON.parse.
 */
export function parseJsonLosslessly(text: string): unknown {
	LONG_DIGITS.lastIndex = 0;
	let match = LONG_DIGITS.exec(text);
	if (match === null) return JSON.parse(text);
	const parts: string[] = [];
	let copied = 0;
	// Everything before `outsideFrom` is classified; `stringEnd` closes the last string found.
	let outsideFrom = 0;
	let stringEnd = -1;
	for (; match !== null; match = LONG_DIGITS.exec(text)) {
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
		parts.push(text.slice(copied, start), '"', match[0], '"');
		copied = end;
	}
	if (copied === 0) return JSON.parse(text);
	parts.push(text.slice(copied));
	return JSON.parse(parts.join(''));
}
