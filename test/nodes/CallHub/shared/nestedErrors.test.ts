import { describeFailure } from '../../../../nodes/CallHub/shared/errors';

describe('CallHub errors of nested objects (voice broadcast create)', () => {
	const request = { method: 'POST', path: '/v1/vb_campaign/' };

	it('names the node parameter behind an error inside a nested object', () => {
		const failure = describeFailure(
			{ statusCode: 400, headers: {}, body: { callerid_options: { callerid: ['This field is required.'] }, schedule: { startingdate: ['Bad date.'] } } },
			request,
		);
		expect(failure).toEqual({
			message: 'CallHub rejected the request: Caller ID (callerid_options.callerid): This field is required. Start Date (schedule.startingdate): Bad date.',
			description: 'Fix the Caller ID, Start Date parameters and run the node again.',
		});
	});

	it('keeps treating an object of values as data, not as errors (the duplicate contact CallHub returns)', () => {
		const failure = describeFailure(
			{ statusCode: 400, headers: {}, body: { detail: 'Contact exists.', contact: { id: '1', contact: '14155550100' } } },
			{ method: 'POST', path: '/v1/contacts/' },
		);
		expect(failure.message).toBe('CallHub already has a contact with this phone number (contact 1): Contact exists.');
	});
});
