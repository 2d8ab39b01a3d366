/*
 * The e2e suite's own small test runner: named checks, run in order, one line each, and a summary.
 */

interface Outcome {
	name: string;
	passed: boolean;
	ms: number;
	error?: string;
}

const outcomes: Outcome[] = [];
const started = Date.now();

export function say(line: string): void {
	process.stdout.write(`${line}\n`);
}

/** Runs one named check; a failure is recorded and reported, and the suite goes on. */
export async function check(name: string, body: () => Promise<void> | void): Promise<boolean> {
	const begin = Date.now();
	try {
		await body();
		outcomes.push({ name, passed: true, ms: Date.now() - begin });
		say(`  ✓ ${name} (${seconds(Date.now() - begin)})`);
		return true;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		outcomes.push({ name, passed: false, ms: Date.now() - begin, error: message });
		say(`  ✗ ${name} (${seconds(Date.now() - begin)})\n${indent(message)}`);
		return false;
	}
}

/** A step the checks after it need (install, start); when it fails, those checks fail with it. */
export async function step<T>(name: string, body: () => Promise<T>): Promise<T | undefined> {
	const begin = Date.now();
	say(`• ${name} ...`);
	try {
		const result = await body();
		say(`  ${name}: ${seconds(Date.now() - begin)}`);
		return result;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		outcomes.push({ name, passed: false, ms: Date.now() - begin, error: message });
		say(`  ✗ ${name} failed (${seconds(Date.now() - begin)})\n${indent(message)}`);
		return undefined;
	}
}

export function summary(label = 'e2e'): number {
	const failed = outcomes.filter((outcome) => !outcome.passed);
	const passed = outcomes.length - failed.length;
	say('');
	if (failed.length) {
		say('Failed:');
		for (const outcome of failed) say(`  ✗ ${outcome.name}`);
	}
	say(`${label}: ${passed} passed, ${failed.length} failed (${seconds(Date.now() - started)})`);
	return failed.length === 0 && passed > 0 ? 0 : 1;
}

export function seconds(ms: number): string {
	return `${(ms / 1000).toFixed(1)} s`;
}

function indent(text: string): string {
	return text
		.split('\n')
		.slice(0, 60)
		.map((line) => `      ${line}`)
		.join('\n');
}
