import { createSuppressionList, suppressionLists } from '../../../emulator/resources/suppressionLists';
import { useEmulator } from '../../../harness/emulator';

const number = (index: number) => `+1415555${String(1000 + index).padStart(4, '0')}`;
/** 25 input items; items 3 and 17 (1-based) hold numbers CallHub refuses. */
const REFUSED = [2, 16];
const input = Array.from({ length: 25 }, (_, index) => ({ phone: REFUSED.includes(index) ? `12-${index}` : number(index) }));

describe('CallHub node: Suppression List', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	const addContacts = (listId: string, extra: Record<string, unknown> = {}) => ({
		resource: 'suppressionList',
		operation: 'addContacts',
		suppressionList: listId,
		phoneNumber: '={{ $json.phone }}',
		...extra,
	});

	it('sends 25 items as calls of 10, 10 and 5 to /suppression-lists/{id}/contacts/ and maps each 207 entry to its own item', async () => {
		const list = createSuppressionList(bed.emulator.state, 'Opted out');
		const result = await bed.run({ parameters: addContacts(list.id), input, onError: 'continueRegularOutput' });

		const calls = bed.emulator.requests('POST', `/suppression-lists/${list.id}/contacts/`);
		expect(calls.map((call) => (call.body as unknown[]).length)).toEqual([10, 10, 5]);
		expect((calls[0].body as unknown[])[0]).toEqual({ phone_number: number(0) });
		expect(calls.flatMap((call) => (call.body as Array<{ phone_number: string }>).map((entry) => entry.phone_number))).toEqual(input.map((item) => item.phone));

		expect(result.items).toHaveLength(25);
		result.items.forEach((item, index) => expect(item.pairedItem).toEqual({ item: index }));
		const failed = result.items.flatMap((item, index) => (item.json.error ? [index] : []));
		expect(failed).toEqual(REFUSED);
		expect(result.items[2].json.error).toBe(`CallHub did not add 12-2 to suppression list ${list.id}: phone_number: Enter a valid phone number.`);
		expect(result.items[2].error?.description).toMatch(/Check the Phone Number parameter of this item/);
		expect(result.items[0].json).toMatchObject({ suppression_list_id: list.id, phone_number: number(0), added: true, status: 201 });
		expect(result.items.filter((item) => item.json.added === true)).toHaveLength(23);
		expect(suppressionLists(bed.emulator.state).get(list.id)?.numbers.size).toBe(23);
	});

	it('puts the failed items on the error output with Continue (using error output)', async () => {
		const list = createSuppressionList(bed.emulator.state, 'Opted out');
		const result = await bed.run({ parameters: addContacts(list.id), input, onError: 'continueErrorOutput' });
		expect(result.items).toHaveLength(23);
		expect(result.errorItems.map((item) => item.pairedItem)).toEqual([{ item: 2 }, { item: 16 }]);
	});

	it('without Continue On Fail, stops on the first refused item and names it', async () => {
		const list = createSuppressionList(bed.emulator.state, 'Opted out');
		const result = await bed.run({ parameters: addContacts(list.id), input });
		expect(result.error?.message).toBe(`CallHub did not add 12-2 to suppression list ${list.id}: phone_number: Enter a valid phone number.`);
		expect((result.error as { context?: { itemIndex?: number } }).context?.itemIndex).toBe(2);
	});

	it('sends a mobile number as mobile_number and mobile, and each list its own calls', async () => {
		const first = createSuppressionList(bed.emulator.state, 'A');
		const second = createSuppressionList(bed.emulator.state, 'B');
		const result = await bed.run({
			parameters: addContacts('={{ $json.list }}', { phoneNumber: '', mobileNumber: '={{ $json.mobile }}' }),
			input: [
				{ list: first.id, mobile: '+14155550101' },
				{ list: second.id, mobile: '+14155550102' },
				{ list: first.id, mobile: '+14155550103' },
			],
		});
		expect(bed.emulator.requests('POST', `/suppression-lists/${first.id}/contacts/`)[0].body).toEqual([
			{ mobile_number: '+14155550101', mobile: '+14155550101' },
			{ mobile_number: '+14155550103', mobile: '+14155550103' },
		]);
		expect(bed.emulator.requests('POST', `/suppression-lists/${second.id}/contacts/`)).toHaveLength(1);
		expect(result.json.map((json) => json.suppression_list_id)).toEqual([first.id, second.id, first.id]);
	});

	it('refuses an item without a number or with a list id that is not an id before anything is sent', async () => {
		const list = createSuppressionList(bed.emulator.state, 'Opted out');
		const result = await bed.run({
			parameters: addContacts('={{ $json.list }}'),
			input: [{ list: list.id, phone: '' }, { list: '1/../../v1/contacts', phone: number(1) }, { list: list.id, phone: number(2) }],
			onError: 'continueRegularOutput',
		});
		expect(result.json[0].error).toBe('The Phone Number and Mobile Number parameters are both empty');
		expect(result.json[1].error).toBe('The Suppression List parameter "1/../../v1/contacts" is not a valid CallHub ID');
		expect(result.json[2]).toMatchObject({ added: true });
		expect(bed.emulator.log.map((entry) => entry.path)).toEqual([`/suppression-lists/${list.id}/contacts/`]);
	});

	it("fails every item of a call with CallHub's message when the whole call is refused (unknown list)", async () => {
		const result = await bed.run({ parameters: addContacts('999'), input: [{ phone: number(1) }, { phone: number(2) }], onError: 'continueRegularOutput' });
		expect(result.json.map((json) => json.error)).toEqual([expect.stringMatching(/not find|Not found/i), expect.stringMatching(/not find|Not found/i)]);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});
});
