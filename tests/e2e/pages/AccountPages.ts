import { expect, type Page } from '@playwright/test';
import { BASE_URL } from '../../../playwright.config';
import { PASSWORD, uniqueEmail } from '../fixtures';

/** Sign-up, log-in and log-out as a person does them: by label and role. */
export class AccountPages {
	constructor(readonly page: Page) {}

	/**
	 * Opens a form page and waits until its scripts have loaded: on a busy machine, typing before
	 * hydration can be wiped when the form hydrates (a field then arrives empty).
	 */
	private async open(path: string) {
		await this.page.goto(path);
		await this.page.waitForLoadState('networkidle');
	}

	/** `path` is the sign-up page's address, with any `?next=` a link gave it. */
	async signUp(name = 'Alex', email = uniqueEmail(), password = PASSWORD, path = '/signup') {
		await this.open(path);
		await this.page.getByLabel('Email').fill(email);
		await this.page.getByLabel('Your name').fill(name);
		await this.page.getByLabel('Password').fill(password);
		await this.page.getByRole('button', { name: 'Sign up' }).click();
		await expect(this.page.getByText(`Signed in as ${name}`)).toBeVisible();
		const recoveryCode = await continueFromRecoveryCode(this.page);
		return { email, password, name, recoveryCode };
	}

	async logIn(email: string, password = PASSWORD, path = '/login') {
		await this.open(path);
		await this.page.getByLabel('Email').fill(email);
		await this.page.getByLabel('Password').fill(password);
		await this.page.getByRole('button', { name: 'Log in' }).click();
	}

	/**
	 * The quickest sign-up, for tests about something else: the form posted as a browser without
	 * JavaScript would, in this page's context (so the session cookie lands here). Returns the
	 * recovery code the page after sign-up showed.
	 */
	async signUpQuickly(name = 'Alex', email = uniqueEmail(), password = PASSWORD) {
		const response = await this.page.request.post('/signup', {
			headers: { origin: BASE_URL, accept: 'text/html' },
			form: { email, displayName: name, password, next: '/me' }
		});
		const html = await response.text();
		const recoveryCode = /data-testid="recovery-code"[^>]*>([^<]+)</.exec(html)?.[1]?.trim();
		expect(recoveryCode, 'the page after sign-up shows a recovery code').toBeDefined();
		return { email, password, name, recoveryCode: recoveryCode! };
	}

	/** The quickest log-in, the same way. */
	async logInQuickly(email: string, password = PASSWORD) {
		const response = await this.page.request.post('/login', {
			headers: { origin: BASE_URL, accept: 'text/html' },
			form: { email, password, next: '/me' }
		});
		expect(response.url()).toMatch(/\/me$/);
	}

	async logOut() {
		await this.page.getByRole('button', { name: 'Log out' }).click();
		await expect(this.page.getByRole('link', { name: 'Log in' })).toBeVisible();
	}
}

/**
 * Sign-up shows the new account's recovery code once, on a page of its own; a person writes it
 * down and continues to where they were going. Returns the code as shown.
 */
export async function continueFromRecoveryCode(page: Page): Promise<string> {
	await expect(page.getByRole('heading', { level: 1, name: 'Your recovery code' })).toBeVisible();
	const code = (await page.getByTestId('recovery-code').textContent())!.trim();
	expect(code).toMatch(/^([A-Z2-9]{4}-){3}[A-Z2-9]{4}$/);
	await page.getByRole('link', { name: 'I have written it down: continue' }).click();
	return code;
}
