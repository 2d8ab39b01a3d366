import type { IDataObject } from 'n8n-workflow';

import { ID_PATTERN, normaliseIds } from '../../shared/ids';
import type { Prepare } from '../../shared/operation';
import { collectPages } from '../../shared/pagination';

/**
 * CallHub files a new agent under a team given by NAME. A team ID (from an expression) is turned
 * into its name, unless a team is actually named like that number.
 */
export const teamByName: Prepare = async function (request, send) {
	const body = { ...((request.body as IDataObject) ?? {}) };
	const team = String(body.team ?? '').trim();
	if (ID_PATTERN.test(team)) {
		const teams = normaliseIds(await collectPages(send, { method: 'GET', url: '/v1/teams/' }));
		const named = teams.find((candidate) => String(candidate.name) === team);
		const byId = teams.find((candidate) => String(candidate.id) === team);
		if (!named && byId) body.team = String(byId.name);
	}
	return { ...request, body };
};
