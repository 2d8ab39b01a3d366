import { expect } from 'expect';

import { conferences } from '../../emulator/resources/agentCalls';
import type { ExecuteScenario } from '../scenario';
import { anId } from '../scenario';

const uuid = expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const joined = { conference_uuid: uuid, campaign_id: anId, endpoint: 'PHONE', call_uuid: uuid, status: 'joined' };
const free = { ...joined, current_subscriber: null, subscriber_uuid: null, supervisor_uuid: null };
const onCall = { ...joined, current_subscriber: anId, subscriber_uuid: uuid };

export const scenario: ExecuteScenario = {
	kind: 'execute',
	workflow: 'agentConference.json',
	olderReleases: true,
	outputs: {
		'Assigned campaigns': [{ campaigns: [anId, anId] }],
		'Open conference': [{ conference_uuid: uuid }],
		'Join by phone': [free],
		Conference: [free],
		'Call next subscriber': [{ ...onCall, supervisor_uuid: null }],
		'Leave voicemail': [free],
		'Call the next one': [{ ...onCall, supervisor_uuid: null }],
		'Call supervisor': [{ ...onCall, supervisor_uuid: uuid }],
		'Supervisor hangs up': [{ ...onCall, supervisor_uuid: null }],
		'Call supervisor again': [{ ...onCall, supervisor_uuid: uuid }],
		'Hand over to supervisor': [free],
		'Agent status': [{ connected_campaign: anId, call_uuid: uuid, current_subscriber: null, subscriber_uuid: null, supervisor_uuid: null }],
		// CallHub answers 204; the node passes the uuid on with a confirmation.
		'End session': [{ conference_uuid: uuid, left: true }],
	},
	requests: [
		'GET /v2/agent-campaigns/',
		'POST /v2/conference/',
		'PUT /v2/conference/{uuid}/agent/',
		'GET /v2/conference/{uuid}/',
		'POST /v2/conference/{uuid}/subscriber/',
		'POST /v2/conference/{uuid}/subscriber/voicemail/',
		'POST /v2/conference/{uuid}/subscriber/',
		'POST /v2/conference/{uuid}/supervisor/',
		'DELETE /v2/conference/{uuid}/supervisor/',
		'POST /v2/conference/{uuid}/supervisor/',
		'POST /v2/conference/{uuid}/subscriber/transfer/',
		'GET /v2/agent-status/',
		'DELETE /v2/conference/{uuid}/agent/',
	],
	state: (emulator) => {
		// Every step went to the one conference Create opened, which is now over.
		const [conference] = [...conferences(emulator.state).values()];
		const paths = emulator.log.filter((entry) => entry.path.startsWith('/v2/conference/') && entry.path !== '/v2/conference/').map((entry) => entry.path);
		expect(paths.every((path) => path.startsWith(`/v2/conference/${conference.uuid}/`))).toBe(true);
		expect(conference).toMatchObject({ ended: true, endpoint: 'PHONE', voicemails: [anId], transfers: [anId] });
		expect(emulator.requests('POST', /\/supervisor\/$/).map((entry) => entry.body)).toEqual([{ phone_number: '+14155550177' }, { phone_number: '+14155550177' }]);
	},
};
