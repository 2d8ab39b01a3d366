import type { INodePropertyOptions } from 'n8n-workflow';

/** The events CallHub's webhook API can register, one event per webhook. */
export const CALLHUB_EVENTS: INodePropertyOptions[] = [
	{
		name: 'Agent Activated',
		value: 'agent.activation',
		description: 'An agent activated their account with the link CallHub emailed them',
	},
	{
		name: 'Call Notes Saved',
		value: 'cc.notes',
		description: 'A call-center agent saved notes for a call, with its disposition and survey answers',
	},
	{
		name: 'Text Reply Received',
		value: 'sb.reply',
		description: 'A contact replied to a text message',
	},
	{
		name: 'Transfer Digit Pressed',
		value: 'vb.transfer',
		description: 'A contact pressed the transfer digit in a voice broadcast',
	},
];

export const EVENT_NAMES = CALLHUB_EVENTS.map((event) => String(event.value));

export function isCallHubEvent(value: unknown): value is string {
	return typeof value === 'string' && EVENT_NAMES.includes(value);
}
