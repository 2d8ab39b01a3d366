import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import type { AgentAccount, AgentCampaign, ScriptSectionFields } from '../emulator/resources/agentAccounts';
import { createAgentAccount, createAgentCampaign, issueAgentToken } from '../emulator/resources/agentAccounts';
import type { Emulator } from '../emulator/server';
import type { Contact } from '../emulator/state';
import { addContact, addPhoneBook } from './fixtures';
import type { RunOptions, RunResult } from './runNode';
import { runNode } from './runNode';

export const AGENT_NODE = 'n8n-nodes-callhub.callHubAgent';
export const AGENT_PASSWORD = 'agent-password-1';

/** An activated agent of the account, who can sign in with AGENT_PASSWORD. */
export function addAgent(emulator: Emulator, fields: Partial<AgentAccount> = {}): AgentAccount {
	return createAgentAccount(emulator.state, {
		username: `agent${emulator.state.collection('agents').size + 1}`,
		password: AGENT_PASSWORD,
		first_name: 'Dana',
		last_name: 'Caller',
		phone_no: '14155550100',
		...fields,
	});
}

/** The agent's token, as the agent's token page in CallHub shows it. */
export function tokenOf(emulator: Emulator, agent: AgentAccount): string {
	return issueAgentToken(emulator.tokens, agent);
}

/** A CallHub Agent API credential with a pasted agent token. */
export function tokenCredentials(emulator: Emulator, token: string): Record<string, ICredentialDataDecryptedObject> {
	return { callHubAgentApi: { authMethod: 'token', agentToken: token, baseUrl: emulator.url, sessionToken: '', sessionOwner: '' } };
}

/** A CallHub Agent API credential that signs in with the agent's username and password. */
export function passwordCredentials(
	emulator: Emulator,
	agent: AgentAccount,
	password = AGENT_PASSWORD,
): Record<string, ICredentialDataDecryptedObject> {
	return {
		callHubAgentApi: { authMethod: 'usernamePassword', username: agent.username, password, baseUrl: emulator.url, sessionToken: '', sessionOwner: '' },
	};
}

export const SCRIPT: ScriptSectionFields[] = [
	{ type: 'text', title: 'Introduction', content: 'Hi, I am calling about the election.' },
	{ type: 'question', title: 'Will you vote?', content: 'Will you vote?', question_type: 'multiple_choice', choices: ['Yes', 'No'] },
	{ type: 'question', title: 'Comments', content: 'Anything else?', question_type: 'text' },
];

/** A running call-center campaign the agent is assigned to, calling a phone book of `contacts` contacts. */
export function addAgentCampaign(
	emulator: Emulator,
	agents: AgentAccount[],
	options: { name?: string; contacts?: number; sections?: ScriptSectionFields[] } = {},
): { campaign: AgentCampaign; contacts: Contact[] } {
	const first = emulator.state.contacts.size;
	const contacts = Array.from({ length: options.contacts ?? 3 }, (_, index) =>
		addContact(emulator, {
			contact: `1303${String(first + index).padStart(7, '0')}`,
			mobile: `1720${String(first + index).padStart(7, '0')}`,
			first_name: `Voter ${first + index}`,
		}),
	);
	const book = addPhoneBook(emulator, `${options.name ?? 'Campaign'} list`, contacts);
	const campaign = createAgentCampaign(emulator.state, {
		name: options.name ?? 'Get Out The Vote',
		phonebooks: [book.id],
		agents: agents.map((agent) => agent.id),
		sections: options.sections ?? SCRIPT,
	});
	return { campaign, contacts };
}

/** Runs the CallHub Agent node through n8n-core against the emulator. */
export async function runAgent(options: Omit<RunOptions, 'nodeType'>): Promise<RunResult> {
	return await runNode({ ...options, nodeType: AGENT_NODE });
}
