import { useEmulator } from '../../../harness/emulator';
import { addTag } from '../../../harness/fixtures';

describe('CallHub node: Tag', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	it('Create POSTs { tag } to /v2/tags/ and outputs the id and name', async () => {
		const result = await bed.run({ parameters: { resource: 'tag', operation: 'create', name: 'volunteer' } });
		const [tag] = [...bed.emulator.state.tags.values()];
		expect(bed.emulator.requests('POST', '/v2/tags/')[0].body).toEqual({ tag: 'volunteer' });
		expect(result.json).toEqual([{ id: tag.id, tag: 'volunteer', name: 'volunteer' }]);
	});

	it('Get reads one tag by exact id', async () => {
		const tag = addTag(bed.emulator, 'donor');
		const result = await bed.run({ parameters: { resource: 'tag', operation: 'get', tag: tag.id } });
		expect(bed.emulator.log[0].path).toBe(`/v1/tags/${tag.id}/`);
		expect(result.json).toEqual([{ id: tag.id, name: 'donor' }]);
	});

	it('Get Many lists tags', async () => {
		addTag(bed.emulator, 'a');
		addTag(bed.emulator, 'b');
		const result = await bed.run({ parameters: { resource: 'tag', operation: 'getAll', returnAll: true } });
		expect(result.json.map((tag) => tag.name)).toEqual(['a', 'b']);
	});

	it('Update PATCHes the new name', async () => {
		const tag = addTag(bed.emulator, 'old');
		const result = await bed.run({ parameters: { resource: 'tag', operation: 'update', tag: tag.id, name: 'new' } });
		expect(bed.emulator.requests('PATCH')[0]).toMatchObject({ path: `/v1/tags/${tag.id}/`, body: { name: 'new' } });
		expect(result.json[0].name).toBe('new');
	});

	it('Delete answers { deleted: true }', async () => {
		const tag = addTag(bed.emulator, 'gone');
		const result = await bed.run({ parameters: { resource: 'tag', operation: 'delete', tag: tag.id } });
		expect(result.json).toEqual([{ deleted: true }]);
		expect(bed.emulator.state.tags.size).toBe(0);
	});
});
