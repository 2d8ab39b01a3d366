import { mediaFiles } from '../../../emulator/resources/media';
import { useEmulator } from '../../../harness/emulator';
import { binaryItem } from '../../../harness/files';

const recording = () => binaryItem(Buffer.from('RIFF....WAVEfmt recording'), { fileName: 'rally.wav', mimeType: 'audio/wav' });

describe('CallHub node: Media', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	it('Upload sends the file as multipart `file` with name and generate_gif, and outputs media_file_id at the top', async () => {
		const result = await bed.run({
			parameters: { resource: 'media', operation: 'upload', binaryPropertyName: 'data', options: { name: 'Rally message', generateGif: false } },
			items: [recording()],
		});
		const [request] = bed.emulator.requests('POST', '/v1/media/upload/');
		expect(request.files).toEqual([{ name: 'file', filename: 'rally.wav', size: 25 }]);
		expect(request.body).toEqual({ name: 'Rally message', generate_gif: 'false' });
		const [media] = [...mediaFiles(bed.emulator.state).values()];
		expect(result.json[0]).toMatchObject({ media_file_id: media.id, media_url: media.media_url, file_name: 'rally.wav' });
	});

	it('Upload names the missing binary field before sending', async () => {
		const result = await bed.run({ parameters: { resource: 'media', operation: 'upload', binaryPropertyName: 'audio' }, items: [recording()] });
		expect(result.error?.message).toBe('The Input Binary Field "audio" is not in the input item');
		expect(bed.emulator.log).toHaveLength(0);
	});

	it('Get Many reads /v2/media/ by offset and limit, with filters, until a short page', async () => {
		for (let index = 0; index < 130; index++) {
			mediaFiles(bed.emulator.state).set(String(index + 1), { id: String(index + 1), name: `m${index}`, media_type: 'audio', media_url: '', size: 1, updated_date: '2026-01-01' });
		}
		const result = await bed.run({ parameters: { resource: 'media', operation: 'getAll', returnAll: true, filters: { mediaType: 'audio', sortBy: '-updated_date' } } });
		expect(result.json).toHaveLength(130);
		expect(bed.emulator.requests('GET', '/v2/media/').map((entry) => entry.query)).toEqual([
			{ media_type: 'audio', sort_by: '-updated_date', offset: '0', limit: '100' },
			{ media_type: 'audio', sort_by: '-updated_date', offset: '100', limit: '100' },
		]);
		const limited = await bed.run({ parameters: { resource: 'media', operation: 'getAll', returnAll: false, limit: 5, skip: 10 } });
		expect(limited.json.map((json) => json.id)).toEqual(['11', '12', '13', '14', '15']);
	});
});
