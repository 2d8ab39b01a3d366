import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { withDisplayOptions } from '../../../CallHub/shared/displayOptions';
import type { Prepare } from '../../../CallHub/shared/operation';
import { route } from '../../route';

const requireAField: Prepare = async function (request) {
	const body = (request.body as IDataObject) ?? {};
	if (Object.keys(body).length === 0) {
		throw new NodeOperationError(this.getNode(), 'No detail to update', {
			description: "Add at least one field under 'Update Fields'.",
			itemIndex: this.getItemIndex(),
		});
	}
	return request;
};

function detail(displayName: string, property: string, description: string, placeholder?: string): INodeProperties {
	return {
		displayName,
		name: property.split('.')[1].replace(/_(\w)/g, (_, letter: string) => letter.toUpperCase()),
		type: 'string',
		default: '',
		placeholder,
		description,
		routing: { send: { type: 'body', property } },
	};
}

// CallHub answers the details as {user: {...}, agent: {...}}; they are saved in the same shape.
export const option: INodePropertyOptions = {
	name: 'Update Details',
	value: 'updateDetails',
	action: "Update the agent's details",
	description: "Change the agent's name, email, country, phone number or language",
	routing: route({ method: 'POST', url: '/v2/user-details/' }, { prepare: [requireAField] }),
};

export const fields: INodeProperties[] = withDisplayOptions({ show: { resource: ['agent'], operation: ['updateDetails'] } }, [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			detail('Country', 'agent.country', "The agent's country, as a two-letter code", 'e.g. US'),
			detail('Email', 'user.email', "The agent's email address", 'e.g. name@email.com'),
			detail('First Name', 'user.first_name', "The agent's first name"),
			detail('Language', 'agent.language', 'Language of the messages CallHub answers with', 'e.g. en'),
			detail('Last Name', 'user.last_name', "The agent's last name"),
			detail('Phone Number', 'agent.phone_no', 'The number CallHub calls when the agent joins a campaign by phone', 'e.g. +14155550123'),
		],
	},
]);
