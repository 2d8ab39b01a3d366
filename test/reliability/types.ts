import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { Emulator, Fault } from '../emulator/server';

export type Mode = 'stop' | 'continueRegularOutput' | 'continueErrorOutput';

export interface ReliabilityCase {
	name: string;
	parameters: INodeParameters | ((emulator: Emulator) => INodeParameters);
	/** Input items (default: two empty items). */
	input?: IDataObject[];
	setup?: (emulator: Emulator) => void;
	faults?: Fault[];
	/** Credential data overriding the emulator's (a bare function gets the emulator). */
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
	check?: (emulator: Emulator, json: IDataObject[]) => void;
}
