import { AccountPages } from '../pages/AccountPages';
import { expect, expectNoA11yViolations, test } from '../fixtures';

for (const javaScript of [true, false]) {
	test.describe(javaScript ? 'with JavaScript' : 'with JavaScript off', () => {
		test.use({ javaScriptEnabled: javaScript });

		test('sign-up errors are listed in a focused summary that links to each field', async ({
			page
		}) => {
			await page.goto('/signup');
			await page.getByRole('button', { name: 'Sign up' }).click();
			const summary = page.getByRole('heading', { name: 'There is a problem' }).locator('..');
			await expect(summary).toBeFocused();
			const links = summary.getByRole('link');
			await expect(links).toHaveCount(3);
			await expect(links.nth(0)).toHaveAttribute('href', '#field-email');
			await expect(links.nth(1)).toHaveAttribute('href', '#field-displayName');
			await expect(links.nth(2)).toHaveAttribute('href', '#field-password');
			await links.nth(2).click();
			await expect(page).toHaveURL(/#field-password$/);
			await expect(page.getByLabel('Password')).toBeInViewport();
		});

		test('log-in errors have the same summary', async ({ page }) => {
			await page.goto('/login');
			await page.getByRole('button', { name: 'Log in' }).click();
			const summary = page.getByRole('heading', { name: 'There is a problem' }).locator('..');
			await expect(summary).toBeFocused();
			await expect(summary.getByRole('link')).toHaveText([/^Email: /, /^Password: /]);
		});
	});
}

test('the summary has no axe violations, on sign-up and on the account page', async ({ page }) => {
	await page.goto('/signup');
	await page.getByRole('button', { name: 'Sign up' }).click();
	await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
	await expectNoA11yViolations(page);

	await new AccountPages(page).signUp('Riley');
	await page.goto('/me/account');
	await page.getByRole('button', { name: 'Change password' }).click();
	const summary = page.getByRole('heading', { name: 'There is a problem' }).locator('..');
	await expect(summary).toBeFocused();
	await expect(summary.getByRole('link').first()).toHaveAttribute('href', '#field-currentPassword');
	await expectNoA11yViolations(page);
});
