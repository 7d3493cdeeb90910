import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from '../fixtures';

const LESSON = '/learn/fire-together/cues-and-triggers';
const toggle = (page: Page) => page.locator('summary', { hasText: 'Get help now' });
const panel = (page: Page) => page.getByRole('region', { name: 'Crisis and help lines' });

/** Whether the element's whole box is inside the viewport. */
const onScreen = (page: Page, selector: string) =>
	page.locator(selector).evaluate((el) => {
		const r = el.getBoundingClientRect();
		return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
	});

for (const width of [320, 360, 1280]) {
	test.describe(`at ${width} px`, () => {
		test.use({ viewport: { width, height: 740 } });

		test('help is one tap away from the end of a long lesson, and says what to do in an overdose', async ({
			page
		}) => {
			await page.goto(LESSON);
			await page.getByRole('heading', { name: 'References' }).scrollIntoViewIfNeeded();
			expect(await onScreen(page, 'summary:has-text("Get help now")')).toBe(true);
			// One line tall, so the bar takes little of a phone's screen.
			const bar = await page.getByRole('banner').boundingBox();
			expect(bar!.height).toBeLessThanOrEqual(64);

			await toggle(page).click();
			await expect(panel(page)).toBeVisible();
			await expect(panel(page)).toContainText('If someone may have overdosed');
			await expect(panel(page)).toContainText('call 911 and give naloxone');
			await expect(panel(page)).toContainText('second dose');
			await expect(panel(page)).toContainText('stay with them');
			expect(await onScreen(page, '.panel[aria-label="Crisis and help lines"]')).toBe(true);
			await expectNoA11yViolations(page);
		});

		test('a control reached by keyboard is never hidden under the bar', async ({ page }) => {
			await page.goto(LESSON);
			await page.getByRole('heading', { name: 'References' }).scrollIntoViewIfNeeded();
			// Back up through the page with Shift+Tab, as a keyboard user reading upwards would.
			for (let i = 0; i < 8; i += 1) {
				await page.keyboard.press('Shift+Tab');
				const hidden = await page.evaluate(() => {
					const el = document.activeElement as HTMLElement | null;
					const bar = document.querySelector('header')!.getBoundingClientRect();
					if (!el || el.closest('header')) return false;
					return el.getBoundingClientRect().top < bar.bottom;
				});
				expect(hidden).toBe(false);
			}
		});
	});
}

test('the help panel closes with Escape, its Close button and a tap outside, and gives focus back', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(LESSON);
	await page.evaluate(() => scrollTo(0, document.body.scrollHeight / 2));

	await toggle(page).focus();
	await page.keyboard.press('Enter');
	await expect(panel(page)).toBeVisible();
	await panel(page).getByRole('link', { name: 'Call 988' }).focus();
	await page.keyboard.press('Escape');
	await expect(panel(page)).toBeHidden();
	await expect(toggle(page)).toBeFocused();

	await page.keyboard.press('Enter');
	await panel(page).getByRole('button', { name: 'Close' }).click();
	await expect(panel(page)).toBeHidden();
	await expect(toggle(page)).toBeFocused();

	await toggle(page).click();
	await expect(panel(page)).toBeVisible();
	await page.mouse.click(10, 700);
	await expect(panel(page)).toBeHidden();
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

	test('help still opens with one tap from the end of a lesson, with the overdose steps', async ({
		page
	}) => {
		await page.goto(LESSON);
		await page.getByRole('heading', { name: 'References' }).scrollIntoViewIfNeeded();
		await toggle(page).click();
		await expect(panel(page)).toContainText('give naloxone');
		// No script to run it, so no Close button that would do nothing.
		await expect(panel(page).getByRole('button', { name: 'Close' })).toBeHidden();
		await expect(panel(page).getByRole('link', { name: 'More ways to get help' })).toBeVisible();
	});
});
