import { expect, type Page } from '@playwright/test';
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
		return { email, password, name };
	}

	async logIn(email: string, password = PASSWORD, path = '/login') {
		await this.open(path);
		await this.page.getByLabel('Email').fill(email);
		await this.page.getByLabel('Password').fill(password);
		await this.page.getByRole('button', { name: 'Log in' }).click();
	}

	async logOut() {
		await this.page.getByRole('button', { name: 'Log out' }).click();
		await expect(this.page.getByRole('link', { name: 'Log in' })).toBeVisible();
	}
}
