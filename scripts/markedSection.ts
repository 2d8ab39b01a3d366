/*
 * Generated parts of README.md and BENCHMARKS.md sit between two HTML comment markers
 * (`<!-- name:start -->` … `<!-- name:end -->`); these read and replace what is between them.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export interface Markers {
	start: string;
	end: string;
}

export function markers(name: string): Markers {
	return { start: `<!-- ${name}:start -->`, end: `<!-- ${name}:end -->` };
}

function bounds(text: string, { start, end }: Markers, file: string): [number, number] {
	const from = text.indexOf(start);
	const to = text.indexOf(end);
	if (from === -1 || to < from) throw new Error(`${file} has no ${start} … ${end} markers`);
	return [from + start.length, to];
}

/** What stands between the markers in a file, without the surrounding blank lines. */
export function readMarkedSection(file: string, section: Markers): string {
	const text = readFileSync(file, 'utf8');
	const [from, to] = bounds(text, section, file);
	return text.slice(from, to).trim();
}

/** Replaces what stands between the markers in a file with `content`. */
export function writeMarkedSection(file: string, section: Markers, content: string): void {
	const text = readFileSync(file, 'utf8');
	const [from, to] = bounds(text, section, file);
	writeFileSync(file, `${text.slice(0, from)}\n${content}\n${text.slice(to)}`);
}

/** A generator script's entry: `--write` puts `render()` into the file's section, otherwise prints it. */
export function writeOrPrint(file: string, section: Markers, render: () => string): void {
	if (process.argv.includes('--write')) writeMarkedSection(file, section, render());
	else process.stdout.write(`${render()}\n`);
}
