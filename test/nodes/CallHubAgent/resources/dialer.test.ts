import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { AgentAccount } from '../../../emulator/resources/agentAccounts';
import type { Dialer } from '../../../emulator/resources/agentCalls';
import { dialers } from '../../../emulator/resources/agentCalls';
import { addAgent, addAgentCampaign, runAgent, tokenCredentials, tokenOf } from '../../../harness/agent';
import { useEmulator } from '../../../harness/emulator';
import { addContact } from '../../../harness/fixtures';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('CallHub Agent node: Dialer', () => {
	const bed = useEmulator();
	let agent: AgentAccount;
	const run = async (parameters: INodeParameters, input?: IDataObject[]) =>
		await runAgent({ parameters: { resource: 'dialer', ...parameters }, input, credentials: tokenCredentials(bed.emulator, tokenOf(bed.emulator, agent)) });
	const dialer = (): Dialer => [...dialers(bed.emulator.state).values()][0];

	beforeEach(() => {
		bed.emulator.reset();
		agent = addAgent(bed.emulator);
	});

	it('Create POSTs contact_id (and campaign_id when given) and answers the dialer_uuid', async () => {
		const { campaign, contacts } = addAgentCampaign(bed.emulator, [agent]);
		const result = await run({ operation: 'create', contactId: contacts[0].id, additionalFields: { campaign: campaign.id } });
		expect(bed.emulator.log.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
			{ method: 'POST', path: '/v2/dialer/', body: { contact_id: contacts[0].id, campaign_id: campaign.id } },
		]);
		expect(result.json).toEqual([{ dialer_uuid: dialer().uuid }]);
		expect(dialer()).toMatchObject({ agent_id: agent.id, contact_id: contacts[0].id, campaign_id: campaign.id });
	});

	it('Create for a contact CallHub does not have names the Contact parameter', async () => {
		const result = await run({ operation: 'create', contactId: '42' });
		expect(bed.emulator.log[0].body).toEqual({ contact_id: '42' });
		expect(result.error?.message).toBe('CallHub rejected the request: Contact (contact_id): Invalid pk "42" - object does not exist.');
	});

	it('Get reads the dialer by the dialer_uuid of the input item', async () => {
		const contact = addContact(bed.emulator, { mobile: '17205550123' });
		const created = await run({ operation: 'create', contactId: contact.id });
		const result = await run({ operation: 'get' }, created.json);
		expect(bed.emulator.log.at(-1)).toMatchObject({ method: 'GET', path: `/v2/dialer/${dialer().uuid}/` });
		expect(result.json).toEqual([expect.objectContaining({ dialer_uuid: dialer().uuid, contact_id: contact.id, status: 'created', call_uuid: null })]);
	});

	it.each([
		['mobile', '17205550123'],
		['contact', '13035550123'],
	])('Call Contact POSTs num_type %s and CallHub dials that number', async (numType, number) => {
		const contact = addContact(bed.emulator, { contact: '13035550123', mobile: '17205550123' });
		const created = await run({ operation: 'create', contactId: contact.id });
		const result = await run({ operation: 'callContact', dialer: created.json[0].dialer_uuid as string, numType });
		expect(bed.emulator.log.at(-1)).toMatchObject({ method: 'POST', path: `/v2/dialer/${dialer().uuid}/agent/`, body: { num_type: numType } });
		expect(dialer()).toMatchObject({ num_type: numType, number, call_uuid: expect.stringMatching(UUID) });
		expect(result.json[0]).toMatchObject({ dialer_uuid: dialer().uuid, status: 'calling', contact_id: contact.id });
	});

	it('Call Contact on a number the contact lacks names the Number Type parameter', async () => {
		const contact = addContact(bed.emulator, { contact: '13035550123' });
		const created = await run({ operation: 'create', contactId: contact.id });
		const result = await run({ operation: 'callContact', dialer: created.json[0].dialer_uuid as string, numType: 'mobile' });
		expect(result.error?.message).toBe('CallHub rejected the request: Number Type (num_type): The contact has no mobile number.');
		expect(result.error?.description).toBe('Fix the Number Type parameter and run the node again.');
	});
});
