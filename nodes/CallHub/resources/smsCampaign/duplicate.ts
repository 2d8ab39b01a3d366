import type { INodePropertyOptions } from 'n8n-workflow';

import { answerRecord } from '../../shared/answers';
import { idFromUrl } from '../../shared/ids';
import type { Flow } from '../../shared/operation';
import { route } from '../../shared/route';

/**
 * CallHub's reference documents `POST /v2/sms_broadcast/duplicate/` with `campaign_id` in the body;
 * its MCP server posts to `/v2/sms_broadcast/{id}/duplicate/` (callhub/callhub-mcp
 * docs/PUBLIC_API_AUDIT.md C3, src/callhub/sms_broadcasts.py). The documented form is tried first;
 * only when CallHub has no such endpoint (404, 405) is the other sent, so one copy is made either way.
 */
const duplicate: Flow = async function (request, send, path) {
	const id = path.smsCampaign;
	const documented = await send(
		{ ...request, url: '/v2/sms_broadcast/duplicate/', body: { campaign_id: id } },
		(answer) => answer.statusCode === 404 || answer.statusCode === 405,
	);
	const response = documented.statusCode === 404 || documented.statusCode === 405 ? await send({ ...request, url: `/v2/sms_broadcast/${id}/duplicate/`, body: undefined }) : documented;
	const copy = answerRecord(response.body, { original_id: id });
	const copyId = copy.pk_str ?? copy.id ?? idFromUrl(copy.url);
	return { ...copy, ...(copyId !== undefined && copyId !== null ? { id: String(copyId) } : {}) };
};

export const option: INodePropertyOptions = {
	name: 'Duplicate',
	value: 'duplicate',
	action: 'Duplicate an SMS campaign',
	description: 'Copy an SMS campaign (e.g. to send an ended one again)',
	routing: route({ method: 'POST', url: '/v2/sms_broadcast/{smsCampaign}/duplicate/' }, { flow: duplicate }),
};
