import { addContact, addCustomField, addPhoneBook, addTag, locator } from '../harness/fixtures';
import type { ReliabilityCase } from './types';

const createContact = (phone: string, extra: Record<string, unknown> = {}) => ({
	resource: 'contact',
	operation: 'create',
	contact: phone,
	simplify: false,
	...extra,
});
const getContact = (value: string) => ({ resource: 'contact', operation: 'get', contact: locator(value), simplify: false });
const fromExpression = (id: string) => getContact(`={{ ${JSON.stringify(id)} }}`);
const listContacts = { resource: 'contact', operation: 'getAll', returnAll: true, simplify: false };
const twoContacts = (emulator: Parameters<NonNullable<ReliabilityCase['setup']>>[0]) => {
	addContact(emulator, { contact: '14155550180' });
	addContact(emulator, { contact: '14155550181' });
};
const deleteContact = (id: string) => ({ resource: 'contact', operation: 'delete', contact: locator(id) });
const NO_PATH_CHANGE = /is not a valid CallHub ID$/;
const ID_HINT = /digits only/;

/** Bad input: caught locally with the parameter named, or CallHub's own validation passed on. */
export const inputCases: ReliabilityCase[] = [
	{ name: 'lettered phone number', parameters: createContact('call-me-maybe'), message: /Phone Number \(contact\): Enter a valid phone number/, description: /Fix the Phone Number parameter/ },
	{ name: 'too short phone number', parameters: createContact('123'), message: /Phone Number \(contact\): Enter a valid phone number/, description: /Phone Number/ },
	{ name: 'phone number with a letter inside', parameters: createContact('+1 (415) 555-01x0'), message: /Enter a valid phone number/, description: /Phone Number/ },
	{ name: 'empty phone number from an expression', parameters: createContact('={{ "" }}'), message: /Phone Number \(contact\): This field may not be blank/, description: /Phone Number/ },
	{ name: 'unknown country code', parameters: createContact('14155550100', { additionalFields: { country_code: 'XYZ' } }), message: /Country Code \(country_code\)/, description: /Country Code/ },
	{ name: 'bad email', parameters: createContact('14155550100', { additionalFields: { email: 'ada@' } }), message: /Email \(email\): Enter a valid email address/, description: /Fix the Email parameter/ },
	{ name: 'very long first name', parameters: createContact('14155550100', { additionalFields: { first_name: 'A'.repeat(300) } }), message: /First Name \(first_name\): Ensure this field has no more than 255 characters/, description: /First Name/ },
	{
		name: 'unicode name survives the round trip',
		parameters: createContact('={{ "1415555010" + $itemIndex }}', { additionalFields: { first_name: 'Zoë 李 🙂 Ñandú' } }),
		recovers: true,
		check: (_emulator, json) => expect(json.map((contact) => contact.first_name)).toEqual(['Zoë 李 🙂 Ñandú', 'Zoë 李 🙂 Ñandú']),
	},
	{
		name: 'Normalize Phone Numbers: a number too short for the Default Country',
		parameters: createContact('555 01', { normalizePhoneNumbers: true, defaultCountry: 'US' }),
		message: /^The Phone Number parameter "555 01" is not a valid phone number: it is too short for US \(\+1\), whose national numbers have 10 digits$/,
		description: /Write numbers with their country code .* Default Country \(US\)/,
		requests: 0,
	},
	{
		name: 'Normalize Phone Numbers: a number with letters',
		parameters: createContact('415-CALL-NOW', { normalizePhoneNumbers: true, defaultCountry: 'US' }),
		message: /^The Phone Number parameter "415-CALL-NOW" is not a valid phone number: it has letters$/,
		description: /Check the Phone Number of this item/,
		requests: 0,
	},
	{
		name: 'Normalize Phone Numbers: a calling code no country has',
		parameters: createContact('+999 415 555 0100', { normalizePhoneNumbers: true, defaultCountry: 'US' }),
		message: /is not a valid phone number: no country has the calling code it starts with \(\+999…\)$/,
		description: /country code/,
		requests: 0,
	},
	{
		name: 'Normalize Phone Numbers: a Default Country this node does not know (expression)',
		parameters: createContact('4155550100', { normalizePhoneNumbers: true, defaultCountry: '={{ "XX" }}' }),
		message: /^The Default Country parameter "XX" is not a country this node knows$/,
		description: /two-letter country code from the list/,
		requests: 0,
	},
	{
		name: 'Normalize Phone Numbers: a mobile number too long for the Default Country',
		parameters: createContact('+14155550100', { normalizePhoneNumbers: true, defaultCountry: 'GB', additionalFields: { mobile: '07911 123456 789' } }),
		message: /^The Mobile Number parameter "07911 123456 789" is not a valid phone number: it is too long for GB \(\+44\)/,
		description: /Check the Mobile Number of this item/,
		requests: 0,
	},
	{
		name: 'phone number missing from the item (expression)',
		parameters: createContact('={{ $json.phone }}'),
		message: /^CallHub rejected the request: Phone Number \(contact\): This field (is required|may not be blank)\.$/,
		description: /Fix the Phone Number parameter/,
	},
	{ name: 'id that is not digits', parameters: fromExpression('abc'), message: NO_PATH_CHANGE, description: ID_HINT, requests: 0 },
	{ name: 'id with a slash and ..', parameters: fromExpression('12/../34'), message: NO_PATH_CHANGE, description: ID_HINT, requests: 0 },
	{ name: 'id with a query string', parameters: fromExpression('12?page=2'), message: NO_PATH_CHANGE, description: ID_HINT, requests: 0 },
	{ name: 'id with a fragment', parameters: fromExpression('12#x'), message: NO_PATH_CHANGE, description: ID_HINT, requests: 0 },
	{ name: 'id that is a URL of another host', parameters: fromExpression('https://evil.example/v1/contacts/1/'), message: NO_PATH_CHANGE, description: ID_HINT, requests: 0 },
	{ name: 'id that reaches another endpoint', parameters: fromExpression('12/tags/3'), message: NO_PATH_CHANGE, description: ID_HINT, requests: 0 },
	{ name: 'empty id', parameters: fromExpression(''), message: /^The Contact parameter is empty$/, description: ID_HINT, requests: 0 },
	{
		name: 'locator URL of another host only gives its id; the request stays on the credential host',
		parameters: { resource: 'contact', operation: 'get', contact: locator('https://evil.example/v1/contacts/42/', 'url'), simplify: false },
		message: /^CallHub could not find Contact 42: Not found\.$/,
		description: /Check the Contact parameter/,
		check: (emulator) => expect(emulator.log.every((entry) => entry.path === '/v1/contacts/42/')).toBe(true),
	},
	{ name: 'phone book id with a slash', parameters: { resource: 'phoneBook', operation: 'get', phoneBook: locator('={{ "1/contacts" }}') }, message: /^The Phone Book parameter "1\/contacts" is not a valid CallHub ID$/, description: ID_HINT, requests: 0 },
	{ name: 'tag id with ..', parameters: { resource: 'tag', operation: 'delete', tag: '..' }, message: /^The Tag parameter "\.\." is not a valid CallHub ID$/, requests: 0 },
	{ name: 'custom field id with a query', parameters: { resource: 'customField', operation: 'delete', customField: '5?x=1' }, message: /^The Custom Field parameter "5\?x=1" is not a valid CallHub ID$/, requests: 0 },
	{
		name: 'contact ids with a non-id among them',
		setup: (emulator) => addPhoneBook(emulator, 'Book'),
		parameters: (emulator) => ({ resource: 'phoneBook', operation: 'addContacts', phoneBook: locator([...emulator.state.phoneBooks.keys()][0]), contactIds: '1, 2x' }),
		message: /^The Contact IDs parameter has "2x", which is not a CallHub ID$/,
		description: /digits only/,
		requests: 0,
	},
	{
		name: 'no contact ids at all',
		setup: (emulator) => addPhoneBook(emulator, 'Book'),
		parameters: (emulator) => ({ resource: 'phoneBook', operation: 'removeContacts', phoneBook: locator([...emulator.state.phoneBooks.keys()][0]), contactIds: ' , ' }),
		message: /^The Contact IDs parameter is empty$/,
		requests: 0,
	},
	{
		name: 'contact id unknown to CallHub in a phone book',
		setup: (emulator) => addPhoneBook(emulator, 'Book'),
		parameters: (emulator) => ({ resource: 'phoneBook', operation: 'addContacts', phoneBook: locator([...emulator.state.phoneBooks.keys()][0]), contactIds: '123' }),
		message: /Contacts \(contact_ids\): Invalid pk "123" - object does not exist/,
		description: /Fix the Contacts parameter/,
	},
	{ name: 'multi-choice field without choices', parameters: { resource: 'customField', operation: 'create', name: 'Pick', fieldType: 'Multi-choice', choices: ' , ' }, message: /Choices \(choice\)/, description: /Fix the Choices parameter/ },
	{ name: 'duplicate custom field name', setup: (emulator) => addCustomField(emulator, 'Ward'), parameters: { resource: 'customField', operation: 'create', name: 'ward', fieldType: 'Text' }, message: /Name \(name\): Custom field with this name already exists/, description: /Name parameter/ },
	{ name: 'empty tag name from an expression', parameters: { resource: 'tag', operation: 'create', name: '={{ "  " }}' }, message: /Name \(tag\): This field may not be blank/, description: /Name parameter/ },
	{ name: 'duplicate tag name', setup: (emulator) => addTag(emulator, 'donor'), parameters: { resource: 'tag', operation: 'create', name: 'Donor' }, message: /Tag with this name already exists/ },
	{
		name: 'letters in a number custom field',
		setup: (emulator) => addCustomField(emulator, 'Age', 'Number'),
		parameters: createContact('={{ "1415555010" + $itemIndex }}', { customFields: { field: [{ name: 'Age', value: 'old' }] } }),
		message: /Age \(Age\): A valid number is required/,
		description: /Fix the Age parameter/,
	},
	{
		name: 'custom field name CallHub does not have',
		setup: (emulator) => addCustomField(emulator, 'Ward'),
		parameters: createContact('14155550100', { customFields: { field: [{ name: 'Wrad', value: '3' }] } }),
		message: /^The custom field "Wrad" does not exist in CallHub$/,
		description: /Fields of this account: Ward/,
	},
	{
		name: 'duplicate phone number on create',
		setup: (emulator) => addContact(emulator, { contact: '14155550100' }),
		parameters: createContact('14155550100'),
		message: /^CallHub already has a contact with this phone number \(contact \d{19}\): Contact with this phone number already exists\.$/,
		description: /Create or Update/,
	},
];

const unreachable = (baseUrl: string) => () => ({ apiKey: 'emu-key-that-is-long-enough', baseUrl });

/** Credential mistakes: a clear message pointing at the key or the API Domain, and never the key. */
export const credentialCases: ReliabilityCase[] = [
	{ name: 'wrong key', parameters: listContacts, credentials: (emulator) => ({ apiKey: 'wrong-key-0123456789abcdef', baseUrl: emulator.url }), message: /^CallHub did not accept the API key: Invalid token\.$/, description: /API Domain/ },
	{ name: 'key of another region (403 on the generic domain)', parameters: listContacts, faults: [{ status: 403, times: Infinity, body: { detail: 'You do not have permission to perform this action.' } }], message: /^CallHub refused access: You do not have permission to perform this action\.$/, description: /a key only works on its own account's domain/ },
	{ name: 'domain with a trailing slash', setup: twoContacts, parameters: listContacts, credentials: (emulator) => ({ apiKey: emulator.apiKey, baseUrl: `${emulator.url}/` }), recovers: true },
	{ name: 'domain with a path', setup: twoContacts, parameters: listContacts, credentials: (emulator) => ({ apiKey: emulator.apiKey, baseUrl: `${emulator.url}/v1/contacts/` }), recovers: true },
	{ name: 'domain without a scheme (https is assumed)', raisedBy: 'network', parameters: getContact('1'), credentials: (emulator) => ({ apiKey: emulator.apiKey, baseUrl: emulator.url.replace('http://', '') }), message: /^Could not reach CallHub at https:\/\/127\.0\.0\.1:\d+: /, description: /API Domain/, modes: ['stop', 'continueErrorOutput'] },
	{ name: 'unreachable host', raisedBy: 'network', parameters: getContact('1'), credentials: unreachable('http://127.0.0.1:9'), message: /^Could not reach CallHub at http:\/\/127\.0\.0\.1:9: the connection was refused$/, description: /API Domain/ },
	{ name: 'domain that is not an address', parameters: getContact('1'), credentials: unreachable('http://'), message: /^The API Domain "http:\/\/" in the CallHub credential is not a web address$/, description: /api-na1\.callhub\.io/ },
	{ name: 'domain with another scheme', parameters: getContact('1'), credentials: unreachable('ftp://callhub.io'), message: /must start with https:\/\//, description: /API Domain/ },
];

const JSON_HEADERS = { 'Content-Type': 'application/json' };

/** CallHub (or the network) failing: answers passed on clearly; reads retried within a bound; writes not repeated. */
export const serverCases: ReliabilityCase[] = [
	{ name: '400 with several field errors', parameters: createContact('x', { additionalFields: { email: 'y' } }), message: /Phone Number \(contact\): Enter a valid phone number\. Email \(email\): Enter a valid email address\./, description: /Fix the Phone Number, Email parameters/ },
	{ name: '400 non_field_errors', parameters: createContact('14155550100'), faults: [{ method: 'POST', times: Infinity, status: 400, body: { non_field_errors: ['Contact limit of your plan reached.'] } }], message: /^CallHub rejected the request: Contact limit of your plan reached\.$/, description: /Check the values/ },
	{ name: '404 unknown contact', parameters: getContact('123'), message: /^CallHub could not find Contact 123: Not found\.$/, description: /Check the Contact parameter/ },
	{ name: '405 method not allowed', parameters: getContact('1'), faults: [{ times: Infinity, status: 405, body: { detail: 'Method "GET" not allowed.' } }], message: /^CallHub does not allow GET on \/v1\/contacts\/1\/: Method "GET" not allowed\.$/, description: /report it/ },
	{ name: '413 request too large', parameters: createContact('14155550100'), faults: [{ times: Infinity, status: 413, raw: '' }], message: /too large/, description: /Send less data per item/ },
	{
		name: '429 with Retry-After is waited out', setup: twoContacts,
		waits: 'rateLimit',
		parameters: listContacts,
		faults: [{ status: 429, headers: { 'Retry-After': '1' }, body: { detail: 'Request was throttled. Expected available in 1 second.' } }],
		recovers: true,
		modes: ['continueRegularOutput'],
	},
	{ name: '429 without Retry-After backs off and retries', waits: 'rateLimit', setup: twoContacts, parameters: listContacts, faults: [{ status: 429, body: { detail: 'Request was throttled.' } }], recovers: true, modes: ['continueRegularOutput'] },
	{
		name: '429 whose wait is only in the detail text', setup: twoContacts,
		waits: 'rateLimit',
		parameters: listContacts,
		faults: [{ status: 429, body: { detail: 'Request was throttled. Expected available in 1 second.' } }],
		recovers: true,
		modes: ['continueRegularOutput'],
	},
	{
		name: '429 for longer than allowed fails clearly',
		parameters: listContacts,
		faults: [{ times: Infinity, status: 429, headers: { 'Retry-After': '86400' }, body: { detail: 'Request was throttled. Expected available in 86400 seconds.' } }],
		message: /^CallHub's rate limit is still in effect: Request was throttled\. Expected available in 86400 seconds\.$/,
		description: /beyond the 120 s allowed/,
	},
	{
		name: '429 from a proxy as an HTML page is waited out', setup: twoContacts,
		waits: 'rateLimit',
		parameters: listContacts,
		faults: [{ status: 429, headers: { 'Retry-After': '1', 'Content-Type': 'text/html' }, raw: '<html><head><title>429 Too Many Requests</title></head></html>' }],
		recovers: true,
		modes: ['continueRegularOutput'],
	},
	{
		name: '429 from a proxy as an HTML page, for longer than allowed, fails clearly',
		parameters: listContacts,
		faults: [{ times: Infinity, status: 429, headers: { 'Retry-After': '86400', 'Content-Type': 'text/html' }, raw: '<html><head><title>429 Too Many Requests</title></head></html>' }],
		message: /^CallHub's rate limit is still in effect/,
		description: /beyond the 120 s allowed/,
	},
	{ name: '500 on a read is retried', waits: 'backoff', setup: twoContacts, parameters: listContacts, faults: [{ status: 500, raw: '<h1>Server Error (500)</h1>' }], recovers: true, modes: ['continueRegularOutput'] },
	{ name: '502 on a read is retried', waits: 'backoff', setup: twoContacts, parameters: listContacts, faults: [{ status: 502, raw: '<html><title>502 Bad Gateway</title></html>' }], recovers: true, modes: ['continueRegularOutput'] },
	{ name: '504 on a read is retried', waits: 'backoff', setup: twoContacts, parameters: listContacts, faults: [{ status: 504, body: { detail: 'Gateway timeout' } }], recovers: true, modes: ['continueRegularOutput'] },
	{
		name: '503 on a read that persists fails after a bounded number of retries',
		waits: 'backoff',
		parameters: getContact('1'),
		input: [{}],
		faults: [{ times: Infinity, status: 503, headers: JSON_HEADERS, body: { detail: 'Service temporarily unavailable.' } }],
		message: /^CallHub failed to process the request \(HTTP 503\): Service temporarily unavailable\.$/,
		description: /retried and still failed/,
		requests: 4,
		modes: ['stop'],
	},
	{ name: '500 on a write is not repeated', parameters: createContact('14155550100'), input: [{}], faults: [{ times: Infinity, status: 500, raw: '<h1>Server Error (500)</h1>' }], message: /^CallHub answered HTTP 500 with a web page instead of data$/, description: /trouble/, requests: 1 },
	{ name: '503 on a delete is not repeated', parameters: deleteContact('1'), input: [{}], faults: [{ times: Infinity, status: 503, body: { detail: 'Service unavailable.' } }], message: /^CallHub failed to process the request \(HTTP 503\): Service unavailable\.$/, description: /not repeated/, requests: 1 },
	{ name: 'HTML error page', parameters: createContact('14155550100'), faults: [{ times: Infinity, status: 502, raw: '<!doctype html><html><head><title>502 Bad Gateway</title></head></html>' }], message: /^CallHub answered HTTP 502 with a web page instead of data \("502 Bad Gateway"\)$/, description: /trouble/ },
	{ name: 'a web page with status 200 (API Domain points at a website)', raisedBy: 'callhub', parameters: getContact('1'), faults: [{ times: Infinity, status: 200, raw: '<html><body>Welcome to CallHub</body></html>' }], message: /with a web page instead of data$/, description: /Check the API Domain/ },
	{ name: 'malformed JSON', raisedBy: 'callhub', parameters: getContact('1'), faults: [{ times: Infinity, status: 200, raw: '{"id": 1, "contact": ', headers: JSON_HEADERS }], message: /with a reply that is not valid JSON$/, description: /cut off/ },
	{ name: 'empty body on a read', raisedBy: 'callhub', parameters: getContact('1'), faults: [{ times: Infinity, status: 200, raw: '' }], message: /with an empty reply$/, description: /API Domain/ },
	{ name: 'empty 204 on a delete is success', setup: (emulator) => addContact(emulator, { contact: '14155550100' }), parameters: (emulator) => deleteContact([...emulator.state.contacts.keys()][0]), input: [{}], recovers: true, modes: ['stop'] },
	{
		name: 'timeout on a read',
		waits: 'backoff',
		parameters: { ...getContact('1'), requestOptions: { timeout: 200 } },
		input: [{}],
		faults: [{ times: Infinity, action: 'hang' }],
		message: /^Could not reach CallHub at http:\/\/127\.0\.0\.1:\d+: the (request|connection) timed out$/,
		description: /broke off\. The request was retried/,
		modes: ['stop'],
	},
	{ name: 'connection refused', raisedBy: 'network', parameters: listContacts, credentials: unreachable('http://127.0.0.1:9'), message: /the connection was refused$/, description: /can reach it/ },
	{ name: 'connection reset on a read is retried', waits: 'backoff', setup: twoContacts, parameters: listContacts, faults: [{ action: 'reset' }], recovers: true, modes: ['continueRegularOutput'] },
	{ name: 'connection reset mid-body on a read is retried', waits: 'backoff', setup: twoContacts, parameters: listContacts, faults: [{ action: 'cut' }], recovers: true, modes: ['continueRegularOutput'] },
	{
		name: 'connection reset on a write is not repeated',
		parameters: createContact('14155550100'),
		input: [{}],
		faults: [{ method: 'POST', times: Infinity, action: 'reset' }],
		message: /^Could not reach CallHub at http:\/\/127\.0\.0\.1:\d+: the connection was reset$/,
		description: /broke off/,
		requests: 1,
	},
	{
		name: 'a server fault on page 2 of Return All is retried and nothing is lost',
		waits: 'backoff',
		setup: (emulator) => {
			for (let index = 0; index < 1001; index++) addContact(emulator, { contact: `1202555${String(index).padStart(4, '0')}` });
		},
		parameters: listContacts,
		input: [{}],
		faults: [{ path: '/v1/contacts/', query: { page: '2' }, status: 502, raw: '<title>502</title>' }],
		recovers: true,
		modes: ['stop'],
		check: (emulator, json) => {
			expect(json).toHaveLength(1001);
			expect(emulator.log.map((entry) => entry.status)).toEqual([200, 502, 200]);
		},
	},
	{
		name: "a next link on another host is followed on the credential's host",
		setup: (emulator) => {
			for (let index = 0; index < 6; index++) addContact(emulator, { contact: `1202555${String(index).padStart(4, '0')}` });
		},
		parameters: { ...listContacts, returnAll: false, limit: 6 },
		input: [{}],
		faults: [
			{
				path: '/v1/contacts/',
				status: 200,
				body: { count: 6, next: 'https://evil.example/v1/contacts/?page=2&page_size=3', previous: null, results: [] },
			},
		],
		recovers: true,
		modes: ['stop'],
		check: (emulator, json) => {
			expect(json).toHaveLength(3);
			expect(emulator.log.map((entry) => entry.query)).toEqual([{ page_size: '6' }, { page: '2', page_size: '3' }]);
		},
	},
];
