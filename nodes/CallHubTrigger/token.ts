import { randomBytes, timingSafeEqual } from 'node:crypto';

/** Query parameter of the webhook URL that carries the secret token. */
export const TOKEN_PARAMETER = 'token';

/** Letters, digits and `-._~` only, so the token never needs escaping in a URL. */
const URL_SAFE = /^[A-Za-z0-9._~-]+$/;
export const MIN_SECRET_LENGTH = 24;

/** A new secret for a webhook URL: 32 random bytes (node:crypto randomBytes) as 64 hex characters. */
export function newToken(): string {
	return randomBytes(32).toString('hex');
}

/**
 * Verifies the token of a webhook call. CallHub does not sign its webhook calls, so the trigger
 * registers its URL with a secret in the `token` query parameter and accepts a call only when
 * that parameter equals the secret.
 *
 * Algorithm: both values must be non-empty strings; they are compared as UTF-8 bytes, lengths
 * first (timingSafeEqual needs equal lengths), then with `crypto.timingSafeEqual`, so the time
 * taken does not tell an attacker how much of a guess was right.
 *
 * @returns true only when a token was sent and it equals the expected one
 */
export function tokenMatches(provided: unknown, expected: unknown): boolean {
	if (typeof provided !== 'string' || typeof expected !== 'string') return false;
	if (provided === '' || expected === '') return false;
	const providedBytes = Buffer.from(provided, 'utf8');
	const expectedBytes = Buffer.from(expected, 'utf8');
	if (providedBytes.length !== expectedBytes.length) return false;
	return timingSafeEqual(providedBytes, expectedBytes);
}

/** Why a user-chosen secret is not good enough to guard a webhook, or undefined when it is. */
export function weakSecretReason(secret: string): string | undefined {
	if (secret === '') return 'is empty';
	if (secret.length < MIN_SECRET_LENGTH) return `has fewer than ${MIN_SECRET_LENGTH} characters`;
	if (!URL_SAFE.test(secret)) return 'may only contain letters, digits and - . _ ~';
	return undefined;
}
