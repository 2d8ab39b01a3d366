import { startEmulator } from './server';
import { TOPICS, Variants, variantNames } from './variants';

describe('CallHub emulator: behaviour variants', () => {
	it('runs the first variant of each topic unless told otherwise', () => {
		const variants = new Variants();
		expect(variants.list()).toEqual((Object.keys(TOPICS) as Array<keyof typeof TOPICS>).map((topic) => variantNames(topic)[0]));
		expect(variants.is('cc-status-documented')).toBe(true);
		variants.set(['cc-status-mcp', 'live-agents-object']);
		expect(variants.of('ccStatus')).toBe('cc-status-mcp');
		expect(variants.is('live-agents-object')).toBe(true);
		expect(variants.is('duplicate-refused-with-contact')).toBe(true);
	});

	it('refuses an unknown name and two answers to one topic, so a typo cannot test the default', () => {
		expect(() => new Variants(['cc-status-mpc'])).toThrow('Unknown emulator variant "cc-status-mpc"');
		expect(() => new Variants(['live-agents-array', 'live-agents-page'])).toThrow('two answers to one topic');
	});

	it('changes variants at run time through POST /__emulator/variants, kept across a reset', async () => {
		const emulator = await startEmulator({ variants: ['cc-status-mcp'] });
		try {
			const post = async (body: unknown) =>
				await fetch(`${emulator.url}/__emulator/variants`, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
			expect(emulator.variants.is('cc-status-mcp')).toBe(true);
			const changed = await post({ variants: ['sms-schedule-required'] });
			expect(changed.status).toBe(200);
			expect(((await changed.json()) as { variants: string[] }).variants).toContain('sms-schedule-required');
			expect(emulator.variants.is('cc-status-documented')).toBe(true);
			emulator.reset();
			expect(emulator.variants.is('sms-schedule-required')).toBe(true);
			const refused = await post({ variants: ['nope'] });
			expect(refused.status).toBe(400);
		} finally {
			await emulator.close();
		}
	});
});
