import { addCampaign } from '../../../emulator/resources/campaigns';
import { useEmulator } from '../../../harness/emulator';
import { addPhoneBook } from '../../../harness/fixtures';

describe('CallHub node: User', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	it('Get returns the user behind the API key (not the page CallHub wraps it in)', async () => {
		const book = addPhoneBook(bed.emulator, 'Members');
		const broadcast = addCampaign(bed.emulator.state, 'voice_broadcasts', { name: 'Reminder' });

		const result = await bed.run({ parameters: { resource: 'user', operation: 'get' } });

		expect(bed.emulator.log.map((entry) => [entry.method, entry.path, entry.query])).toEqual([['GET', '/v1/users/', {}]]);
		expect(result.json).toEqual([
			{
				url: `${bed.emulator.url}/v1/users/1/`,
				id: '1',
				username: 'demo_manager',
				email: 'manager@example.org',
				bphones: [],
				phonebooks: [`${bed.emulator.url}/v1/phonebooks/${book.id}/`],
				voice_broadcasts: [`${bed.emulator.url}/v1/voice_broadcasts/${broadcast.id}/`],
				sms_campaigns: [],
				callcenter_campaigns: [],
			},
		]);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});
});
