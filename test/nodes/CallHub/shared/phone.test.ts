import { checkedNumber, PhoneNumberError, toE164 } from '../../../../nodes/CallHub/shared/phone';

describe('phone numbers in E.164', () => {
	it.each([
		['+1 (415) 555-0123', 'US', '+14155550123'],
		['415.555.0123', 'US', '+14155550123'],
		['1-415-555-0123', 'US', '+14155550123'],
		['011 44 20 7946 0000', 'US', '+442079460000'],
		['613 555 0199', 'CA', '+16135550199'],
		['020 7946 0000', 'GB', '+442079460000'],
		['07911 123456', 'GB', '+447911123456'],
		['447911123456', 'GB', '+447911123456'],
		['0044 7911 123456', 'DE', '+447911123456'],
		['(02) 9374 4000', 'AU', '+61293744000'],
		['021 123 4567', 'NZ', '+64211234567'],
		['01 234 5678', 'IE', '+35312345678'],
		['098765 43210', 'IN', '+919876543210'],
		['030 1234567', 'DE', '+49301234567'],
		['06 12 34 56 78', 'FR', '+33612345678'],
		['612 34 56 78', 'ES', '+34612345678'],
		['06 1234 5678', 'IT', '+390612345678'],
		['020 123 4567', 'NL', '+31201234567'],
		['0470 12 34 56', 'BE', '+32470123456'],
		['070-123 45 67', 'SE', '+46701234567'],
		['912 34 567', 'NO', '+4791234567'],
		['32 12 34 56', 'DK', '+4532123456'],
		['040 1234567', 'FI', '+358401234567'],
		['512 345 678', 'PL', '+48512345678'],
		['912 345 678', 'PT', '+351912345678'],
		['(11) 91234-5678', 'BR', '+5511912345678'],
		['55 1234 5678', 'MX', '+525512345678'],
		['082 123 4567', 'ZA', '+27821234567'],
		['0917 123 4567', 'PH', '+639171234567'],
		['8123 4567', 'SG', '+6581234567'],
		['+33 6 12 34 56 78', undefined, '+33612345678'],
	])('%s (default %s) → %s', (raw, country, expected) => {
		expect(toE164(raw, country)).toBe(expected);
	});

	it.each([
		['415-CALL-NOW', 'US', 'it has letters'],
		['12345', 'US', 'it is too short for US (+1), whose national numbers have 10 digits'],
		['+1 415 555', undefined, 'it is too short for +1, whose national numbers have 10 digits'],
		['+12', undefined, 'it is too short to be a phone number'],
		['+44 7911 123456 789 0123', undefined, 'it has more than the 15 digits a phone number can have'],
		['4155550123', undefined, 'it has no country code (+…) and no default country is set'],
		['4155550123', 'XX', 'the default country "XX" is not one this node knows'],
		['415#555', 'US', 'it has characters that are not part of a phone number'],
		['1+415', 'US', 'its + is not at the start'],
		['+0 20 7946 0000', undefined, 'no country has the calling code it starts with (+020…)'],
		['+999 415 555 0100', undefined, 'no country has the calling code it starts with (+999…)'],
		['+28 1234 5678', undefined, 'no country has the calling code it starts with (+281…)'],
	])('rejects %s (default %s): %s', (raw, country, reason) => {
		expect(() => toE164(raw, country)).toThrow(new PhoneNumberError(reason));
	});

	it.each([
		['+506 8312 3456', '+50683123456'],
		['+882 1234 5678', '+88212345678'],
		['+7 912 345 6789', '+79123456789'],
	])('keeps %s, whose calling code this node has no length rules for, as %s', (raw, expected) => {
		expect(toE164(raw)).toBe(expected);
	});
});

describe('numbers for Do-Not-Call lists', () => {
	it.each([
		['+1 (415) 555-0123', '+14155550123'],
		['1 415 555 0123', '14155550123'],
		['020 7946 0000', '02079460000'],
	])('%s is sent as %s', (raw, expected) => {
		expect(checkedNumber(raw)).toBe(expected);
	});

	it.each([
		['call me', 'it has letters'],
		['555 01', 'it is too short to be a phone number'],
		['1234567890123456', 'it has more than the 15 digits a phone number can have'],
		['+1 415 555', 'it is too short for +1, whose national numbers have 10 digits'],
		['+999 415 555 0100', 'no country has the calling code it starts with (+999…)'],
	])('refuses %s: %s', (raw, reason) => {
		expect(() => checkedNumber(raw)).toThrow(new PhoneNumberError(reason));
	});
});
