import { batchOutcomes, listErrors } from '../../../../../nodes/CallHub/resources/suppressionList/outcomes';

const batch = [{ phone_number: '+14155550101' }, { phone_number: '+14155550102' }, { mobile_number: '+14155550103' }];
const kinds = (body: unknown, status = 207) => batchOutcomes(body, status, batch).map((outcome) => outcome.kind);

describe('Suppression List: reading CallHub’s answer for each entry (no client shows the 207 body)', () => {
	it('reads a bare list of results in order, by code, word or boolean', () => {
		expect(kinds([{ status: 201 }, { status: 400, errors: { phone_number: ['Invalid'] } }, { status: 200 }])).toEqual(['added', 'refused', 'added']);
		expect(kinds([{ status: 'created' }, { status: 'failed', message: 'bad' }, { success: true }])).toEqual(['added', 'refused', 'added']);
		expect(kinds({ results: [{ status_code: '201' }, { code: 409, detail: 'exists' }, { ok: true }] })).toEqual(['added', 'refused', 'added']);
	});

	it('matches results by number when they are fewer or in another order', () => {
		const body = { data: [{ mobile: '14155550103', status: 400, error: 'Landline' }, { phone_number: '14155550101', status: 201 }] };
		expect(kinds(body)).toEqual(['added', 'unknown', 'refused']);
		expect(batchOutcomes(body, 207, batch)[2]).toMatchObject({ kind: 'refused', status: 400, message: 'Landline' });
	});

	it('never reports an entry a 207 says nothing about as added; a plain 201 means all were', () => {
		expect(kinds({ message: 'done' })).toEqual(['unknown', 'unknown', 'unknown']);
		expect(kinds([{}, {}, {}])).toEqual(['unknown', 'unknown', 'unknown']);
		expect(kinds(null, 201)).toEqual(['added', 'added', 'added']);
		expect(kinds({ message: 'Contacts added' }, 201)).toEqual(['added', 'added', 'added']);
	});

	it("reads DRF's 400 for a list: one error object per entry, {} for the valid ones", () => {
		expect(listErrors([{}, { phone_number: ['Enter a valid phone number.'] }, {}], batch)).toEqual([undefined, 'phone_number: Enter a valid phone number.', undefined]);
		expect(listErrors({ detail: 'Bad request' }, batch)).toBeUndefined();
		expect(listErrors([{}, {}, {}], batch)).toBeUndefined();
	});
});
