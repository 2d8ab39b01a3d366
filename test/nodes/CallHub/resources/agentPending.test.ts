import { createAgent } from '../../../emulator/resources/agents';
import { useEmulator } from '../../../harness/emulator';

describe('CallHub node: Agent → Get Many with pending invitations', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	it('Agent Get Many sends include_pending=true only with Include Pending', async () => {
		createAgent(bed.emulator.state, { username: 'verified' });
		createAgent(bed.emulator.state, { username: 'invited', pending: true });
		const plain = await bed.run({ parameters: { resource: 'agent', operation: 'getAll', returnAll: true } });
		const pending = await bed.run({ parameters: { resource: 'agent', operation: 'getAll', returnAll: true, options: { includePending: true } } });
		expect(bed.emulator.requests('GET', '/v1/agents/').map((entry) => entry.query)).toEqual([{ page_size: '1000' }, { include_pending: 'true', page_size: '1000' }]);
		expect(plain.json.map((json) => json.username)).toEqual(['verified']);
		expect(pending.json.map((json) => json.username)).toEqual(['verified', 'invited']);
	});
});
