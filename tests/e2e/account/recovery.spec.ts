import type { Browser, Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../server/app-server';
import { AccountPages, continueFromRecoveryCode } from '../pages/AccountPages';
import { adminPage, acceptByLink, grantCounselor, makeInvitation } from '../pages/CounselorPages';
import { ForgotPage, linkIn, mailTo } from '../pages/RecoveryPages';
import {
	PASSWORD,
	expect,
	expectNoA11yViolations,
	newPersonPage,
	test,
	uniqueEmail
} from '../fixtures';

// Getting back into an account after forgetting the password, each of the three ways, as a
// person would: by a link sent by email (to a real SMTP server the test run starts), by the
// recovery code shown at sign-up, and by a reset code from a counselor. Each way works once and
// signs the account out everywhere else.

const NEW_PASSWORD = 'a brand new long phrase';

/** A second device signed in to the same account, e.g. a phone that was lost. */
async function otherDevice(browser: Browser, email: string): Promise<Page> {
	const phone = await newPersonPage(browser);
	await new AccountPages(phone).logInQuickly(email);
	return phone;
}

async function expectSignedOut(device: Page) {
	await device.goto('/me');
	await expect(device).toHaveURL(/\/login/);
}

async function logInWith(page: Page, email: string, password: string) {
	await new AccountPages(page).logIn(email, password);
	await expect(page.getByText('Signed in as')).toBeVisible();
}

test('a forgotten password is set anew from a link sent by email, once', async ({
	page,
	browser
}) => {
	// Casey signed up on a phone, which is still signed in; this browser has forgotten the password.
	const phone = await newPersonPage(browser);
	const { email } = await new AccountPages(phone).signUpQuickly('Casey');

	const forgot = new ForgotPage(page);
	await forgot.openFromLogIn();
	await expectNoA11yViolations(page);
	// An address with no account gets the same answer, and no mail.
	const nobody = uniqueEmail('nobody');
	await forgot.askForLink(nobody);
	const answerForNobody = await forgot.byEmail().getByRole('status').textContent();
	await forgot.askForLink(email.toUpperCase());
	expect(await forgot.byEmail().getByRole('status').textContent()).toBe(answerForNobody);
	await expect(forgot.byEmail().getByLabel('Email')).toHaveValue(email);

	const [mail] = await mailTo(email);
	expect(mail!.subject).toBe('Your Rewire password');
	expect(mail!.text).toContain('30 minutes');
	const link = linkIn(mail!);
	expect(link.startsWith(new URL(page.url()).origin)).toBe(true);
	expect(await (await fetch(`${new URL(link).origin}/`)).ok).toBe(true);

	await page.goto(link);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Choose a new password' })
	).toBeVisible();
	await expectNoA11yViolations(page);
	// The same rules as sign-up, with the error beside the field.
	await page.getByLabel('New password').fill('short');
	await page.getByRole('button', { name: 'Set my new password' }).click();
	await expect(page.getByLabel('New password')).toHaveAccessibleDescription(/at least 8/i);
	await page.getByLabel('New password').fill(NEW_PASSWORD);
	await page.getByRole('button', { name: 'Set my new password' }).click();
	await expect(page.getByRole('status')).toContainText('Your new password is set');
	await expectNoA11yViolations(page);

	await expectSignedOut(phone);
	await page.getByRole('link', { name: 'Log in' }).last().click();
	await logInWith(page, email, NEW_PASSWORD);

	// Once only.
	await page.goto(link);
	await expect(page.getByRole('alert')).toContainText('already been used');
	await expect(page.getByLabel('New password')).toHaveCount(0);
	expect(await mailTo(nobody, 0)).toEqual([]);
	await phone.context().close();
});

test('a forgotten password is set anew with the recovery code from sign-up, once', async ({
	page,
	browser
}) => {
	const account = new AccountPages(page);
	const { email, recoveryCode } = await account.signUp('Robin');
	// Shown once: coming back to the page does not show it again.
	await page.goto('/me/recovery-code');
	await expect(page.getByTestId('recovery-code')).toHaveCount(0);
	const phone = await otherDevice(browser, email);
	await account.logOut();

	const forgot = new ForgotPage(page);
	await forgot.openFromLogIn();
	// A wrong code: the same message as for an unknown email, and what was typed is kept.
	await forgot.useCode(email, 'HFKD-7QXM-PRTW-ABCD', NEW_PASSWORD);
	const wrongCode = await page.getByRole('alert').textContent();
	await forgot.useCode(uniqueEmail('nobody'), recoveryCode, NEW_PASSWORD);
	expect(await page.getByRole('alert').textContent()).toBe(wrongCode);
	// A password the sign-up rules refuse: the error beside it, email and code re-shown.
	await forgot.useCode(email, recoveryCode.toLowerCase(), 'short');
	const form = forgot.byCode();
	await expect(form.getByLabel('New password')).toHaveAccessibleDescription(/at least 8/i);
	await expect(form.getByLabel('Email')).toHaveValue(email);
	await expect(form.getByLabel('Code')).toHaveValue(recoveryCode.toLowerCase());
	await expect(form.getByLabel('New password')).toHaveValue('');
	await expectNoA11yViolations(page);

	await forgot.useCode(email, recoveryCode, NEW_PASSWORD);
	await forgot.expectDone();
	await expect(page.getByRole('status')).toContainText('Your recovery code is now used up');
	await expect(page.getByRole('status')).toContainText('Make a new recovery code');
	await expectSignedOut(phone);

	// Used up.
	await forgot.openFromLogIn();
	await forgot.useCode(email, recoveryCode, 'another long new phrase');
	await expect(page.getByRole('alert')).toHaveText(wrongCode!);
	await logInWith(page, email, NEW_PASSWORD);
	await phone.context().close();
});

test('a new recovery code, made on the account page with the password, replaces the old one', async ({
	page
}) => {
	const account = new AccountPages(page);
	const { email, recoveryCode } = await account.signUpQuickly('Lee');
	await page.goto('/me/account');
	const section = page.getByRole('region', { name: 'Recovery code' });
	await section.getByLabel('Your password').fill('not my password at all');
	await section.getByRole('button', { name: 'Make a new recovery code' }).click();
	await expect(page.getByLabel('Your password')).toHaveAccessibleDescription(/not your current/);
	await page.getByLabel('Your password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Make a new recovery code' }).click();
	const fresh = (await page.getByTestId('recovery-code').textContent())!.trim();
	expect(fresh).toMatch(/^([A-Z2-9]{4}-){3}[A-Z2-9]{4}$/);
	expect(fresh).not.toBe(recoveryCode);
	await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
	await expectNoA11yViolations(page);

	await account.logOut();
	const forgot = new ForgotPage(page);
	await forgot.openFromLogIn();
	await forgot.useCode(email, recoveryCode, NEW_PASSWORD);
	await expect(page.getByRole('alert')).toContainText('do not match a code that can still be used');
	await forgot.useCode(email, fresh, NEW_PASSWORD);
	await forgot.expectDone();
});

test('with JavaScript off, sign-up shows the recovery code and continues', async ({ browser }) => {
	const page = await newPersonPage(browser, { javaScriptEnabled: false });
	await page.goto('/signup?next=/me');
	await page.getByLabel('Email').fill(uniqueEmail());
	await page.getByLabel('Your name').fill('Jo');
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Sign up' }).click();
	// No Print button that would do nothing; the plain instruction is there.
	await expect(page.getByText('Write it on paper now, or print this page')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
	await continueFromRecoveryCode(page);
	await expect(page.getByText('Hello, Jo.')).toBeVisible();
	await page.context().close();
});

/** A counselor (this page) and Robin, a client who shares with them; returns Robin's page. */
async function counselorWithClient(page: Page, browser: Browser, workerIndex: number) {
	const counselorEmail = uniqueEmail('counselor');
	await new AccountPages(page).signUpQuickly('Dana Counselor', counselorEmail);
	const admin = await adminPage(browser, workerIndex);
	await grantCounselor(admin, counselorEmail);
	await admin.context().close();
	const { link } = await makeInvitation(page, 'R.');
	const robin = await newPersonPage(browser);
	const robinEmail = uniqueEmail('robin');
	await acceptByLink(robin, link, 'Robin', robinEmail);
	await robin.getByRole('button', { name: 'Yes, share my progress with Dana Counselor' }).click();
	await expect(robin.getByRole('status')).toContainText('You are now sharing your progress');
	await page.goto('/counselor');
	await page.getByRole('link', { name: 'Robin' }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Robin' })).toBeVisible();
	return { robin, robinEmail };
}

test('a counselor’s reset code sets a client’s new password once, and the client sees it was made', async ({
	page,
	browser
}, testInfo) => {
	const { robin, robinEmail } = await counselorWithClient(page, browser, testInfo.workerIndex);
	// Robin's phone stays signed in; on this browser Robin has forgotten the password.
	const phone = await otherDevice(browser, robinEmail);
	await new AccountPages(robin).logOut();

	await page.getByRole('button', { name: 'Make a reset code' }).click();
	const code = (await page.getByTestId('reset-code').textContent())!.trim();
	expect(code).toMatch(/^([A-Z2-9]{4}-){2}[A-Z2-9]{4}$/);

	const forgot = new ForgotPage(robin);
	await forgot.openFromLogIn();
	await forgot.useCode(robinEmail, code, NEW_PASSWORD);
	await forgot.expectDone();
	await expect(robin.getByText('recovery code is now used up')).toHaveCount(0);
	await expectSignedOut(phone);
	// Once only.
	await forgot.openFromLogIn();
	await forgot.useCode(robinEmail, code, 'another long new phrase');
	await expect(robin.getByRole('alert')).toContainText(
		'do not match a code that can still be used'
	);

	await logInWith(robin, robinEmail, NEW_PASSWORD);
	await robin.goto('/me/sharing');
	const log = robin.getByRole('table', { name: 'Each time a counselor looked at your progress' });
	await expect(log).toContainText('Made a code for you to set a new password');
	await robin.context().close();
	await phone.context().close();
});

test('a counselor cannot make a reset code once the client stops sharing', async ({
	page,
	browser
}, testInfo) => {
	const { robin } = await counselorWithClient(page, browser, testInfo.workerIndex);
	// The counselor's page is open; Robin stops sharing meanwhile.
	await robin.goto('/me/sharing');
	await robin.getByRole('button', { name: 'Stop sharing with Dana Counselor' }).click();
	await expect(robin.getByRole('status')).toContainText('You have stopped sharing');
	const refused = page.waitForResponse((r) => r.request().method() === 'POST');
	await page.getByRole('button', { name: 'Make a reset code' }).click();
	expect((await refused).status()).toBe(404);
	await expect(page.getByTestId('reset-code')).toHaveCount(0);
	await robin.goto('/me/sharing');
	await expect(
		robin.getByRole('table', { name: 'Each time a counselor looked at your progress' })
	).not.toContainText('Made a code');
	await robin.context().close();
});

test('without mail set up, the forgot page offers no link and says which ways remain', async ({
	browser
}) => {
	// A copy of the built server of its own, started without SMTP_URL.
	const dir = mkdtempSync(join(tmpdir(), 'rewire-no-mail-'));
	const server = await startServer({ PGLITE_DIR: join(dir, 'pglite') });
	const page = await newPersonPage(browser);
	try {
		await page.goto(`${server.url}/forgot`);
		await expect(
			page.getByRole('heading', { level: 1, name: 'Forgot your password?' })
		).toBeVisible();
		await expect(page.getByRole('region', { name: 'Get a link by email' })).toHaveCount(0);
		await expect(page.getByText('This site does not send email')).toBeVisible();
		const byCode = page.getByRole('region', { name: 'Use a recovery code or a reset code' });
		await expect(byCode).toContainText('recovery code');
		await expect(byCode).toContainText('from your counselor');
		await expect(byCode).toContainText('the people who run this site');
		await expectNoA11yViolations(page);
	} finally {
		await page.context().close();
		await server.kill();
		rmSync(dir, { recursive: true, force: true });
	}
});
