import { expect, type Page } from '@playwright/test';

/** /me/account: name, password, data download and deleting the account, by label and role. */
export class AccountSettingsPage {
	constructor(readonly page: Page) {}

	async open() {
		await this.page.goto('/me/account');
		await expect(this.page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
	}

	section(name: string) {
		return this.page.getByRole('region', { name });
	}

	async changeName(name: string) {
		await this.section('Your name').getByLabel('Your name').fill(name);
		await this.page.getByRole('button', { name: 'Save name' }).click();
	}

	async changePassword(current: string, next: string) {
		await this.page.getByLabel('Current password').fill(current);
		await this.page.getByLabel('New password').fill(next);
		await this.page.getByRole('button', { name: 'Change password' }).click();
	}

	async deleteAccount(password: string, confirm: boolean) {
		const section = this.section('Delete your account');
		await section.getByLabel('Your password').fill(password);
		if (confirm) await section.getByRole('checkbox').check();
		await this.page.getByRole('button', { name: 'Delete my account' }).click();
	}
}
