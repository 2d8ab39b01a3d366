import type { EmuResponse } from './http';
import { createContact } from './resources/contacts';
import { addDncNumber, createDncList } from './resources/dnc';
import { createPhoneBook } from './resources/phoneBooks';
import type { Emulator, RateSettings } from './server';
import { parseDuration } from './server';

/**
 * Control endpoints for tools that run the emulator in another process (benchmarks, e2e): set rate
 * limits, fill the account quickly, read request counts. They never need the API key.
 */
export const benchControls: Record<string, (emulator: Emulator, body: Record<string, unknown>) => EmuResponse> = {
	'POST /__emulator/rates': (emulator, body) => {
		emulator.setRates(body as RateSettings);
		return { status: 200, body: { rates: body } };
	},
	/** The latency model: `{ "latency": "80ms", "perRecord": "0.3ms" }`, or `{ "latency": "off" }`. */
	'POST /__emulator/latency': (emulator, body) => {
		if (body.latency === 'off' || body.latency === undefined) {
			emulator.latency = undefined;
		} else {
			emulator.latency = { roundTripMs: parseDuration(String(body.latency)), perRecordMs: parseDuration(String(body.perRecord ?? '0')) };
		}
		return { status: 200, body: { latency: emulator.latency ?? null } };
	},
	/** Another API key of the same account (a benchmark starts each scenario as a client CallHub has not seen). */
	'POST /__emulator/keys': (emulator, body) => {
		if (typeof body.key !== 'string' || !/^[\w-]{8,}$/.test(body.key)) return { status: 400, body: { detail: 'key: 8 or more letters, digits, - or _' } };
		emulator.tokens.set(body.key, 'manager');
		return { status: 201, body: { key: body.key } };
	},
	'POST /__emulator/seed/contacts': (emulator, body) => {
		const count = Number(body.count ?? 0);
		const prefix = String(body.prefix ?? '1202');
		const book = typeof body.phoneBook === 'string' ? createPhoneBook(emulator.state, body.phoneBook) : undefined;
		const withCustomField = typeof body.customFieldId === 'string' ? body.customFieldId : undefined;
		for (let index = 0; index < count; index++) {
			const { contact } = createContact(
				emulator.state,
				{ contact: `${prefix}${String(index).padStart(7, '0')}`, first_name: `Person ${index}`, email: `person${index}@example.org` },
				emulator.url,
			);
			if (contact && withCustomField) contact.customFields = { [withCustomField]: String(index % 10) };
			if (contact && book) book.contacts.add(contact.id);
		}
		return { status: 201, body: { created: count, phoneBookId: book?.id ?? null, contacts: emulator.state.contacts.size } };
	},
	/** A DNC list of `count` numbers (benchmarks read them back with DNC Contact → Get Many). */
	'POST /__emulator/seed/dnc': (emulator, body) => {
		const count = Number(body.count ?? 0);
		const list = createDncList(emulator.state, String(body.name ?? 'Bench DNC'));
		for (let index = 0; index < count; index++) addDncNumber(emulator.state, list.id, `1303${String(index).padStart(7, '0')}`);
		return { status: 201, body: { created: count, dncListId: list.id } };
	},
	'GET /__emulator/stats': (emulator) => {
		const byRoute: Record<string, number> = {};
		const statuses: Record<string, number> = {};
		for (const entry of emulator.log) {
			if (entry.path.startsWith('/__emulator/')) continue;
			const route = `${entry.method} ${entry.path.replace(/\/\d{1,20}\//g, '/{id}/')}`;
			byRoute[route] = (byRoute[route] ?? 0) + 1;
			statuses[entry.status] = (statuses[entry.status] ?? 0) + 1;
		}
		const requests = Object.values(byRoute).reduce((sum, count) => sum + count, 0);
		return {
			status: 200,
			body: { requests, byRoute, statuses, bytesSent: emulator.bytesSent, contacts: emulator.state.contacts.size, peakConcurrency: emulator.peakConcurrency },
		};
	},
	'POST /__emulator/log/clear': (emulator) => {
		emulator.log.length = 0;
		emulator.bytesSent = 0;
		emulator.peakConcurrency = emulator.activeRequests;
		return { status: 200, body: { cleared: true } };
	},
};
