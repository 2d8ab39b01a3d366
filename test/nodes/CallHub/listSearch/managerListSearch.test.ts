import type { ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';

import { addCampaign } from '../../../emulator/resources/campaigns';
import { addDncNumber, createDncList } from '../../../emulator/resources/dnc';
import { addVoiceBroadcastTemplate } from '../../../emulator/resources/voiceBroadcasts';
import { createWebhook } from '../../../emulator/resources/webhooks';
import { useEmulator } from '../../../harness/emulator';
import { addPhoneBook } from '../../../harness/fixtures';
import { loadOptionsContext } from '../../../harness/loadOptions';

type Search = (this: ILoadOptionsFunctions, filter?: string, token?: string) => Promise<INodeListSearchResult>;
type Load = (this: ILoadOptionsFunctions) => Promise<INodePropertyOptions[]>;

describe('CallHub node: pickers for DNC lists, campaigns, webhooks and phone books', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	function methods() {
		const { context, nodeType } = loadOptionsContext(bed.credentials);
		return {
			context,
			search: nodeType.methods?.listSearch as Record<string, Search>,
			load: nodeType.methods?.loadOptions as Record<string, Load>,
		};
	}

	it('searches DNC lists by name, with ids taken from their urls', async () => {
		const list = createDncList(bed.emulator.state, 'Do not call');
		createDncList(bed.emulator.state, 'Texting opt-outs');
		const { context, search } = methods();
		const found = await search.searchDncLists.call(context, 'call');
		expect(found.results).toEqual([{ name: 'Do not call', value: list.id, url: `${bed.emulator.url}/v1/dnc_lists/${list.id}/` }]);
	});

	it('lists DNC lists as a dropdown, sorted by name', async () => {
		const texts = createDncList(bed.emulator.state, 'Texts');
		const calls = createDncList(bed.emulator.state, 'Calls');
		const { context, load } = methods();
		expect(await load.getDncLists.call(context)).toEqual([
			{ name: 'Calls', value: calls.id },
			{ name: 'Texts', value: texts.id },
		]);
	});

	it('searches DNC entries on CallHub by the digits of the number typed', async () => {
		const list = createDncList(bed.emulator.state, 'Calls');
		const entry = addDncNumber(bed.emulator.state, list.id, '14155550100');
		addDncNumber(bed.emulator.state, list.id, '16285550100');
		const { context, search } = methods();
		const found = await search.searchDncContacts.call(context, '+1 415-555');
		expect(bed.emulator.log[0].query).toEqual({ page: '1', page_size: '50', search: '1415555' });
		expect(found.results).toEqual([
			{ name: `14155550100 (DNC list ${list.id})`, value: entry.id, url: `${bed.emulator.url}/v1/dnc_contacts/${entry.id}/` },
		]);
	});

	it.each([
		['searchCallCenterCampaigns', 'callcenter_campaigns'],
		['searchVoiceBroadcasts', 'voice_broadcasts'],
		['searchSmsCampaigns', 'sms_campaigns'],
	] as const)('%s finds campaigns of that kind by name', async (method, kind) => {
		const wanted = addCampaign(bed.emulator.state, kind, { name: 'Get out the vote' });
		addCampaign(bed.emulator.state, kind, { name: 'Fundraiser' });
		const { context, search } = methods();
		const found = await search[method].call(context, 'vote');
		expect(found.results).toEqual([{ name: 'Get out the vote', value: wanted.id, url: `${bed.emulator.url}/v1/${kind}/${wanted.id}/` }]);
	});

	it('searches webhooks by event and target', async () => {
		const hook = createWebhook(bed.emulator.state, 'sb.reply', 'https://example.org/replies');
		createWebhook(bed.emulator.state, 'cc.notes', 'https://example.org/notes');
		const { context, search } = methods();
		const found = await search.searchWebhooks.call(context, 'replies');
		expect(found.results).toEqual([
			{ name: 'sb.reply → https://example.org/replies', value: hook.id, url: `${bed.emulator.url}/v1/webhooks/${hook.id}/` },
		]);
	});

	it('lists phone books and voice broadcast templates for the campaign dropdowns', async () => {
		const book = addPhoneBook(bed.emulator, 'Members');
		const template = addVoiceBroadcastTemplate(bed.emulator.state, 'Rally reminder');
		const { context, load } = methods();
		expect(await load.getPhoneBooks.call(context)).toEqual([{ name: 'Members', value: book.id }]);
		expect(await load.getVoiceBroadcastTemplates.call(context)).toEqual([{ name: 'Rally reminder', value: template.id }]);
	});
});
