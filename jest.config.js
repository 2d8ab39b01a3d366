/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	testPathIgnorePatterns: ['/node_modules/', '/test/e2e/', '/test/bench/'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json', diagnostics: false }],
	},
	setupFilesAfterEnv: ['<rootDir>/test/harness/setupEnv.ts'],
	testTimeout: 30000,
	// Much of the suite waits (rate limits, backoff) rather than computes: more workers than cores
	// overlap those waits (about 60 s instead of 140 s on 2 cores).
	maxWorkers: 3,
};
