import type { IDataObject } from 'n8n-workflow';

import { idList } from '../../shared/idList';
import type { Flow } from '../../shared/operation';

/**
 * Adds (PUT) or removes (DELETE) agents with `{"agents": [ids]}`, ids as strings. CallHub's answer to
 * these calls is not documented, so the output says what was done instead of echoing it.
 */
export function changeAgents(done: 'added' | 'removed'): Flow {
	return async function (request, send, path) {
		const agents = idList(this, 'agents', 'Agents', '3966566468442653936, 3966566468442661855');
		await send({ ...request, body: { ...((request.body as IDataObject) ?? {}), agents } });
		return { team_id: path.team, agent_ids: agents, [done]: true };
	};
}
