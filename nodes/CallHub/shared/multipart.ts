import { randomBytes } from 'node:crypto';

export interface MultipartFile {
	name: string;
	filename: string;
	contentType: string;
	data: Buffer;
}

function headerValue(text: string): string {
	return text.replace(/[\r\n]/g, ' ').replace(/"/g, '%22');
}

/**
 * A multipart/form-data body as one Buffer. Built here instead of with `form-data`, because a
 * community node may not have runtime dependencies, and because a Buffer can be sent again as is
 * when CallHub's rate limit makes the request wait (a stream could not).
 */
export function multipartBody(fields: Record<string, string>, files: MultipartFile[]): { body: Buffer; contentType: string } {
	const boundary = `----CallHubFormBoundary${randomBytes(12).toString('hex')}`;
	const parts: Buffer[] = [];
	for (const [name, value] of Object.entries(fields)) {
		parts.push(
			Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${headerValue(name)}"\r\n\r\n${value}\r\n`, 'utf8'),
		);
	}
	for (const file of files) {
		parts.push(
			Buffer.from(
				`--${boundary}\r\nContent-Disposition: form-data; name="${headerValue(file.name)}"; filename="${headerValue(file.filename)}"\r\nContent-Type: ${file.contentType}\r\n\r\n`,
				'utf8',
			),
			file.data,
			Buffer.from('\r\n', 'utf8'),
		);
	}
	parts.push(Buffer.from(`--${boundary}--\r\n`, 'utf8'));
	return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}
