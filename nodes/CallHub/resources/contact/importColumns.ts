import type { IDataObject } from 'n8n-workflow';

/** The id CallHub's /v1/contacts/fields/ gives the phone number field; an import needs it mapped. */
export const PHONE_FIELD_ID = '0';

/** Header names people give columns, by the CallHub field (as /v1/contacts/fields/ names it) they hold. */
const ALIASES: Record<string, string[]> = {
	'phone number': ['phone', 'phone no', 'phonenumber', 'contact', 'number', 'telephone', 'tel', 'landline'],
	'mobile number': ['mobile', 'mobile no', 'mobile phone', 'cell', 'cell phone', 'cellphone'],
	'first name': ['firstname', 'first', 'given name'],
	'last name': ['lastname', 'last', 'surname', 'family name'],
	email: ['email address', 'e mail'],
	'country code': ['country iso', 'iso country'],
	zipcode: ['zip', 'zip code', 'postcode', 'post code', 'postal code'],
	'company name': ['company', 'organisation', 'organization'],
	'company website': ['website'],
	'job title': ['title'],
	tags: ['tag'],
};

export interface ContactField {
	id: string;
	name: string;
}

export interface ColumnMapping {
	/** CallHub's `mapping`: field id → 0-based column index, both as strings. */
	mapping: Record<string, string>;
	/** Field name → header of the column it reads, for the output. */
	columns: Record<string, string>;
	ignored: string[];
}

/** Lower case, `_`, `-` and `.` as spaces: "First_Name" and "first name" are the same column. */
export function normaliseName(name: string): string {
	return name
		.toLowerCase()
		.replace(/[_\-.]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

export function contactFieldsOf(records: IDataObject[]): ContactField[] {
	return records.map((record) => ({ id: String(record.id), name: String(record.name ?? '') }));
}

/** The CallHub field a name means: its own name, a common alias, or its id. */
export function findField(fields: ContactField[], name: string): ContactField | undefined {
	const wanted = normaliseName(name);
	const byName = fields.find((field) => normaliseName(field.name) === wanted);
	if (byName) return byName;
	const canonical = Object.keys(ALIASES).find((key) => ALIASES[key].includes(wanted));
	const byAlias = canonical ? fields.find((field) => normaliseName(field.name) === canonical) : undefined;
	return byAlias ?? fields.find((field) => /^\d+$/.test(wanted) && field.id === wanted);
}

/** Every header that names a field; the first column wins when two name the same field. */
export function autoMapping(fields: ContactField[], header: string[]): ColumnMapping {
	const result: ColumnMapping = { mapping: {}, columns: {}, ignored: [] };
	header.forEach((column, index) => {
		const field = column.trim() === '' ? undefined : findField(fields, column);
		if (!field || result.mapping[field.id] !== undefined) {
			result.ignored.push(column);
			return;
		}
		result.mapping[field.id] = String(index);
		result.columns[field.name] = column;
	});
	return result;
}

/** A column by its header (ignoring case) or by its position, 1 being the first column. */
export function findColumn(header: string[], column: string): number | undefined {
	const wanted = normaliseName(column);
	const byName = header.findIndex((name) => normaliseName(name) === wanted);
	if (byName !== -1) return byName;
	if (/^\d+$/.test(wanted) && Number(wanted) >= 1 && Number(wanted) <= header.length) return Number(wanted) - 1;
	return undefined;
}
