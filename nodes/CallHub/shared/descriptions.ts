import type { INodeProperties } from 'n8n-workflow';

/** Return All + Limit for a list operation; the operation runner reads them (see `list` in operation.ts). */
export function returnAllAndLimit(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			displayOptions: { show: { returnAll: [false] } },
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
		},
		{
			displayName: 'Skip',
			name: 'skip',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description:
				'Number of records to pass over before returning any, e.g. to read a list of more than 100,000 records in parts',
		},
	];
}

export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description:
		'Whether to return a simplified version of the response instead of the raw data (custom fields by name, tags as names)',
};

interface LocatorOptions {
	name: string;
	displayName: string;
	/** Path segment of the object's CallHub URL, e.g. `contacts` in /v1/contacts/123/. */
	urlSegment: string;
	searchListMethod: string;
	description?: string;
}

/** A CallHub object chosen From List (searchable), By ID, or By URL (the object's `url`). */
export function callhubLocator(options: LocatorOptions): INodeProperties {
	const idRegex = '^\\s*[0-9]{1,20}\\s*$';
	const urlRegex = `^\\s*https?://[^\\s/]+/v[12]/${options.urlSegment}/([0-9]{1,20})/?\\s*$`;
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: options.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: options.searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 3966566468442653936',
				validation: [
					{
						type: 'regex',
						properties: { regex: idRegex, errorMessage: 'A CallHub ID is made of digits only' },
					},
				],
			},
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder: `e.g. https://api.callhub.io/v1/${options.urlSegment}/3966566468442653936/`,
				extractValue: { type: 'regex', regex: urlRegex },
				validation: [
					{
						type: 'regex',
						properties: {
							regex: urlRegex,
							errorMessage: `Not a CallHub ${options.displayName.toLowerCase()} URL`,
						},
					},
				],
			},
		],
	};
}

/**
 * Orders by a name without `localeCompare`: its first call loads ICU collation data (~15 ms), which
 * counted against loading the node when used to sort options at import time.
 */
export function byName<T>(name: (item: T) => string): (a: T, b: T) => number {
	return (a, b) => {
		const left = name(a).toLowerCase();
		const right = name(b).toLowerCase();
		return left < right ? -1 : left > right ? 1 : 0;
	};
}
