import { chromium, type Browser, type Page } from '@playwright/test';

// The same flags Playwright's config uses for the system Chromium (see DESIGN.md).
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Signs a new learner up through the form, as a person would; the page keeps the session. */
export async function signUpLearner(page: Page, email: string, password: string) {
	await page.goto('/signup');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Your name').fill('Bench');
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign up' }).click();
	await page.getByText('Signed in as Bench').waitFor({ timeout: 90_000 });
}
