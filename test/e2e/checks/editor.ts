import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

import { expect } from 'expect';
import type { Page } from 'playwright-core';
import { chromium } from 'playwright-core';

import { CallHubTrigger } from '../../../nodes/CallHubTrigger/CallHubTrigger.node';
import type { Emulator } from '../../emulator/server';
import type { Owner } from '../../n8n/rest';
import { anId, requestLine } from '../scenario';

/** What the node panel shows for the CallHub entry (the action node merged with its trigger). */
const TRIGGER_DESCRIPTION = new CallHubTrigger().description.description;

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
	return existsSync(CHROMIUM);
}

/**
 * What a newcomer does in n8n's editor: log in, add the CallHub node from the node panel, pick
 * "Create a contact", fill it in and run it with "Execute step" against the sandbox credential. The
 * screenshot shows the parameters as n8n renders them from the package's description, and the output.
 */
export async function createContactInEditor(url: string, owner: Owner, emulator: Emulator, screenshot: string, failureShot: string): Promise<void> {
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		headless: true,
		args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
	const page = await (await browser.newContext({ baseURL: url, viewport: { width: 1440, height: 900 } })).newPage();
	page.setDefaultTimeout(60000);
	try {
		emulator.reset();
		const login = await page.request.post('/rest/login', { data: { emailOrLdapLoginId: owner.email, email: owner.email, password: owner.password } });
		if (!login.ok()) throw new Error(`Login answered ${login.status()}: ${await login.text()}`);

		// A new workflow opens on the trigger panel; CallHub is an action, added after a manual trigger.
		await page.goto('/workflow/new');
		const creator = page.locator('[data-test-id="node-creator"]');
		await page.locator('[data-test-id="canvas-plus-button"]').click();
		await creator.locator('[data-test-id="node-creator-node-item"]', { hasText: 'Trigger manually' }).click();
		await page.locator('[data-test-id="canvas-handle-plus"]').first().click();
		// Organisers search for what they do, not for the vendor: the codex's aliases make CallHub come
		// up. n8n shows one entry for an action node and its trigger, with the trigger's description: its
		// `generateMergedNodesAndActions` (n8n-editor-ui 2.41.1, dist/assets/workflows.store-*.js) sets
		// `mergedNode.description = trigger.description` for every trigger named like an action node
		// that has actions, n8n's own Twilio included.
		for (const words of ['sms', 'phone bank']) {
			await page.locator('[data-test-id="node-creator-search-bar"]').fill(words);
			await creator.getByText('CallHub', { exact: true }).first().waitFor();
			await creator.getByText(TRIGGER_DESCRIPTION).first().waitFor();
		}
		await page.locator('[data-test-id="node-creator-search-bar"]').fill('CallHub');
		await creator.getByText('CallHub', { exact: true }).first().click();
		await creator.getByText('Create a contact', { exact: true }).click();

		const ndv = page.locator('[data-test-id="ndv"]');
		await fill(page, ndv.locator('[data-test-id="parameter-input-contact"] input'), '+14155550123');
		await ndv.locator('[data-test-id="collection-parameter-add"]').first().click();
		await page.locator('[data-test-id="collection-parameter-option"]', { hasText: 'First Name' }).click();
		await fill(page, ndv.locator('[data-test-id="parameter-input-first_name"] input'), 'Jane');
		expect({
			credential: await ndv.locator('[data-test-id="node-credentials-select"] input').inputValue(),
			resource: await ndv.locator('[data-test-id="parameter-input-resource"] input').inputValue(),
			operation: await ndv.locator('[data-test-id="parameter-input-operation"] input').inputValue(),
			labels: await ndv.locator('[data-test-id="node-parameters"]').innerText(),
		}).toEqual({
			credential: 'CallHub Sandbox',
			resource: 'Contact',
			operation: 'Create',
			labels: expect.stringMatching(/Phone Number[\s\S]*Additional Fields[\s\S]*First Name[\s\S]*Custom Fields[\s\S]*Simplify/),
		});

		await ndv.locator('[data-test-id="node-execute-button"]').first().click();
		await ndv.locator('[data-test-id="node-run-status-success"]').waitFor();
		const created = emulator.log.filter((entry) => entry.method === 'POST');
		expect(created.map((entry) => ({ request: requestLine(entry), body: entry.body, authorization: entry.authorization }))).toEqual([
			{ request: 'POST /v1/contacts/', body: { contact: '+14155550123', first_name: 'Jane' }, authorization: `Token ${emulator.apiKey}` },
		]);
		const id = [...emulator.state.contacts.values()].find((contact) => contact.contact === '14155550123')?.id;
		expect(id).toEqual(anId);
		await page.locator('[data-test-id="output-panel"]').getByText(id as string).first().waitFor();

		mkdirSync(dirname(screenshot), { recursive: true });
		await page.screenshot({ path: screenshot });
	} catch (error) {
		await page.screenshot({ path: failureShot }).catch(() => undefined);
		throw new Error(`${(error as Error).message}\n(the editor at that moment: ${failureShot})`);
	} finally {
		await browser.close();
	}
}

/** Types a value and leaves the field, so n8n's input tip does not cover the next parameter. */
async function fill(page: Page, input: ReturnType<Page['locator']>, value: string): Promise<void> {
	await input.fill(value);
	await input.blur();
	await page.waitForTimeout(200);
}
