import { rentedNumbers } from '../../../emulator/resources/numbers';
import { useEmulator } from '../../../harness/emulator';

describe('CallHub node: Number', () => {
	const bed = useEmulator();
	beforeEach(() => bed.emulator.reset());

	it('Number Get Many Rented sends the filters as CallHub names them and pages', async () => {
		const result = await bed.run({
			parameters: { resource: 'number', operation: 'getRented', returnAll: true, filters: { countries: 'US', phoneNumberPrefix: '415', orderBy: 'phone_number', orderDirection: 'desc' } },
		});
		expect(bed.emulator.requests('GET', '/v1/numbers/rented_calling_numbers/')[0].query).toEqual({
			countries: 'US',
			phone_number_prefix: '415',
			order_by: 'phone_number',
			order_direction: 'desc',
			page_size: '1000',
		});
		expect(result.json).toHaveLength(0);
	});

	it('Number Rent POSTs country_iso, phone_number_prefix and campaign_type; Get Many Rented then lists it', async () => {
		const result = await bed.run({ parameters: { resource: 'number', operation: 'rent', countryIso: 'us', options: { phoneNumberPrefix: '415', campaignType: 'VOICE_BROADCAST' } } });
		expect(bed.emulator.requests('POST', '/v1/numbers/rent/')[0].body).toEqual({ country_iso: 'US', phone_number_prefix: '415', campaign_type: 'VOICE_BROADCAST' });
		const [number] = [...rentedNumbers(bed.emulator.state).values()];
		expect(result.json[0]).toMatchObject({ id: number.id, phone_number: number.phone_number, country: 'US' });
		const listed = await bed.run({ parameters: { resource: 'number', operation: 'getRented', returnAll: true } });
		expect(listed.json.map((json) => json.id)).toEqual([number.id]);
	});

	it('Number Rent refuses a country that is not an ISO code before sending', async () => {
		const result = await bed.run({ parameters: { resource: 'number', operation: 'rent', countryIso: 'USA' } });
		expect(result.error?.message).toBe('The Country parameter "USA" is not a two-letter country code');
		expect(bed.emulator.log).toHaveLength(0);
	});

	it('Number Get Many Validated reads /v1/numbers/validated_numbers/', async () => {
		await bed.run({ parameters: { resource: 'number', operation: 'getValidated', returnAll: false, limit: 10 } });
		expect(bed.emulator.requests('GET', '/v1/numbers/validated_numbers/')[0].query).toEqual({ page_size: '10' });
	});
});
