import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { apiOrigin } from '../../shared/baseUrl';
import type { CallHubResponse } from '../../shared/errors';
import { callhubMessages } from '../../shared/errors';
import { normaliseIds } from '../../shared/ids';
import type { Prepare } from '../../shared/operation';
import { idParameter } from '../../shared/operation';
import { collectPages } from '../../shared/pagination';
import { checkedNumber, PhoneNumberError } from '../../shared/phone';
import type { Send } from '../../shared/transport';

export function digitsOf(number: unknown): string {
	return String(number ?? '').replace(/\D/g, '');
}

/**
 * Whether a number CallHub lists is the one given. CallHub stores digits without `+` and may add a
 * country prefix to a national number, so a difference of up to 3 leading digits still matches.
 */
export function sameNumber(listed: unknown, given: unknown): boolean {
	const [a, b] = [digitsOf(listed), digitsOf(given)];
	if (a === '' || b === '') return false;
	if (a === b) return true;
	const [long, short] = a.length > b.length ? [a, b] : [b, a];
	return short.length >= 10 && long.length - short.length <= 3 && long.endsWith(short);
}

/**
 * Every DNC entry of a number, on any list. CallHub has no look-up by number, only a substring
 * `search`; the last 10 digits find the number with or without its country prefix.
 */
export async function listedEntries(send: Send, number: unknown): Promise<IDataObject[]> {
	const digits = digitsOf(number);
	if (digits === '') return [];
	const entries = await collectPages(send, { method: 'GET', url: '/v1/dnc_contacts/', qs: { search: digits.slice(-10) } });
	return normaliseIds(entries).filter((entry) => sameNumber(entry.phone_number, digits));
}

/** CallHub answers 400 on `phone_number` ("already exists") when the number is on the list already. */
export function isAlreadyListed(response: CallHubResponse): boolean {
	if (response.statusCode !== 400) return false;
	const { detail, fields } = callhubMessages(response.body);
	if (fields.some(([field]) => field !== 'phone_number')) return false;
	const text = [detail, ...fields.map(([, message]) => message)].join(' ');
	return /already|unique|duplicate/i.test(text);
}

/**
 * The number is checked before it goes on a list: a DNC entry CallHub would keep for a mistyped
 * number would leave the real one callable. Written with `+` it is sent in E.164 ("+14155550123"),
 * the form CallHub documents for DNC numbers; without, as its digits.
 */
export const sendPhoneNumber: Prepare = async function (request) {
	const body = { ...((request.body as IDataObject) ?? {}) };
	const number = String(body.phone_number ?? '').trim();
	const fail = (message: string) =>
		new NodeOperationError(this.getNode(), message, {
			description: 'Give the number with its country code, e.g. +14155550123.',
			itemIndex: this.getItemIndex(),
		});
	if (number === '') throw fail('The Phone Number parameter is empty');
	try {
		body.phone_number = checkedNumber(number);
	} catch (error) {
		const reason = error instanceof PhoneNumberError ? error.message : 'it could not be read';
		throw fail(`The Phone Number parameter "${number.slice(0, 40)}" is not a valid phone number: ${reason}`);
	}
	return { ...request, body };
};

/** CallHub names the DNC list by its full URL on the account's API domain (`dnc`), not by its id. */
export const sendDncListUrl: Prepare = async function (request) {
	const id = idParameter(this, 'dncList');
	const credentials = await this.getCredentials('callHubApi');
	const dnc = `${apiOrigin(this.getNode(), credentials.baseUrl)}/v1/dnc_lists/${id}/`;
	return { ...request, body: { ...((request.body as IDataObject) ?? {}), dnc } };
};
