import type { Page } from '@playwright/test';
import { AccountPages } from '../pages/AccountPages';
import { PASSWORD, expect, test } from '../fixtures';

// Where sign-up and log-in send a person afterwards (`?next=`): always a page of this site,
// decided as the browser reads the Location header, and never a 500 on a strange value.

const HOSTILE = [
	'/\t/evil.example',
	'/\r/evil.example',
	'/\n/x',
	'/\u3000/x',
	'/\uFF0F/evil.example',
	'/.//evil.example',
	'//evil.example',
	'///evil.example',
	'/\\evil.example',
	'/%2F%2Fevil.example',
	'javascript:alert(1)',
	'data:text/html,<p>elsewhere</p>',
	'https://evil.example/',
	`/${'a'.repeat(5000)}`
];

const shown = (value: string) => JSON.stringify(value).slice(0, 30);

/**
 * Records every request that leaves this site (answered here with a stub, as there is no network)
 * and every 5xx, so a test can say the browser never went elsewhere and nothing failed.
 */
async function watch(page: Page, baseURL: string) {
	const { origin } = new URL(baseURL);
	const elsewhere: string[] = [];
	const failures: string[] = [];
	await page.context().route(
		(url) => url.origin !== origin,
		(route) => {
			elsewhere.push(route.request().url());
			return route.fulfill({ status: 200, contentType: 'text/html', body: '<p>elsewhere</p>' });
		}
	);
	page.on('response', (response) => {
		if (response.status() >= 500) failures.push(`${response.status()} ${response.url()}`);
	});
	return { origin, elsewhere, failures };
}

for (const next of HOSTILE) {
	test(`sign-up from a link with next=${shown(next)} lands on this site`, async ({
		page,
		baseURL
	}) => {
		const seen = await watch(page, baseURL!);
		await new AccountPages(page).signUp(
			'Robin',
			undefined,
			PASSWORD,
			`/signup?next=${encodeURIComponent(next)}`
		);
		expect(new URL(page.url()).origin).toBe(seen.origin);
		expect(seen.elsewhere).toEqual([]);
		expect(seen.failures).toEqual([]);
	});
}

test('log-in with each hostile next goes to a page of this site, in the browser and as a post', async ({
	page,
	baseURL
}) => {
	const seen = await watch(page, baseURL!);
	const account = new AccountPages(page);
	const { email } = await account.signUp('Quinn');
	for (const next of HOSTILE.slice(0, 3)) {
		await account.logOut();
		await account.logIn(email, PASSWORD, `/login?next=${encodeURIComponent(next)}`);
		await expect(page.getByText('Signed in as Quinn')).toBeVisible();
		expect(new URL(page.url()).origin).toBe(seen.origin);
	}
	// A post straight to the action, as a crafted form would send it, for every value.
	for (const next of HOSTILE) {
		const response = await page.request.post('/login', {
			headers: { origin: seen.origin, accept: 'text/html' },
			form: { email, password: PASSWORD, next },
			maxRedirects: 0
		});
		expect(response.status(), shown(next)).toBe(303);
		const location = response.headers()['location'] ?? '';
		expect(new URL(location, seen.origin).origin, shown(next)).toBe(seen.origin);
	}
	expect(seen.elsewhere).toEqual([]);
	expect(seen.failures).toEqual([]);
});
