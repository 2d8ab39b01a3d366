import { expect } from 'expect';

import { agents } from '../../emulator/resources/agentAccounts';
import { DEMO_AGENT } from '../../emulator/resources/agentDemo';
import type { Emulator, LogEntry } from '../../emulator/server';
import { requestLine } from '../scenario';

const isSignIn = (entry: LogEntry | undefined) => entry?.method === 'POST' && entry.path === '/v2/agent-key/';

/**
 * The requests n8n made to CallHub (control calls left out), without the CallHub Agent API credential's
 * sign-in. n8n signs the agent in before its first request (the credential holds no token yet) or when
 * CallHub refuses the token it holds (the emulator revokes tokens on reset): it then sends the refused
 * request once more. Each sign-in must succeed with the demo agent's username and no Authorization
 * header, and every refused request must be followed by a sign-in and the same request again.
 * With `refusedTwice` (n8n releases whose HTTP layer has no `ignoreHttpStatusErrors.except`, see
 * `N8nRelease.noStatusExcept`), n8n hands the 401 to the node, which sends the request once more
 * asking n8n to throw it: the same request is refused twice before the sign-in.
 */
export function callsWithoutSignIn(emulator: Emulator, refusedTwice = false): LogEntry[] {
	const requests = emulator.log.filter((entry) => !entry.path.startsWith('/__emulator/'));
	const signIns = requests.filter(isSignIn).map((entry) => ({
		status: entry.status,
		username: (entry.body as { username?: unknown } | undefined)?.username,
		authorization: entry.authorization ?? 'none',
	}));
	expect({ agentSignIns: signIns }).toEqual({ agentSignIns: signIns.map(() => ({ status: 200, username: DEMO_AGENT.username, authorization: 'none' })) });
	const refused = new Set<LogEntry>();
	requests.forEach((entry, index) => {
		if (entry.status !== 401 || refused.has(entry)) return;
		let last = index;
		if (refusedTwice) {
			const again = requests[index + 1];
			expect({ refused: requestLine(entry), thenRefusedAgain: again ? `${requestLine(again)} (${again.status})` : 'nothing' }).toEqual({
				refused: requestLine(entry),
				thenRefusedAgain: `${requestLine(entry)} (401)`,
			});
			refused.add(again);
			last = index + 1;
		}
		const retry = requests[last + 2];
		expect({ refused: requestLine(entry), thenSignedIn: isSignIn(requests[last + 1]), thenSentAgain: retry ? requestLine(retry) : 'nothing' }).toEqual({
			refused: requestLine(entry),
			thenSignedIn: true,
			thenSentAgain: requestLine(entry),
		});
		refused.add(entry);
	});
	return requests.filter((entry) => !isSignIn(entry) && !refused.has(entry));
}

/** The demo agent's current token (DRF's: the same for every sign-in until the emulator resets). */
function agentToken(emulator: Emulator): string | undefined {
	const agent = [...agents(emulator.state).values()].find((candidate) => candidate.username === DEMO_AGENT.username);
	return [...emulator.tokens].find(([, principal]) => agent && principal === `agent:${agent.id}`)?.[0];
}

/**
 * Each credential's header, exactly as CallHub wants it, on every call: the account's API key on
 * account endpoints, the agent's token on agent endpoints.
 */
export function expectCredentialHeaders(emulator: Emulator, calls: LogEntry[]): void {
	const token = agentToken(emulator);
	const wrong = calls
		.map((entry) => {
			const forAgent = emulator.router.match(entry.method, entry.path).audience === 'agent';
			const expected = forAgent ? `Token ${token ?? '(the agent never signed in)'}` : `Token ${emulator.apiKey}`;
			return entry.authorization === expected
				? undefined
				: `${requestLine(entry)}: ${entry.authorization ?? 'no Authorization header'} instead of the ${forAgent ? "agent's token" : 'API key'} (${expected})`;
		})
		.filter((problem) => problem !== undefined);
	expect({ wrongAuthorization: wrong }).toEqual({ wrongAuthorization: [] });
}
