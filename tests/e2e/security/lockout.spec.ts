import type { APIRequest, Page } from '@playwright/test';
import { AccountPages } from '../pages/AccountPages';
import { PASSWORD, expect, newPersonPage, test } from '../fixtures';

// A stranger who knows a learner's email must not be able to keep them out (OWASP: account
// lockout as denial of service). Each browser here has its own address (fixtures.ts).

const WRONG = { password: 'a wrong long guess' };

/** A wrong-password post for `email` from this page's address, as a script would send it. */
async function wrongPassword(page: Page, email: string) {
	const response = await page.request.post('/login', {
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
		form: { email, ...WRONG },
		maxRedirects: 0
	});
	return response.status();
}

/** The same from an address of its own, as from one machine of many. */
async function wrongPasswordFrom(
	requests: APIRequest,
	baseURL: string,
	address: string,
	email: string
) {
	const origin = new URL(baseURL).origin;
	const request = await requests.newContext({
		baseURL,
		extraHTTPHeaders: { 'x-forwarded-for': address, origin, accept: 'text/html' }
	});
	const response = await request.post('/login', { form: { email, ...WRONG }, maxRedirects: 0 });
	await request.dispose();
	return response.status();
}

test('thirty wrong passwords from one address do not keep the learner out elsewhere or at home', async ({
	page,
	browser
}) => {
	const { email } = await new AccountPages(page).signUp('Harper');
	await new AccountPages(page).logOut();

	const stranger = await newPersonPage(browser);
	await stranger.goto('/login');
	// Twenty at once (as a script would: all are checked before any is counted), then ten more.
	const statuses = await Promise.all(
		Array.from({ length: 20 }, () => wrongPassword(stranger, email))
	);
	for (let i = 0; i < 10; i++) statuses.push(await wrongPassword(stranger, email));
	// The stranger's own address is held back…
	expect(statuses).toContain(429);

	// …but the learner on another network (a browser that never signed in) gets in at once,
	const elsewhere = await newPersonPage(browser);
	await new AccountPages(elsewhere).logIn(email);
	await expect(elsewhere.getByText('Signed in as Harper')).toBeVisible();
	// and so does their own browser.
	await new AccountPages(page).logIn(email);
	await expect(page.getByText('Signed in as Harper')).toBeVisible();
	await stranger.context().close();
	await elsewhere.context().close();
});

test('guesses spread over many addresses hold back unknown browsers, never the learner’s own', async ({
	page,
	browser,
	playwright,
	baseURL
}) => {
	const { email } = await new AccountPages(page).signUp('Rowan');
	await new AccountPages(page).logOut();

	// Thirty addresses, one wrong password each: all the account’s ceiling allows.
	for (let i = 0; i < 30; i++) {
		expect(await wrongPasswordFrom(playwright.request, baseURL!, `192.0.2.${i + 1}`, email)).toBe(
			400
		);
	}

	// A browser that never signed in to this account now waits, with the calm message…
	const unknown = await newPersonPage(browser);
	await new AccountPages(unknown).logIn(email);
	await expect(unknown.getByRole('alert')).toContainText('Too many tries.');

	// …while the learner's own browser, which signed in before, gets straight in.
	await new AccountPages(page).logIn(email, PASSWORD);
	await expect(page.getByText('Signed in as Rowan')).toBeVisible();
	const cookies = await page.context().cookies();
	const device = cookies.find((c) => c.name === 'rewire_device');
	expect(device?.httpOnly).toBe(true);
	expect(device?.sameSite).toBe('Strict');
	expect(device?.value).not.toContain(email.split('@')[0]!);
	await unknown.context().close();
});
