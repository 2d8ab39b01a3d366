import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { withDisplayOptions } from '../../../CallHub/shared/displayOptions';
import type { Prepare } from '../../../CallHub/shared/operation';
import { route } from '../../route';

/** Django's password change asks for the new password twice. */
const confirmNewPassword: Prepare = async function (request) {
	const body = { ...((request.body as IDataObject) ?? {}) };
	body.new_password2 = body.new_password1;
	return { ...request, body };
};

export const option: INodePropertyOptions = {
	name: 'Change Password',
	value: 'changePassword',
	action: "Change the agent's password",
	description: "Change the agent's CallHub password",
	routing: route({ method: 'POST', url: '/v2/password-change/' }, { prepare: [confirmNewPassword] }),
};

export const fields: INodeProperties[] = withDisplayOptions({ show: { resource: ['agent'], operation: ['changePassword'] } }, [
	{
		displayName: 'Current Password',
		name: 'currentPassword',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		description: "The agent's password now",
		routing: { send: { type: 'body', property: 'old_password' } },
	},
	{
		displayName: 'New Password',
		name: 'newPassword',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		description:
			'The new password. If the CallHub Agent API credential signs in with this password, change it there too: its token keeps working until CallHub renews it.',
		routing: { send: { type: 'body', property: 'new_password1' } },
	},
]);
