import { type Page } from '@playwright/test';
import { expect, expectNoA11yViolations, PASSWORD, test, uniqueEmail } from '../fixtures';

/** The header's disclosure (a <summary>, which has no ARIA role of its own to find it by). */
const helpToggle = (page: Page) => page.locator('summary', { hasText: 'Get help now' });

test('"Get help now" opens the crisis lines from the keyboard on every page', async ({ page }) => {
	for (const path of ['/', '/learn', '/learn/start-here/how-this-course-works', '/login']) {
		await page.goto(path);
		const help = helpToggle(page);
		await help.focus();
		await page.keyboard.press('Enter');
		const lines = page.getByRole('region', { name: 'Crisis and help lines' });
		await expect(lines).toBeVisible();
		await expect(lines.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
		await expect(lines.getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
		await expect(lines.getByRole('link', { name: 'Call 1-800-662-4357' })).toBeVisible();
		await expect(lines.getByRole('link', { name: '911' })).toHaveAttribute('href', 'tel:911');
		await expectNoA11yViolations(page);
	}
});

test('every page says the course is education, not treatment', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('contentinfo')).toContainText(
		'education, not treatment or an emergency service'
	);
	await page.goto('/help');
	await expect(page.getByRole('heading', { level: 1, name: 'Get help now' })).toBeVisible();
	await expect(
		page
			.getByRole('main')
			.getByText(/naloxone/)
			.first()
	).toBeVisible();
	await expectNoA11yViolations(page);
});

test('the skip link moves focus to the main content', async ({ page }) => {
	await page.goto('/learn');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to main content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
});

test('an unknown lesson or module gets a friendly 404 with a way back', async ({ page }) => {
	for (const path of ['/learn/no-such-module', '/learn/start-here/no-such-lesson', '/nowhere']) {
		const response = await page.goto(path);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
		await expect(page.getByRole('link', { name: 'Go to the course' })).toBeVisible();
		await expectNoA11yViolations(page);
	}
});

test.describe('on a 320 px wide phone', () => {
	test.use({ viewport: { width: 320, height: 640 } });
	test('no page scrolls sideways', async ({ page }) => {
		for (const path of [
			'/',
			'/learn',
			'/learn/start-here',
			'/learn/start-here/how-this-course-works',
			'/signup',
			'/login',
			'/help'
		]) {
			await page.goto(path);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
	});
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });
	test('a person can sign up, read a lesson, open help and log out', async ({ page }) => {
		await page.goto('/signup');
		await page.getByLabel('Email').fill(uniqueEmail('nojs'));
		await page.getByLabel('Your name').fill('Morgan');
		await page.getByLabel('Password').fill(PASSWORD);
		await page.getByRole('button', { name: 'Sign up' }).click();
		await expect(page.getByText('Signed in as Morgan')).toBeVisible();
		await page.goto('/learn/start-here/how-this-course-works');
		await expect(page.getByRole('heading', { name: 'If today is hard' })).toBeVisible();
		await helpToggle(page).click();
		await expect(page.getByRole('link', { name: 'Call 988' })).toBeVisible();
		await page.getByRole('button', { name: 'Log out' }).click();
		await expect(page.getByRole('link', { name: 'Log in' })).toBeVisible();
	});
});
