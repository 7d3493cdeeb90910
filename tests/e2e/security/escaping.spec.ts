import { AccountPages } from '../pages/AccountPages';
import { AccountSettingsPage } from '../pages/AccountSettingsPage';
import { expect, test } from '../fixtures';

// What a learner types is shown back as text, never run or parsed as HTML.

const SCRIPT = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';

test('a reflection and a name holding HTML render as text', async ({ page }) => {
	await new AccountPages(page).signUp('Ari');
	const settings = new AccountSettingsPage(page);
	await settings.open();
	await settings.changeName('<b>Ari</b>');
	await expect(page.getByText('Signed in as <b>Ari</b>')).toBeVisible();

	await page.goto('/learn/start-here/how-this-course-works');
	const box = page.getByRole('textbox', { name: /What made you open this course today/ });
	await box.fill(SCRIPT);
	await page.locator('form', { has: box }).getByRole('button', { name: 'Save' }).click();
	await expect(page.locator('form', { has: box }).getByRole('status')).toHaveText('Saved.');
	await page.reload();
	await expect(box).toHaveValue(SCRIPT);
	expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
	await expect(page.locator('b', { hasText: 'Ari' })).toHaveCount(0);
	await expect(page.locator('img[src="x"]')).toHaveCount(0);

	// The server's HTML carries both escaped, never as markup: the name as text, the reflection
	// in the lesson island's props attribute with `<` and `"` as entities.
	const html = await (await page.request.get('/learn/start-here/how-this-course-works')).text();
	expect(html).not.toContain('<script>window.__pwned');
	expect(html).not.toContain('<b>Ari</b>');
	expect(html).toContain('Signed in as &lt;b>Ari&lt;/b>');
	expect(html).toContain('&lt;script>window.__pwned = 1&lt;/script>&lt;img src=x onerror=\\&quot;');
});
