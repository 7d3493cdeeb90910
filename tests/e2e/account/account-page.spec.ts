import { readFile } from 'node:fs/promises';
import { AccountPages } from '../pages/AccountPages';
import { AccountSettingsPage } from '../pages/AccountSettingsPage';
import { PASSWORD, expect, expectNoA11yViolations, test } from '../fixtures';

test('a guest asking for the account page is sent to log in', async ({ page }) => {
	await page.goto('/me/account');
	await expect(page).toHaveURL(/\/login\?next=(%2F|\/)me(%2F|\/)account/);
	const download = await page.request.get('/me/account/export', { maxRedirects: 0 });
	expect(download.status()).toBe(303);
});

test('the account page is reached from the header and from My progress, and is accessible', async ({
	page
}) => {
	await new AccountPages(page).signUp('Robin');
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Account' })
		.click();
	const settings = new AccountSettingsPage(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
	await expectNoA11yViolations(page);
	await page.goto('/me');
	await page.getByRole('link', { name: 'Your account' }).click();
	await expect(page).toHaveURL(/\/me\/account$/);

	// Errors beside the fields, what was typed kept, passwords never sent back.
	await settings.changeName('   ');
	const name = settings.section('Your name').getByLabel('Your name');
	await expect(name).toHaveAccessibleDescription(/Enter the name you would like us to use/);
	await settings.changePassword('not my password', 'short');
	await expect(page.getByLabel('New password')).toHaveAccessibleDescription(/at least 8/i);
	await expect(page.getByLabel('Current password')).toHaveValue('');
	await settings.changePassword('not my password', 'a good long new phrase');
	await expect(page.getByLabel('Current password')).toHaveAccessibleDescription(
		/not your current password/
	);
	await expect(page.getByLabel('New password')).toHaveValue('');
	await settings.deleteAccount(PASSWORD, false);
	await expect(
		page.getByText('Tick the box to say you want to delete your account.')
	).toBeVisible();
	await expectNoA11yViolations(page);

	await settings.changeName('Robin Lee');
	await expect(page.getByRole('status')).toHaveText('Saved. We will call you Robin Lee.');
	await expect(page.getByText('Signed in as Robin Lee')).toBeVisible();
});

test('on a 320 px screen the account page does not scroll sideways', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 700 });
	await new AccountPages(page).signUp('Kai');
	await new AccountSettingsPage(page).open();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
});

test('"Download my data" gives a private JSON file of everything, without secrets', async ({
	page
}) => {
	const { email } = await new AccountPages(page).signUp('Jamie');
	await page.goto('/learn/start-here/how-this-course-works');
	const box = page.getByRole('textbox', { name: /What made you open this course today/ });
	await box.fill('Exported words.');
	await page.locator('form', { has: box }).getByRole('button', { name: 'Save' }).click();
	await expect(page.locator('form', { has: box }).getByRole('status')).toHaveText('Saved.');

	const settings = new AccountSettingsPage(page);
	await settings.open();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Download my data' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^rewire-my-data-\d{4}-\d{2}-\d{2}\.json$/);
	const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
	expect(file.explanation).toMatch(/Everything Rewire stores about you/);
	expect(file.sections.account.data).toMatchObject({ email, displayName: 'Jamie' });
	expect(file.sections.reflections.data).toMatchObject([{ text: 'Exported words.' }]);
	expect(file.sections.lessonProgress.data).toMatchObject([{ lesson: 'how-this-course-works' }]);
	const text = JSON.stringify(file);
	expect(text).not.toContain('argon2');
	expect(text).not.toContain('secretHash');
	const token = (await page.context().cookies()).find((c) => c.name === 'rewire_session')!.value;
	for (const part of token.split('.')) expect(text).not.toContain(part);

	const response = await page.request.get('/me/account/export');
	expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="/);
	expect(response.headers()['cache-control']).toContain('no-store');
	expect(response.headers()['content-type']).toContain('application/json');
});

test('deleting the account needs the password, ends the session and says it is done', async ({
	page,
	context
}) => {
	const account = new AccountPages(page);
	const { email } = await account.signUp('Quinn');
	const settings = new AccountSettingsPage(page);
	await settings.open();

	await settings.deleteAccount('a wrong long phrase', true);
	await expect(
		settings.section('Delete your account').getByLabel('Your password')
	).toHaveAccessibleDescription(/not your current password/);

	await settings.deleteAccount(PASSWORD, true);
	await expect(page).toHaveURL(/\/account-deleted$/);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Your account is deleted' })
	).toBeVisible();
	await expectNoA11yViolations(page);
	expect((await context.cookies()).some((c) => c.name === 'rewire_session')).toBe(false);
	await expect(page.getByRole('link', { name: 'Log in' })).toBeVisible();

	await account.logIn(email);
	await expect(page.getByRole('alert')).toContainText('do not match an account');
	// The email is free again: a new account can use it.
	await account.signUp('Quinn again', email);
});
