import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Browser, type Page } from '@playwright/test';

export { expect };

let addresses = 0;
/**
 * A client address of its own for each browser, sent as X-Forwarded-For (the e2e server trusts
 * it through adapter-node's ADDRESS_HEADER), so the per-address sign-in throttle treats tests
 * as different people, as it would real learners, instead of one busy address.
 */
function clientAddress(workerIndex: number): string {
	addresses += 1;
	return `10.${workerIndex % 256}.${(addresses >> 8) % 256}.${addresses % 256}`;
}

let workerIndex = 0;

/**
 * After a navigation, waits until the page's script has run (it marks <html>), so key presses
 * and clicks reach it and not the plain server HTML. Pages that ship no script at all (an error
 * page) are ready as they are. A lesson's interactive parts come to life as they near the screen
 * (lesson-page-script.ts), a little before a person could reach them; a test acts faster than
 * that, so this scrolls to each in turn, as a reader would, and back to the top.
 */
export async function waitForHydration(page: Page): Promise<void> {
	await page.waitForFunction(
		() =>
			'hydrated' in document.documentElement.dataset ||
			!document.querySelector('script[src], link[rel="modulepreload"]')
	);
	const waiting = page.locator('[data-island]:not([data-hydrated])');
	if ((await waiting.count()) === 0) return;
	for (const part of await page.locator('[data-island] > :first-child').all()) {
		await part.scrollIntoViewIfNeeded();
	}
	await expect(waiting).toHaveCount(0);
	await page.evaluate(() => scrollTo(0, 0));
}

function waitAfterNavigation(page: Page): Page {
	const goto = page.goto.bind(page);
	const reload = page.reload.bind(page);
	page.goto = async (url, options) => {
		const response = await goto(url, options);
		if (options?.waitUntil !== 'commit') await waitForHydration(page);
		return response;
	};
	page.reload = async (options) => {
		const response = await reload(options);
		if (options?.waitUntil !== 'commit') await waitForHydration(page);
		return response;
	};
	return page;
}

export const test = base.extend<{ waitForApp: boolean }>({
	/** Off for tests that block the app's scripts on purpose. */
	waitForApp: [true, { option: true }],
	extraHTTPHeaders: async ({ extraHTTPHeaders }, use, testInfo) => {
		workerIndex = testInfo.workerIndex;
		await use({ ...extraHTTPHeaders, 'x-forwarded-for': clientAddress(workerIndex) });
	},
	page: async ({ page, javaScriptEnabled, waitForApp }, use) => {
		await use(javaScriptEnabled && waitForApp ? waitAfterNavigation(page) : page);
	}
});

/** A second person in the same test: their own browser context and their own address. */
export async function newPersonPage(
	browser: Browser,
	options: { javaScriptEnabled?: boolean } = {}
): Promise<Page> {
	// A context of its own (not browser.newPage), so axe can run on this page too. Close it with
	// `page.context().close()`.
	const context = await browser.newContext({
		...options,
		extraHTTPHeaders: { 'x-forwarded-for': clientAddress(workerIndex) }
	});
	const page = await context.newPage();
	return options.javaScriptEnabled === false ? page : waitAfterNavigation(page);
}

/** Runs axe on the page as it is now and fails with a readable list of any violations. */
export async function expectNoA11yViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).analyze();
	const summary = results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

let counter = 0;
/** An email no other test uses, so tests can run in parallel against one database. */
export function uniqueEmail(prefix = 'learner'): string {
	counter += 1;
	return `${prefix}-${Date.now().toString(36)}-${process.pid}-${counter}@example.com`;
}

export const PASSWORD = 'quiet river morning walk';
