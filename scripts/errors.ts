/* Prints the README's "Errors you may see" from the reliability catalog's guide (test/reliability/guide.ts). */
import type { GuideGroup } from '../test/reliability/guide';
import { GROUP_TITLES, guide } from '../test/reliability/guide';
import { markers, writeOrPrint } from './markedSection';

export const ERRORS_SECTION = markers('errors');

const INTRODUCTION = [
	'Every message says what happened and names the parameter or the cause; its description (shown under',
	"it in n8n) says what to do. None shows the API key, an agent's token or password, or a stack trace.",
	"A failure CallHub answered is shown under *From CallHub*, with CallHub's HTTP status as the error code",
	'(or the network cause, e.g. ECONNREFUSED, when CallHub could not be reached). What the node refuses',
	'itself, such as an ID that is not one or a phone number it cannot read, has no *From CallHub* section.',
	'With **On Error → Continue**, each item that fails is output with its `error`, paired with its',
	'input item (with *Continue (using error output)*, on the error output), and the other items go on.',
	'The messages below are checked by the test catalog in `test/reliability/`.',
].join('\n');

function cell(text: string): string {
	return text.replace(/\|/g, '\\|');
}

export function errorsSection(): string {
	const parts = [INTRODUCTION];
	for (const group of Object.keys(GROUP_TITLES) as GuideGroup[]) {
		const trigger = group === 'trigger';
		parts.push(`### ${GROUP_TITLES[group]}`);
		const lines = [`| ${trigger ? 'Answer' : 'Message'} | What it means | What to do |`, '| --- | --- | --- |'];
		for (const entry of guide.filter((candidate) => candidate.group === group)) {
			const message = `${trigger ? `${entry.status} ` : ''}\`${entry.message}\``;
			lines.push(`| ${cell(message)} | ${cell(entry.means)} | ${cell(entry.todo)} |`);
		}
		parts.push(lines.join('\n'));
	}
	return parts.join('\n\n');
}

/** `tsx scripts/errors.ts --write` refreshes the section in README.md; without it, prints it. */
if (require.main === module) writeOrPrint('README.md', ERRORS_SECTION, errorsSection);
