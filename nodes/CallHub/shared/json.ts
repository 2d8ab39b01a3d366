// CallHub ids are 64-bit integers written as raw JSON numbers (e.g. 3966566468442653936), beyond
// Number.MAX_SAFE_INTEGER: JSON.parse would silently change them. Every integer literal that a
// JavaScript number cannot hold exactly is turned into a string holding the exact digits.
const JSON_TOKEN = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;
const LONG_INTEGER = /^-?\d{16,}$/;

function quoteUnsafeInteger(token: string): string {
	if (token.charCodeAt(0) === 34 || !LONG_INTEGER.test(token)) return token;
	return Number.isSafeInteger(Number(token)) ? token : `"${token}"`;
}

export function parseJsonLosslessly(text: string): unknown {
	const safe = /\d{16}/.test(text) ? text.replace(JSON_TOKEN, quoteUnsafeInteger) : text;
	return JSON.parse(safe);
}
