import { byName } from './descriptions';

/**
 * Phone numbers in E.164 (+14155550123) without a dependency: a country's calling code, the trunk
 * prefix its people dial before national numbers (0 in the UK, 1 in North America), and how many
 * digits a national number may have. The ranges are deliberately wide: this rejects numbers that
 * cannot be valid, it does not try to tell whether a number is in service.
 */
interface CountryRule {
	name: string;
	code: string;
	trunk: string;
	min: number;
	max: number;
}

const NANP = { code: '1', trunk: '1', min: 10, max: 10 };

export const COUNTRIES: Record<string, CountryRule> = {
	AE: { name: 'United Arab Emirates', code: '971', trunk: '0', min: 8, max: 9 },
	AR: { name: 'Argentina', code: '54', trunk: '0', min: 10, max: 11 },
	AT: { name: 'Austria', code: '43', trunk: '0', min: 4, max: 13 },
	AU: { name: 'Australia', code: '61', trunk: '0', min: 6, max: 10 },
	BE: { name: 'Belgium', code: '32', trunk: '0', min: 8, max: 9 },
	BR: { name: 'Brazil', code: '55', trunk: '0', min: 10, max: 11 },
	CA: { name: 'Canada', ...NANP },
	CH: { name: 'Switzerland', code: '41', trunk: '0', min: 9, max: 9 },
	CL: { name: 'Chile', code: '56', trunk: '', min: 9, max: 9 },
	CN: { name: 'China', code: '86', trunk: '0', min: 8, max: 11 },
	CO: { name: 'Colombia', code: '57', trunk: '', min: 8, max: 10 },
	CZ: { name: 'Czechia', code: '420', trunk: '', min: 9, max: 9 },
	DE: { name: 'Germany', code: '49', trunk: '0', min: 6, max: 13 },
	DK: { name: 'Denmark', code: '45', trunk: '', min: 8, max: 8 },
	ES: { name: 'Spain', code: '34', trunk: '', min: 9, max: 9 },
	FI: { name: 'Finland', code: '358', trunk: '0', min: 5, max: 12 },
	FR: { name: 'France', code: '33', trunk: '0', min: 9, max: 9 },
	GB: { name: 'United Kingdom', code: '44', trunk: '0', min: 9, max: 10 },
	GH: { name: 'Ghana', code: '233', trunk: '0', min: 9, max: 9 },
	GR: { name: 'Greece', code: '30', trunk: '', min: 10, max: 10 },
	HK: { name: 'Hong Kong', code: '852', trunk: '', min: 8, max: 8 },
	HU: { name: 'Hungary', code: '36', trunk: '06', min: 8, max: 9 },
	IE: { name: 'Ireland', code: '353', trunk: '0', min: 7, max: 9 },
	IL: { name: 'Israel', code: '972', trunk: '0', min: 8, max: 9 },
	IN: { name: 'India', code: '91', trunk: '0', min: 10, max: 10 },
	IS: { name: 'Iceland', code: '354', trunk: '', min: 7, max: 9 },
	// Italian numbers keep their leading 0: it is part of the number, not a trunk prefix.
	IT: { name: 'Italy', code: '39', trunk: '', min: 6, max: 11 },
	JP: { name: 'Japan', code: '81', trunk: '0', min: 9, max: 10 },
	KE: { name: 'Kenya', code: '254', trunk: '0', min: 9, max: 9 },
	KR: { name: 'South Korea', code: '82', trunk: '0', min: 8, max: 10 },
	LU: { name: 'Luxembourg', code: '352', trunk: '', min: 4, max: 11 },
	MX: { name: 'Mexico', code: '52', trunk: '', min: 10, max: 10 },
	MY: { name: 'Malaysia', code: '60', trunk: '0', min: 8, max: 10 },
	NG: { name: 'Nigeria', code: '234', trunk: '0', min: 8, max: 10 },
	NL: { name: 'Netherlands', code: '31', trunk: '0', min: 9, max: 9 },
	NO: { name: 'Norway', code: '47', trunk: '', min: 8, max: 8 },
	NZ: { name: 'New Zealand', code: '64', trunk: '0', min: 8, max: 10 },
	PE: { name: 'Peru', code: '51', trunk: '0', min: 8, max: 9 },
	PH: { name: 'Philippines', code: '63', trunk: '0', min: 8, max: 10 },
	PK: { name: 'Pakistan', code: '92', trunk: '0', min: 9, max: 10 },
	PL: { name: 'Poland', code: '48', trunk: '', min: 9, max: 9 },
	PR: { name: 'Puerto Rico', ...NANP },
	PT: { name: 'Portugal', code: '351', trunk: '', min: 9, max: 9 },
	RO: { name: 'Romania', code: '40', trunk: '0', min: 9, max: 9 },
	SE: { name: 'Sweden', code: '46', trunk: '0', min: 7, max: 13 },
	SG: { name: 'Singapore', code: '65', trunk: '', min: 8, max: 8 },
	TR: { name: 'Turkey', code: '90', trunk: '0', min: 10, max: 10 },
	US: { name: 'United States', ...NANP },
	ZA: { name: 'South Africa', code: '27', trunk: '0', min: 9, max: 9 },
};

/** Why a text cannot be a phone number, worded to follow "… is not a valid phone number: ". */
export class PhoneNumberError extends Error {}

const E164_MIN_DIGITS = 7;
const E164_MAX_DIGITS = 15;

/**
 * Every country calling code the ITU has assigned (E.164), including its shared and satellite
 * codes. A number whose first digits are none of these cannot be valid, whatever country it is for.
 */
const ASSIGNED_CALLING_CODES = new Set(
	[
		'1 7',
		'20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98',
		'211 212 213 216 218 220 221 222 223 224 225 226 227 228 229 230 231 232 233 234 235 236 237 238 239',
		'240 241 242 243 244 245 246 247 248 249 250 251 252 253 254 255 256 257 258 260 261 262 263 264 265 266 267 268 269',
		'290 291 297 298 299 350 351 352 353 354 355 356 357 358 359 370 371 372 373 374 375 376 377 378 379',
		'380 381 382 383 385 386 387 388 389 420 421 423 500 501 502 503 504 505 506 507 508 509',
		'590 591 592 593 594 595 596 597 598 599 670 672 673 674 675 676 677 678 679 680 681 682 683 685 686 687 688 689',
		'690 691 692 800 808 850 852 853 855 856 870 878 880 881 882 883 886 888',
		'960 961 962 963 964 965 966 967 968 970 971 972 973 974 975 976 977 979 991 992 993 994 995 996 998',
	]
		.join(' ')
		.split(' '),
);

function hasCallingCode(digits: string): boolean {
	return [1, 2, 3].some((length) => ASSIGNED_CALLING_CODES.has(digits.slice(0, length)));
}

function byCallingCode(digits: string): CountryRule | undefined {
	for (const length of [3, 2, 1]) {
		const prefix = digits.slice(0, length);
		const found = Object.values(COUNTRIES).find((country) => country.code === prefix);
		if (found) return found;
	}
	return undefined;
}

function fits(country: CountryRule, national: string): boolean {
	return national.length >= country.min && national.length <= country.max;
}

function lengthProblem(country: CountryRule, national: string, where: string): PhoneNumberError {
	const needs = country.min === country.max ? `${country.min}` : `${country.min} to ${country.max}`;
	const what = national.length < country.min ? 'too short' : 'too long';
	return new PhoneNumberError(`it is ${what} for ${where}, whose national numbers have ${needs} digits`);
}

function international(digits: string): string {
	if (digits.length < E164_MIN_DIGITS) throw new PhoneNumberError('it is too short to be a phone number');
	if (digits.length > E164_MAX_DIGITS) throw new PhoneNumberError('it has more than the 15 digits a phone number can have');
	if (!hasCallingCode(digits)) {
		throw new PhoneNumberError(`no country has the calling code it starts with (+${digits.slice(0, 3)}…)`);
	}
	const country = byCallingCode(digits);
	if (country) {
		const national = digits.slice(country.code.length);
		if (!fits(country, national)) throw lengthProblem(country, national, `+${country.code}`);
	}
	return `+${digits}`;
}

/** Why a text cannot be a phone number in any form, or its digits when it can. */
function digitsOfNumber(text: string): string {
	if (/[a-z]/i.test(text)) throw new PhoneNumberError('it has letters');
	if (text.lastIndexOf('+') > 0) throw new PhoneNumberError('its + is not at the start');
	if (!/^\+?[\d\s().\-/]+$/.test(text)) throw new PhoneNumberError('it has characters that are not part of a phone number');
	const digits = text.replace(/\D/g, '');
	if (digits === '') throw new PhoneNumberError('it has no digits');
	return digits;
}

/**
 * A number as CallHub keeps it on DNC lists: E.164 (`+14155550123`) when written with its `+`, else
 * its digits, whose country CallHub works out. Throws a PhoneNumberError when it cannot be a number.
 */
export function checkedNumber(raw: string): string {
	const text = raw.trim();
	const digits = digitsOfNumber(text);
	if (text.startsWith('+')) return international(digits);
	if (digits.length < E164_MIN_DIGITS) throw new PhoneNumberError('it is too short to be a phone number');
	if (digits.length > E164_MAX_DIGITS) throw new PhoneNumberError('it has more than the 15 digits a phone number can have');
	return digits;
}

/**
 * The number in E.164. Numbers written with a `+` (or an international prefix, 00 or 011) keep
 * their country; others are taken as national numbers of `defaultCountry`, trunk prefix removed.
 * Throws a PhoneNumberError saying why when the text cannot be a valid number.
 */
export function toE164(raw: string, defaultCountry?: string): string {
	const text = raw.trim();
	const digits = digitsOfNumber(text);
	if (text.startsWith('+')) return international(digits);

	const iso = (defaultCountry ?? '').trim().toUpperCase();
	if (iso === '') throw new PhoneNumberError('it has no country code (+…) and no default country is set');
	const country = COUNTRIES[iso];
	if (!country) throw new PhoneNumberError(`the default country "${iso}" is not one this node knows`);

	if (digits.startsWith('00') && country.code !== '1') return international(digits.slice(2));
	if (digits.startsWith('011') && country.code === '1') return international(digits.slice(3));

	if (country.trunk && digits.startsWith(country.trunk) && fits(country, digits.slice(country.trunk.length))) {
		return `+${country.code}${digits.slice(country.trunk.length)}`;
	}
	if (fits(country, digits)) return `+${country.code}${digits}`;
	// Already international, only missing its "+" (e.g. 447911123456 for a UK number).
	if (digits.startsWith(country.code) && fits(country, digits.slice(country.code.length))) return `+${digits}`;
	const national = country.trunk && digits.startsWith(country.trunk) ? digits.slice(country.trunk.length) : digits;
	throw lengthProblem(country, national, `${iso} (+${country.code})`);
}

/** The countries phone numbers can be normalised for, for a dropdown. */
export function countryOptions(): Array<{ name: string; value: string }> {
	return Object.entries(COUNTRIES)
		.map(([iso, country]) => ({ name: `${country.name} (+${country.code})`, value: iso }))
		.sort(byName((option) => option.name));
}
