import { expect, expectNoA11yViolations, test } from '../fixtures';

const PAGES = [
	{ path: '/privacy', heading: 'Privacy', shows: 'What is stored, and why' },
	{ path: '/about', heading: 'About this course', shows: 'Found a mistake?' },
	{ path: '/accessibility', heading: 'Accessibility', shows: 'WCAG' }
];

for (const { path, heading, shows } of PAGES) {
	test(`${path} is a plain page for everyone, readable at 320 px and 1280 px`, async ({ page }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		// A guest's copy may be kept (nothing personal in it); no SvelteKit client is loaded.
		expect(response?.headers()['cache-control'] ?? '').not.toMatch(/private|no-store/);
		expect(await response?.text()).not.toContain('/_app/immutable/entry/');
		await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
		await expect(page.getByRole('main')).toContainText(shows);
		await expectNoA11yViolations(page);
		await page.setViewportSize({ width: 320, height: 640 });
		await page.reload();
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)
		).toBeLessThanOrEqual(0);
		await expectNoA11yViolations(page);
	});
}

test('the privacy notice is PRIVACY.md, with its tables and no link that goes nowhere', async ({
	page
}) => {
	await page.goto('/privacy');
	await expect(page.getByRole('table').first()).toContainText('Email address');
	await expect(page.getByRole('heading', { name: 'Delete your account' })).toBeVisible();
	for (const href of await page
		.getByRole('main')
		.locator('a')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
		expect(href).not.toMatch(/\.md(#|$)/);
	}
});

test('the footer links to about, privacy and accessibility; sign-up links to privacy', async ({
	page
}) => {
	await page.goto('/');
	const footer = page.getByRole('navigation', { name: 'About Rewire' });
	for (const [name, path] of [
		['About this course', '/about'],
		['Privacy', '/privacy'],
		['Accessibility', '/accessibility']
	] as const) {
		await expect(footer.getByRole('link', { name })).toHaveAttribute('href', path);
	}
	await footer.getByRole('link', { name: 'Accessibility' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Accessibility' })).toBeVisible();
	await page.goto('/signup');
	await page.getByRole('main').getByRole('link', { name: 'privacy notice' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Privacy' })).toBeVisible();
});
