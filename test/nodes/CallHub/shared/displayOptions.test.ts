import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { withDisplayOptions } from '../../../../nodes/CallHub/shared/displayOptions';

describe('withDisplayOptions', () => {
	const properties: INodeProperties[] = [
		{ displayName: 'Plain', name: 'plain', type: 'string', default: '' },
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			default: 50,
			displayOptions: { show: { returnAll: [false] }, hide: { simplify: [true] } },
		},
		{
			displayName: 'Same Key',
			name: 'sameKey',
			type: 'string',
			default: '',
			displayOptions: { show: { operation: ['get', 'update'], '@version': [{ _cnd: { gte: 1 } }] } },
		},
	];
	const show = { show: { resource: ['contact'], operation: ['create'] } };

	it("gives what n8n-workflow's updateDisplayOptions gives, key by key and index by index", () => {
		expect(withDisplayOptions(show, properties)).toEqual(updateDisplayOptions(show, properties));
		const hide = { hide: { resource: ['tag'] } };
		expect(withDisplayOptions(hide, properties)).toEqual(updateDisplayOptions(hide, properties));
	});

	it('copies display options instead of sharing them with the properties it was given', () => {
		const [, limit] = withDisplayOptions(show, properties);
		expect(limit.displayOptions).toEqual({ show: { returnAll: [false], resource: ['contact'], operation: ['create'] }, hide: { simplify: [true] } });
		(limit.displayOptions?.show?.returnAll as unknown[]).push(true);
		expect(properties[1].displayOptions?.show?.returnAll).toEqual([false]);
		expect(show.show.resource).toEqual(['contact']);
	});
});
