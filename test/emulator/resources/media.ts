import type { Router } from '../http';
import { badRequest, bodyObject, ok } from '../http';
import type { AccountState, Json } from '../state';
import { now } from '../state';

/**
 * The media library: `POST /v1/media/upload/` (multipart `file`, optional `name` up to 150 characters,
 * `generate_gif`) answering `{"data": {"media_file_id", "media_url"}}` (REFERENCE.md §8: the NestJS
 * client, live; callhub/callhub-mcp docs/PUBLIC_API_AUDIT.md A5), and `GET /v2/media/` paged with
 * `offset` and `limit`, filtered by `name` and `media_type` (callhub/callhub-mcp src/callhub/campaigns.py).
 */
export interface MediaFile extends Json {
	id: string;
	name: string;
	media_type: 'audio' | 'image' | 'video';
	media_url: string;
	size: number;
	updated_date: string;
}

export function mediaFiles(state: AccountState) {
	return state.collection<MediaFile>('media');
}

function kindOf(contentType: string, filename: string): MediaFile['media_type'] | undefined {
	if (/^audio\//i.test(contentType) || /\.(mp3|wav|ogg)$/i.test(filename)) return 'audio';
	if (/^image\//i.test(contentType)) return 'image';
	if (/^video\//i.test(contentType)) return 'video';
	return undefined;
}

export function registerMedia(router: Router): void {
	router.post('/v1/media/upload/', (req) => {
		const file = req.files.find((part) => part.name === 'file');
		if (!file) badRequest({ file: ['No file was submitted.'] });
		const part = file as NonNullable<typeof file>;
		const kind = kindOf(part.contentType ?? '', part.filename ?? '');
		if (!kind || part.data.length === 0) badRequest({ file: ['Upload a valid audio, image or video file.'] });
		const name = String(bodyObject(req).name ?? part.filename ?? 'media');
		if (name.length > 150) badRequest({ name: ['Ensure this field has no more than 150 characters.'] });
		const id = req.state.newId();
		const media: MediaFile = {
			id,
			name,
			media_type: kind as MediaFile['media_type'],
			media_url: `${req.origin}/media/${id}`,
			size: part.data.length,
			updated_date: now(),
		};
		mediaFiles(req.state).set(id, media);
		return ok({ data: { media_file_id: id, media_url: media.media_url } }, 201);
	});
	router.get('/v2/media/', (req) => {
		const offset = Math.max(0, Number(req.query.get('offset') ?? 0) || 0);
		const limit = Math.max(1, Math.min(100, Number(req.query.get('limit') ?? 20) || 20));
		const name = req.query.get('name');
		const type = req.query.get('media_type');
		const all = [...mediaFiles(req.state).values()]
			.filter((media) => (name ? media.name === name : true) && (type ? media.media_type === type : true))
			.sort((a, b) => (a.updated_date < b.updated_date ? 1 : a.updated_date > b.updated_date ? -1 : 0));
		return ok({ count: all.length, results: all.slice(offset, offset + limit) });
	});
}
