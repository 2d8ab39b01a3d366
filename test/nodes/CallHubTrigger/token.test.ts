import { CallHubTrigger } from '../../../nodes/CallHubTrigger/CallHubTrigger.node';
import { newToken, tokenMatches, weakSecretReason } from '../../../nodes/CallHubTrigger/token';

describe('CallHub Trigger: token check', () => {
	it('makes a new 64-hex-character token every time (32 random bytes)', () => {
		const tokens = new Set(Array.from({ length: 100 }, () => newToken()));
		expect(tokens.size).toBe(100);
		for (const token of tokens) expect(token).toMatch(/^[0-9a-f]{64}$/);
	});

	it('accepts only the exact expected token', () => {
		const token = newToken();
		expect(tokenMatches(token, token)).toBe(true);
		expect(tokenMatches(token.toUpperCase(), token)).toBe(false);
		expect(tokenMatches(`${token} `, token)).toBe(false);
		expect(tokenMatches(token.slice(1), token)).toBe(false);
	});

	it('never accepts when either side is missing, empty or not a string (no stored token means no access)', () => {
		expect(tokenMatches('', '')).toBe(false);
		expect(tokenMatches(undefined, undefined)).toBe(false);
		expect(tokenMatches('abc', undefined)).toBe(false);
		expect(tokenMatches(['abc'], 'abc')).toBe(false);
		expect(tokenMatches({ toString: () => 'abc' }, 'abc')).toBe(false);
	});

	it('compares multi-byte text by its bytes without throwing on equal character counts', () => {
		expect(tokenMatches('é'.repeat(4), 'e'.repeat(4))).toBe(false);
		expect(tokenMatches('ü'.repeat(4), 'ü'.repeat(4))).toBe(true);
	});

	it('judges a user-chosen secret', () => {
		expect(weakSecretReason(newToken())).toBeUndefined();
		expect(weakSecretReason('abcdefghijklmnopqrstuvwx')).toBeUndefined();
		expect(weakSecretReason('abcdefghijklmnopqrstuvw')).toBe('has fewer than 24 characters');
		expect(weakSecretReason('abcdefghijklmnopqrstuvwx#')).toBe('may only contain letters, digits and - . _ ~');
	});
});

describe('CallHub Trigger: node description', () => {
	const { description, webhookMethods } = new CallHubTrigger();

	it('is a webhook trigger with the package icons, no inputs, and not an AI tool', () => {
		expect(description).toMatchObject({
			name: 'callHubTrigger',
			displayName: 'CallHub Trigger',
			group: ['trigger'],
			inputs: [],
			icon: { light: 'file:../../icons/callhub.svg', dark: 'file:../../icons/callhub.dark.svg' },
			webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		});
		expect(description).not.toHaveProperty('usableAsTool');
		expect(description).not.toHaveProperty('requestDefaults');
		expect(Object.keys(webhookMethods.default)).toEqual(['checkExists', 'create', 'delete']);
	});

	it('offers the four CallHub events', () => {
		const events = description.properties.find((property) => property.name === 'events');
		expect(events?.options?.map((option) => ('value' in option ? option.value : undefined))).toEqual([
			'agent.activation',
			'cc.notes',
			'sb.reply',
			'vb.transfer',
		]);
	});
});
