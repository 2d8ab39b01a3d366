import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import type { Emulator, EmulatorOptions } from '../emulator/server';
import { startEmulator } from '../emulator/server';
import type { RunOptions, RunResult } from './runNode';
import { runNode } from './runNode';

export interface TestBed {
	emulator: Emulator;
	credentials: Record<string, ICredentialDataDecryptedObject>;
	/** Runs the CallHub node with this emulator's credential. */
	run(options: RunOptions): Promise<RunResult>;
}

/**
 * Starts a fresh emulator for a test file (fast rates off unless asked for), and gives a `run`
 * bound to its credential. Each test calls `bed.emulator.reset()` as it needs.
 */
export function useEmulator(options: EmulatorOptions = {}): TestBed {
	const bed = {} as TestBed;
	beforeAll(async () => {
		bed.emulator = await startEmulator({
			rates: { general: 'off', search: 'off', bulk: 'off' },
			...options,
		});
		bed.credentials = { callHubApi: { apiKey: bed.emulator.apiKey, baseUrl: bed.emulator.url } };
		bed.run = async (runOptions) => await runNode({ credentials: bed.credentials, ...runOptions });
	});
	afterAll(async () => {
		await bed.emulator.close();
	});
	return bed;
}
