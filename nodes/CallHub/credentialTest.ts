import { credentialTest } from './shared/credentialTest';
import { API_KEY_ADVICE } from './shared/errors';

/** The CallHub API credential's test (the CallHub node and the trigger name it in `testedBy`). */
export const callHubApiTest = credentialTest({
	path: '/v1/users/',
	advice: API_KEY_ADVICE,
	token: async (data) => String(data.apiKey ?? '').trim(),
});
