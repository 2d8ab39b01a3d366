import type { Router } from '../http';
import { badRequest, bodyObject, created } from '../http';
import { paginate } from '../pagination';
import { demoSeeds } from '../seed';
import type { AccountState, Json } from '../state';

/**
 * Caller numbers: `GET /v1/numbers/rented_calling_numbers/` (DRF pages; `countries`,
 * `phone_number_prefix`, `order_by`, `order_direction`), `GET /v1/numbers/validated_numbers/`, and
 * `POST /v1/numbers/rent/ {country_iso, phone_number_prefix?, campaign_type?}` answering the number
 * (callhub/callhub-mcp src/callhub/numbers.py, docs/PUBLIC_API_AUDIT.md C6, C8; REFERENCE.md §12).
 */
export interface RentedNumber extends Json {
	id: string;
	phone_number: string;
	country: string;
	region: string;
	is_active: boolean;
	is_used_in_campaign: boolean;
	campaign_type: string;
}

export function rentedNumbers(state: AccountState) {
	return state.collection<RentedNumber>('rentedNumbers');
}

export function validatedNumbers(state: AccountState) {
	return state.collection<Json & { id: string; phone_number: string }>('validatedNumbers');
}

const CALLING_CODES: Record<string, string> = { US: '1', CA: '1', GB: '44', AU: '61' };

export function rentNumber(state: AccountState, iso: string, prefix = '', campaignType = 'CALL_CENTER'): RentedNumber {
	const code = CALLING_CODES[iso] ?? '1';
	const local = `${prefix}${String(5550000 + rentedNumbers(state).size).padStart(10 - prefix.length, '0')}`.slice(0, 10);
	const number: RentedNumber = {
		id: state.newId(),
		phone_number: `${code}${local}`,
		country: iso,
		region: '',
		is_active: true,
		is_used_in_campaign: false,
		campaign_type: campaignType,
	};
	rentedNumbers(state).set(number.id, number);
	return number;
}

export function registerNumbers(router: Router): void {
	router.get('/v1/numbers/rented_calling_numbers/', (req) => {
		const countries = (req.query.get('countries') ?? '').split(',').map((value) => value.trim().toUpperCase()).filter(Boolean);
		const prefix = req.query.get('phone_number_prefix') ?? '';
		let list = [...rentedNumbers(req.state).values()].filter(
			(number) => (countries.length === 0 || countries.includes(number.country)) && number.phone_number.replace(/^1/, '').startsWith(prefix),
		);
		const orderBy = req.query.get('order_by');
		if (orderBy) {
			const direction = req.query.get('order_direction') === 'desc' ? -1 : 1;
			list = [...list].sort((a, b) => (String(a[orderBy]) < String(b[orderBy]) ? -direction : String(a[orderBy]) > String(b[orderBy]) ? direction : 0));
		}
		return paginate(req, list);
	});
	router.get('/v1/numbers/validated_numbers/', (req) => paginate(req, [...validatedNumbers(req.state).values()]));
	router.post('/v1/numbers/rent/', (req) => {
		const body = bodyObject(req);
		const iso = String(body.country_iso ?? '').toUpperCase();
		if (!/^[A-Z]{2}$/.test(iso)) badRequest({ country_iso: ['This field is required.'] });
		if (!CALLING_CODES[iso]) badRequest({ detail: `No numbers are available in ${iso}.` });
		const prefix = body.phone_number_prefix === undefined ? '' : String(body.phone_number_prefix);
		if (!/^\d{0,6}$/.test(prefix)) badRequest({ phone_number_prefix: ['Enter a valid area code.'] });
		const type = body.campaign_type === undefined ? 'CALL_CENTER' : String(body.campaign_type);
		if (!['CALL_CENTER', 'VOICE_BROADCAST'].includes(type)) badRequest({ campaign_type: [`"${type}" is not a valid choice.`] });
		return created(rentNumber(req.state, iso, prefix, type));
	});
}

demoSeeds.push((state) => {
	rentNumber(state, 'US', '415');
	validatedNumbers(state).set('1', { id: '1', phone_number: '14155550000', label: 'Office line' });
});
