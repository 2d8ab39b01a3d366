import type { IBinaryData, IDataObject } from 'n8n-workflow';

import { answerRecord } from '../../shared/answers';
import { multipartBody } from '../../shared/multipart';
import type { Flow } from '../../shared/operation';
import { fail } from '../../shared/fail';

function isBinary(value: unknown): value is IBinaryData {
	return value !== null && typeof value === 'object' && typeof (value as IBinaryData).mimeType === 'string';
}

/**
 * `POST /v1/media/upload/` as multipart/form-data: the file as `file`, optional `name` and
 * `generate_gif` (callhub/callhub-mcp docs/PUBLIC_API_AUDIT.md A5). CallHub answers the new file's
 * id as `data.media_file_id` (or a `job_id` while a video is processed); the output has it at the top.
 */
export const uploadMedia: Flow = async function (request, send) {
	const property = String(this.getNodeParameter('binaryPropertyName', 'data') ?? '').trim();
	if (property === '') fail(this, 'The Input Binary Field parameter is empty', "Give the name of the input item's binary field holding the file, e.g. data.");
	const item = this.getInputData();
	const file = item.binary?.[property] ?? (isBinary(item.json?.[property]) ? (item.json[property] as IBinaryData) : undefined);
	if (!file) {
		const available = Object.keys(item.binary ?? {});
		fail(
			this,
			`The Input Binary Field "${property}" is not in the input item`,
			available.length
				? `This item has the binary field${available.length > 1 ? 's' : ''} ${available.map((name) => `"${name}"`).join(', ')}. Set Input Binary Field to the one holding the recording.`
				: 'This item has no file. Read the recording first, e.g. with the Read/Write Files from Disk or HTTP Request node.',
		);
	}
	const data = await this.helpers.getBinaryDataBuffer(property);
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const fields: Record<string, string> = {};
	const name = String(options.name ?? '').trim();
	if (name !== '') fields.name = name;
	if (typeof options.generateGif === 'boolean') fields.generate_gif = String(options.generateGif);
	const upload = multipartBody(fields, [
		{ name: 'file', filename: file.fileName || 'recording', contentType: file.mimeType || 'application/octet-stream', data },
	]);
	const response = await send({ ...request, body: upload.body, headers: { 'Content-Type': upload.contentType } });
	const record = answerRecord(response.body, {});
	const id = record.media_file_id ?? record.pk_str ?? record.id;
	if ((id === undefined || id === null || id === '') && (record.job_id === undefined || record.job_id === null)) {
		fail(
			this,
			'CallHub answered the upload without a media file ID or job ID',
			'CallHub may not have kept the file. Check the media library in CallHub, and try again with an mp3, wav or ogg recording.',
		);
	}
	return { ...record, ...(id !== undefined && id !== null && id !== '' ? { media_file_id: String(id) } : {}), file_name: file.fileName ?? null };
};
