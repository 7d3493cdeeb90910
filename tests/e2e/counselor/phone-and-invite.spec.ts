import { counselorWithClient } from '../pages/CounselorPages';
import { expect, expectNoA11yViolations, test } from '../fixtures';

test('at 360 px the caseload is cards: nothing scrolls sideways, what needs attention comes first', async ({
	page,
	browser
}, testInfo) => {
	const { client } = await counselorWithClient(page, browser, testInfo.workerIndex, 'Robin');
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/counselor');
	const card = page.getByRole('list', { name: 'Clients' }).getByRole('listitem').first();
	await expect(card.getByRole('link', { name: 'Robin' })).toBeVisible();
	// Scrolling down is fine; sideways is not.
	const attention = card.getByText('On track');
	await attention.scrollIntoViewIfNeeded();
	await expect(attention).toBeInViewport();
	const box = (await attention.boundingBox())!;
	expect(box.x + box.width).toBeLessThanOrEqual(360);
	// Neither the page nor any box inside it scrolls sideways.
	const sideways = await page.evaluate(() =>
		[document.documentElement, ...document.querySelectorAll('body *')]
			.filter((el) => el.scrollWidth > el.clientWidth + 1)
			.filter(
				(el) =>
					el === document.documentElement ||
					['auto', 'scroll'].includes(getComputedStyle(el).overflowX)
			)
			.map((el) => el.className || el.tagName)
	);
	expect(sideways).toEqual([]);
	await expectNoA11yViolations(page);
	// On a wide screen the table is back, the same row in it.
	await page.setViewportSize({ width: 1280, height: 720 });
	await expect(page.getByRole('row', { name: /Robin/ })).toContainText('On track');
	await client.context().close();
});

test('an invitation’s link can be copied with one press, and read and selected without JavaScript', async ({
	page,
	browser
}, testInfo) => {
	const { client } = await counselorWithClient(page, browser, testInfo.workerIndex, 'Robin');
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/counselor/invite');
	await page.getByRole('button', { name: 'Make an invitation' }).click();
	const field = page.getByRole('textbox', { name: 'Link' });
	const link = await field.inputValue();
	expect(link).toMatch(/\/invite\/[\w-]+$/);
	await expect(field).toHaveAttribute('readonly', '');
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status')).toHaveText('Copied.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
	// "Share…" only where the browser has a share sheet.
	const canShare = await page.evaluate(() => typeof navigator.share === 'function');
	await expect(page.getByRole('button', { name: 'Share…' })).toBeVisible({ visible: canShare });
	await expectNoA11yViolations(page);

	const noScript = await browser.newContext({
		javaScriptEnabled: false,
		storageState: await page.context().storageState()
	});
	const plain = await noScript.newPage();
	await plain.goto('/counselor/invite');
	await plain.getByRole('button', { name: 'Make an invitation' }).click();
	const plainField = plain.getByRole('textbox', { name: 'Link' });
	await expect(plainField).toHaveValue(/\/invite\/[\w-]+$/);
	await expect(plain.getByRole('button', { name: 'Copy link' })).toBeHidden();
	await noScript.close();
	await client.context().close();
});
