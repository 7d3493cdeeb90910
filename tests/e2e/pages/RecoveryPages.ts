import { expect, type Page } from '@playwright/test';
import { MAILBOX_URL } from '../../../playwright.config';
import type { ReceivedMail } from '../../support/mailbox';

/** The "Forgot your password?" page and what it leads to, as a person uses them. */
export class ForgotPage {
	constructor(readonly page: Page) {}

	byEmail = () => this.page.getByRole('region', { name: 'Get a link by email' });
	byCode = () => this.page.getByRole('region', { name: 'Use a recovery code or a reset code' });

	/** From the log-in page, as someone who has forgotten their password would get there. */
	async openFromLogIn() {
		await this.page.goto('/login');
		await this.page.getByRole('link', { name: 'Forgot your password?' }).click();
		await expect(
			this.page.getByRole('heading', { level: 1, name: 'Forgot your password?' })
		).toBeVisible();
	}

	async askForLink(email: string) {
		await this.byEmail().getByLabel('Email').fill(email);
		await this.byEmail().getByRole('button', { name: 'Send me a link' }).click();
		await expect(this.byEmail().getByRole('status')).toContainText(
			'If an account uses that email address'
		);
	}

	async useCode(email: string, code: string, password: string) {
		const form = this.byCode();
		await form.getByLabel('Email').fill(email);
		await form.getByLabel('Code').fill(code);
		await form.getByLabel('New password').fill(password);
		await form.getByRole('button', { name: 'Set my new password' }).click();
	}

	async expectDone() {
		await expect(this.page.getByRole('status')).toContainText('Your new password is set');
	}
}

/** Mail the site sent to `to`, as the test mailbox received it (waits for it to arrive). */
export async function mailTo(to: string, count = 1): Promise<ReceivedMail[]> {
	let mail: ReceivedMail[] = [];
	await expect
		.poll(async () => {
			const response = await fetch(`${MAILBOX_URL}/?to=${encodeURIComponent(to)}`);
			mail = (await response.json()) as ReceivedMail[];
			return mail.length;
		})
		.toBe(count);
	return mail;
}

/** The reset link in a message from the site. */
export function linkIn(mail: ReceivedMail): string {
	const link = mail.text.match(/https?:\/\/\S+\/reset\/[a-z2-7]+/)?.[0];
	expect(link, mail.text).toBeDefined();
	return link!;
}
