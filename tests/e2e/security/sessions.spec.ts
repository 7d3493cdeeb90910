import { AccountPages } from '../pages/AccountPages';
import { PASSWORD, expect, newPersonPage, test, uniqueEmail } from '../fixtures';

// Sessions and sign-in throttling, against the built server over plain http.

test('the session cookie is HttpOnly, SameSite=Lax, Path=/ and not Secure on http', async ({
	page
}) => {
	await page.goto('/signup');
	const response = page.waitForResponse((r) => r.request().method() === 'POST');
	await page.getByLabel('Email').fill(uniqueEmail());
	await page.getByLabel('Your name').fill('Drew');
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Sign up' }).click();
	const header = (await (await response).headerValue('set-cookie')) ?? '';
	const cookie = header.split('\n').find((line) => line.startsWith('rewire_session='));
	expect(cookie).toBeDefined();
	const flags = cookie!.split(';').map((part) => part.trim().toLowerCase());
	expect(flags).toContain('httponly');
	expect(flags).toContain('samesite=lax');
	expect(flags).toContain('path=/');
	expect(flags).not.toContain('secure');
	expect(flags.some((f) => f.startsWith('expires='))).toBe(true);
	// The token is `<id>.<secret>`: 24 + 32 base32 characters (120 + 160 bits).
	expect(cookie).toMatch(/^rewire_session=[a-z2-7]{24}\.[a-z2-7]{32};/);
});

/** Posts the log-in form as a browser without JavaScript would, from this page's address. */
async function postLogin(page: import('@playwright/test').Page, email: string, password: string) {
	const response = await page.request.post('/login', {
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
		form: { email, password },
		maxRedirects: 0
	});
	const html = await response.text();
	const message = /role="alert"[^>]*>([^<]*)</.exec(html)?.[1] ?? '';
	return { status: response.status(), retryAfter: response.headers()['retry-after'], message };
}

test('unknown email and wrong password get the same status and message', async ({ page }) => {
	const { email } = await new AccountPages(page).signUp('Jesse');
	await new AccountPages(page).logOut();
	const unknown = await postLogin(page, uniqueEmail('nobody'), 'some long guess');
	const wrong = await postLogin(page, email, 'some long guess');
	expect(unknown.status).toBe(400);
	expect(wrong).toEqual(unknown);
	expect(unknown.message).toContain('do not match an account');
});

test('a burst from one address gets 429 with Retry-After; another address is unaffected', async ({
	page,
	browser
}) => {
	const other = await newPersonPage(browser);
	const { email } = await new AccountPages(other).signUp('Blake');
	await new AccountPages(other).logOut();

	await page.goto('/login');
	const results = [];
	for (let i = 0; i < 25; i++) {
		results.push(await postLogin(page, uniqueEmail('spray'), 'a wrong long guess'));
	}
	const refused = results.filter((r) => r.status === 429);
	expect(results.slice(0, 20).every((r) => r.status === 400)).toBe(true);
	expect(refused.length).toBeGreaterThan(0);
	for (const r of refused) {
		expect(Number(r.retryAfter)).toBeGreaterThan(0);
		expect(r.message).toMatch(/^Too many tries\. Please wait \d+ seconds, then try again\./);
	}

	// The other person, on their own address, signs in at once.
	await new AccountPages(other).logIn(email);
	await expect(other.getByText('Signed in as Blake')).toBeVisible();
	await other.close();
});

test('repeated wrong passwords on one account get growing waits, with the calm message', async ({
	page
}) => {
	const { email } = await new AccountPages(page).signUp('Emery');
	await new AccountPages(page).logOut();
	const results = [];
	for (let i = 0; i < 6; i++) results.push(await postLogin(page, email, 'not the right phrase'));
	expect(results.slice(0, 4).map((r) => r.status)).toEqual([400, 400, 400, 400]);
	const refused = results.find((r) => r.status === 429);
	expect(refused?.retryAfter).toMatch(/^\d+$/);
	expect(refused?.message).toContain('Your account is safe.');
});

test('changing the password ends the other sessions and keeps this one', async ({
	page,
	browser
}) => {
	const account = new AccountPages(page);
	const { email } = await account.signUp('Parker');
	const phone = await newPersonPage(browser);
	await new AccountPages(phone).logIn(email);
	await expect(phone.getByText('Signed in as Parker')).toBeVisible();
	const oldCookie = (await page.context().cookies()).find((c) => c.name === 'rewire_session');

	await page.goto('/me/account');
	await page.getByLabel('Current password').fill(PASSWORD);
	await page.getByLabel('New password').fill('a brand new long phrase');
	await page.getByRole('button', { name: 'Change password' }).click();
	await expect(page.getByRole('status')).toContainText('Your password is changed');

	// This browser carries on with a new token; the other device is signed out.
	const newCookie = (await page.context().cookies()).find((c) => c.name === 'rewire_session');
	expect(newCookie?.value).not.toBe(oldCookie?.value);
	await page.goto('/me');
	await expect(page.getByText('Signed in as Parker')).toBeVisible();
	await phone.goto('/me');
	await expect(phone).toHaveURL(/\/login/);

	// The old token is dead too, and only the new password works.
	const replay = await newPersonPage(browser);
	await replay.context().addCookies([oldCookie!]);
	await replay.goto('/me');
	await expect(replay).toHaveURL(/\/login/);
	await new AccountPages(replay).logIn(email, PASSWORD);
	await expect(replay.getByRole('alert')).toContainText('do not match an account');
	await new AccountPages(replay).logIn(email, 'a brand new long phrase');
	await expect(replay.getByText('Signed in as Parker')).toBeVisible();
	await phone.close();
	await replay.close();
});

test('guessing the current password on the account page is throttled like log-in', async ({
	page
}) => {
	await new AccountPages(page).signUp('Sage');
	const origin = new URL(page.url()).origin;
	const statuses = [];
	for (let i = 0; i < 6; i++) {
		const response = await page.request.post('/me/account?/password', {
			headers: { origin, accept: 'text/html' },
			form: { currentPassword: 'a wrong long guess', newPassword: 'a brand new long phrase' },
			maxRedirects: 0
		});
		statuses.push(response.status());
		if (response.status() === 429) {
			expect(response.headers()['retry-after']).toMatch(/^\d+$/);
			expect(await response.text()).toContain('Too many tries.');
		}
	}
	expect(statuses.slice(0, 4)).toEqual([400, 400, 400, 400]);
	expect(statuses).toContain(429);
});
