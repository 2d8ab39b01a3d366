import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import type { Emulator, Fault } from '../emulator/server';

export type Mode = 'stop' | 'continueRegularOutput' | 'continueErrorOutput';

/** Which node a case runs: the CallHub node (CallHub API credential) or the CallHub Agent node. */
export type CaseNode = 'callHub' | 'callHubAgent';

export interface ReliabilityCase {
	/** Unique within its table: the README's error guide refers to cases by name. */
	name: string;
	/** Default: the CallHub node. */
	node?: CaseNode;
	parameters: INodeParameters | ((emulator: Emulator) => INodeParameters);
	/** Input items (default: two empty items). */
	input?: IDataObject[];
	/** Whole input items, e.g. with a file; used instead of `input`. */
	items?: (emulator: Emulator) => INodeExecutionData[];
	setup?: (emulator: Emulator) => void;
	faults?: Fault[];
	/** Credential data overriding the emulator's (the node's credential type; a bare function gets the emulator). */
	credentials?: (emulator: Emulator) => IDataObject;
	/** The run must succeed (a fault that is recovered from); `check` can look at the result. */
	recovers?: boolean;
	/** What the message must say: what happened, and the parameter or cause. */
	message?: RegExp;
	/** What the description must say: how to fix it. */
	description?: RegExp;
	/** Requests CallHub (the emulator) must have received in one run, e.g. 0 for input caught locally. */
	requests?: number;
	/** Modes to run (default: all three; slow cases run fewer). */
	modes?: Mode[];
	/**
	 * The case waits, on retry backoff or on a rate limit's Retry-After: it runs in one mode, from a
	 * test file of its own kind (backoff.test.ts, rateLimit.test.ts) that jest can run beside the others.
	 */
	waits?: 'backoff' | 'rateLimit';
	check?: (emulator: Emulator, json: IDataObject[]) => void;
	/**
	 * Who the error is about, where the emulator's log does not tell (runCatalog.ts, expectedError):
	 * `network` when CallHub was not reached (a NodeApiError naming the system's code), `callhub` for an
	 * answer CallHub gave with a success status the node cannot use (a NodeApiError with that status).
	 */
	raisedBy?: 'network' | 'callhub';
}

/** The catalog's tables, by what went wrong; the README's error guide groups messages the same way. */
export type CaseGroup = 'credential' | 'input' | 'server';
