import { parseJsonLosslessly } from '../../nodes/CallHub/shared/json';

/**
 * CallHub writes ids as raw JSON numbers of 19 digits. The emulator keeps them as digit strings and
 * writes every `id` key as a bare number, exactly as the real API does, so a client that lets an id
 * pass through a JavaScript number gets a different id back and breaks visibly.
 */
export function toCallHubJson(value: unknown): string {
	const marked = JSON.stringify(value, (key, entry) =>
		key === 'id' && typeof entry === 'string' && /^\d+$/.test(entry) ? `\u0000${entry}\u0000` : entry,
	);
	return marked.replace(/"\\u0000(\d+)\\u0000"/g, '$1');
}

/** Parses a request body like Python would: big integers keep every digit (as strings here). */
export function parseRequestJson(text: string): unknown {
	return parseJsonLosslessly(text);
}

export interface MultipartPart {
	name: string;
	filename?: string;
	contentType?: string;
	data: Buffer;
}

export function parseMultipart(body: Buffer, contentType: string): MultipartPart[] {
	const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
	if (!match) throw new Error('multipart body without boundary');
	const boundary = Buffer.from(`--${match[1] ?? match[2]}`);
	const parts: MultipartPart[] = [];
	let start = body.indexOf(boundary);
	while (start !== -1) {
		const next = body.indexOf(boundary, start + boundary.length);
		if (next === -1) break;
		const chunk = body.subarray(start + boundary.length + 2, next - 2); // skip CRLF after boundary, before next
		const headerEnd = chunk.indexOf('\r\n\r\n');
		if (headerEnd !== -1) {
			const headers = chunk.subarray(0, headerEnd).toString('utf8');
			const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? '';
			const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
			if (name !== undefined) {
				parts.push({
					name,
					filename: /filename="([^"]*)"/i.exec(disposition)?.[1],
					contentType: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim(),
					data: chunk.subarray(headerEnd + 4),
				});
			}
		}
		start = next;
	}
	return parts;
}
