import type { Locator, Page } from '@playwright/test';
import { adminPage, acceptByLink, grantCounselor, makeInvitation } from '../pages/CounselorPages';
import { AccountPages } from '../pages/AccountPages';
import { expect, newPersonPage, test, uniqueEmail } from '../fixtures';

// WCAG 2.2: controls at least 44 × 44 px (2.5.5, enhanced); targets inside a sentence (a
// citation, a glossary word) at least 24 × 24 px with no two overlapping (2.5.8).
const LARGE = 44;
const SMALL = 24;
const LESSON = '/learn/reward-system/what-reward-is';

type Box = { x: number; y: number; width: number; height: number };

async function boxes(targets: Locator): Promise<Box[]> {
	return targets.evaluateAll((els) =>
		els.map((el) => {
			const r = el.getBoundingClientRect();
			return { x: r.x, y: r.y, width: r.width, height: r.height };
		})
	);
}

/** Rounded down a little: sub-pixel layout reports 43.99 for a 2.75rem box. */
function expectAtLeast(list: Box[], size: number, what: string) {
	expect(list.length, what).toBeGreaterThan(0);
	for (const b of list) {
		expect(Math.round(b.width), `${what} width`).toBeGreaterThanOrEqual(size);
		expect(Math.round(b.height), `${what} height`).toBeGreaterThanOrEqual(size);
	}
}

const overlaps = (a: Box, b: Box) =>
	a.x + 0.5 < b.x + b.width &&
	b.x + 0.5 < a.x + a.width &&
	a.y + 0.5 < b.y + b.height &&
	b.y + 0.5 < a.y + a.height;

/** The first of a page's inline buttons whose text is followed by a full stop. */
async function termBeforeFullStop(page: Page): Promise<Locator> {
	const index = await page
		.locator('[data-disclosure]')
		.evaluateAll((wraps) =>
			wraps.findIndex(
				(w) =>
					w.querySelector('.panel')?.previousSibling?.textContent === '.' ||
					w.nextSibling?.textContent?.startsWith('.')
			)
		);
	expect(index).toBeGreaterThanOrEqual(0);
	return page.locator('[data-disclosure]').nth(index);
}

for (const width of [360, 1280]) {
	test.describe(`at ${width} px`, () => {
		test.use({ viewport: { width, height: 740 } });

		test('a lesson’s citations, glossary words, breadcrumbs and Close are big enough to tap', async ({
			page
		}) => {
			await page.goto(LESSON);
			const inline = page.locator('[data-disclosure] > button.trigger');
			const list = await boxes(inline);
			expectAtLeast(list, SMALL, 'citation or glossary word');
			for (let i = 0; i < list.length; i += 1) {
				for (let j = i + 1; j < list.length; j += 1) {
					expect(overlaps(list[i]!, list[j]!), `targets ${i} and ${j} overlap`).toBe(false);
				}
			}
			expectAtLeast(
				await boxes(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link')),
				LARGE,
				'breadcrumb link'
			);

			const word = await termBeforeFullStop(page);
			const button = word.locator(':scope > button.trigger');
			await button.click();
			const close = word.getByRole('button', { name: 'Close' });
			await expect(close).toBeVisible();
			expectAtLeast(await boxes(close), LARGE, 'Close');
			// The full stop stays on the line of its word, not alone above the box.
			const [wordTop, stopTop] = await word.evaluate((wrap) => {
				const stop = wrap.querySelector('.panel')!.previousSibling!;
				const range = document.createRange();
				range.selectNodeContents(stop);
				return [
					wrap.querySelector('button.trigger')!.getBoundingClientRect().top,
					range.getBoundingClientRect().top
				];
			});
			expect(Math.abs(wordTop - stopTop)).toBeLessThan(12);
		});
	});
}

test('the counselor’s client links and the admin search box are big enough to tap', async ({
	page,
	browser
}, testInfo) => {
	await page.setViewportSize({ width: 360, height: 740 });
	const counselorEmail = uniqueEmail('dana');
	await new AccountPages(page).signUp('Dana Counselor', counselorEmail);
	const admin = await adminPage(browser, testInfo.workerIndex);
	await admin.setViewportSize({ width: 360, height: 740 });
	await admin.goto('/admin/users');
	const search = admin.getByRole('searchbox', { name: 'Search by email' });
	expectAtLeast(await boxes(search), LARGE, 'admin search box');
	const fontSize = await search.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	expect(fontSize).toBeGreaterThanOrEqual(16);
	await grantCounselor(admin, counselorEmail);
	await admin.context().close();

	const { link } = await makeInvitation(page, 'R.');
	const client = await newPersonPage(browser);
	await acceptByLink(client, link, 'Ro', uniqueEmail('ro'));
	await client.getByRole('button', { name: /^Yes, share my progress/ }).click();
	await client.context().close();

	await page.goto('/counselor');
	expectAtLeast(
		await boxes(page.getByRole('link', { name: 'Ro', exact: true })),
		LARGE,
		'client link'
	);
});
