import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import type { Emulator, EmulatorOptions } from '../emulator/server';
import { DEFAULT_RATES, startEmulator } from '../emulator/server';
import { setUnlimitedOrigin } from '../../nodes/CallHub/shared/rateLimit';
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
		// An emulator without a general limit stands for an account nothing throttles: the node need not
		// pace its requests there (rateLimit.ts). Suites that test pacing turn the limit on.
		const general = options.rates ? (options.rates.general ?? DEFAULT_RATES.general) : 'off';
		setUnlimitedOrigin(new URL(bed.emulator.url).origin, general === 'off');
		bed.credentials = { callHubApi: { apiKey: bed.emulator.apiKey, baseUrl: bed.emulator.url } };
		bed.run = async (runOptions) => await runNode({ credentials: bed.credentials, ...runOptions });
	});
	afterAll(async () => {
		await bed.emulator.close();
	});
	return bed;
}
