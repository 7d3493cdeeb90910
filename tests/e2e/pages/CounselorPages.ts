import { expect, type Browser, type Page } from '@playwright/test';
import { counselorWithClient as postedCounselorWithClient } from '../../../bench/people';
import { BASE_URL, E2E_ADMIN_EMAILS } from '../../../playwright.config';
import { PASSWORD, newPersonPage } from '../fixtures';
import { AccountPages, continueFromRecoveryCode } from './AccountPages';
import { rightAnswers } from './QuizPage';

/**
 * An admin's browser, signed in. The e2e server makes E2E_ADMIN_EMAILS admins at sign-up; each
 * worker uses its own address: the first test signs up, later ones log in.
 */
export async function adminPage(browser: Browser, workerIndex: number): Promise<Page> {
	const page = await newPersonPage(browser);
	const email = E2E_ADMIN_EMAILS[workerIndex % E2E_ADMIN_EMAILS.length]!;
	const account = new AccountPages(page);
	await account.logIn(email);
	if (!(await page.getByText('Signed in as Admin').isVisible())) {
		await account.signUp('Admin', email, PASSWORD);
	}
	await expect(page.getByRole('link', { name: 'Admin' })).toBeVisible();
	return page;
}

/** The admin page, as an admin uses it: search by email, then the button in that row. */
export async function grantCounselor(admin: Page, email: string) {
	await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
	await admin
		.getByRole('row', { name: new RegExp(email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
		.getByRole('button', { name: /^Make counselor/ })
		.click();
	await expect(admin.getByRole('status')).toContainText('is now a counselor');
}

/** Makes an invitation on /counselor/invite and returns its link and code as shown. */
export async function makeInvitation(counselor: Page, label: string) {
	await counselor.goto('/counselor/invite');
	await counselor.getByLabel('Who it is for (optional)').fill(label);
	await counselor.getByRole('button', { name: 'Make an invitation' }).click();
	const link = (await counselor.getByTestId('invite-link').inputValue()).trim();
	const code = (await counselor.getByTestId('invite-code').textContent())!.trim();
	expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
	return { link, code };
}

/** Signs up through an invitation link as a guest and says yes on the consent screen. */
export async function acceptByLink(page: Page, link: string, name: string, email: string) {
	await page.goto(link);
	await page.getByRole('main').getByRole('link', { name: 'Sign up' }).click();
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Your name').fill(name);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Sign up' }).click();
	await continueFromRecoveryCode(page);
	await expect(page.getByRole('heading', { name: /^Share your progress with / })).toBeVisible();
}

/**
 * The quickest way to a counselor with one client who shares: the site's own forms posted as a
 * browser without JavaScript would (bench/people.ts), the counselor's in this page's context.
 * Returns the client's signed-in page and the client's page address on the counselor's side.
 */
export async function counselorWithClient(
	counselor: Page,
	browser: Browser,
	workerIndex: number,
	clientName: string
) {
	const [admin, client] = [await newPersonPage(browser), await newPersonPage(browser)];
	const baseURL = new URL(BASE_URL).origin;
	const { clientId } = await postedCounselorWithClient(
		{ admin: admin.request, counselor: counselor.request, client: client.request },
		baseURL,
		E2E_ADMIN_EMAILS[workerIndex % E2E_ADMIN_EMAILS.length]!,
		clientName
	);
	await admin.context().close();
	await client.goto('/me');
	return { client, clientUrl: `/counselor/clients/${clientId}` };
}

/** Posts the "Start here" quiz with every answer right, as a browser without JavaScript does. */
export async function passStartHereQuiz(client: Page) {
	const response = await client.request.post('/learn/start-here/quiz', {
		data: rightAnswers().toString(),
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			origin: new URL(client.url()).origin,
			accept: 'text/html'
		}
	});
	expect(response.status()).toBe(200);
}
