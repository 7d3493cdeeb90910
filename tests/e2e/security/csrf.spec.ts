import type { APIRequestContext } from '@playwright/test';
import { AccountPages } from '../pages/AccountPages';
import { expect, test, uniqueEmail } from '../fixtures';
import { formActionsInRoutes, unsafeEndpointsInRoutes } from './routes';
import { ACTIONS, ENDPOINTS } from './targets';

// Cross-site request forgery, against the built server: a page elsewhere posting to Rewire with
// the learner's cookie must be refused (403) whatever the content type says, and nothing may
// change. Each request below would change something if it were accepted.

const BOUNDARY = '----rewire-csrf-test';

/** The body each content type means, so the server could have read it had it said yes. */
function encode(type: string, fields: Record<string, string>): string {
	const kind = type.toLowerCase().split(';')[0]?.trim();
	const entries = Object.entries(fields);
	if (kind === 'multipart/form-data') {
		return (
			entries
				.map(
					([k, v]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`
				)
				.join('') + `--${BOUNDARY}--\r\n`
		);
	}
	if (kind === 'text/plain') return entries.map(([k, v]) => `${k}=${v}`).join('\r\n');
	if (kind === 'application/json') return JSON.stringify(fields);
	return new URLSearchParams(fields).toString();
}

const CONTENT_TYPES = [
	'application/x-www-form-urlencoded',
	'APPLICATION/X-WWW-FORM-URLENCODED',
	'application/x-www-form-urlencoded; charset=UTF-8',
	`multipart/form-data; boundary=${BOUNDARY}`,
	`MULTIPART/FORM-DATA; boundary=${BOUNDARY}`,
	'text/plain',
	'TEXT/PLAIN;charset=utf-8',
	' Text/Plain ',
	'application/json',
	'application/octet-stream'
];

/** No Origin at all, another site, an opaque origin (sandboxed frame), and a sibling port. */
const ORIGINS: (string | undefined)[] = [
	undefined,
	'https://evil.example',
	'null',
	'http://127.0.0.1:1'
];

test('the lists below match the route files, so no action or endpoint is forgotten', () => {
	expect(formActionsInRoutes().sort()).toEqual(Object.keys(ACTIONS).sort());
	expect(unsafeEndpointsInRoutes().sort()).toEqual(Object.keys(ENDPOINTS).sort());
});

async function exported(request: APIRequestContext) {
	const response = await request.get('/me/account/export');
	expect(response.status()).toBe(200);
	return (await response.json()).sections as Record<string, { data: unknown }>;
}

test('cross-site posts to every form action and endpoint are refused, and change nothing', async ({
	page
}) => {
	test.setTimeout(180_000);
	const account = new AccountPages(page);
	const { email } = await account.signUp('Rowan');
	const before = await exported(page.request);

	let sent = 0;
	for (const [name, action] of Object.entries(ACTIONS)) {
		for (const type of CONTENT_TYPES) {
			for (const origin of ORIGINS) {
				const response = await page.request.post(action.url, {
					headers: { 'content-type': type, ...(origin ? { origin } : {}) },
					data: encode(type, action.fields),
					maxRedirects: 0
				});
				expect(response.status(), `${name} as ${type} from ${origin ?? 'no origin'}`).toBe(403);
				sent += 1;
			}
		}
	}
	for (const [name, endpoint] of Object.entries(ENDPOINTS)) {
		for (const type of ['application/json', 'text/plain', 'APPLICATION/JSON']) {
			for (const origin of ORIGINS) {
				const response = await page.request[endpoint.method](endpoint.url, {
					headers: { 'content-type': type, ...(origin ? { origin } : {}) },
					data: JSON.stringify(endpoint.json)
				});
				expect(response.status(), `${name} as ${type} from ${origin ?? 'no origin'}`).toBe(403);
				sent += 1;
			}
		}
	}
	expect(sent).toBeGreaterThan(300);

	// Still signed in, same name, nothing written, nothing deleted, no account made.
	const after = await exported(page.request);
	expect(after.account).toEqual(before.account);
	for (const section of ['lessonProgress', 'quizAttempts', 'reflections', 'tools'])
		expect(after[section]?.data, section).toEqual([]);
	await account.logOut();
	await account.logIn(email);
	await expect(page.getByText('Signed in as Rowan')).toBeVisible();
	await account.logOut();
	await account.logIn('csrf-made@example.com');
	await expect(page.getByRole('alert')).toContainText('do not match an account');
});

test('the same post from the site itself is accepted (the check above can fail)', async ({
	page
}) => {
	await new AccountPages(page).signUp('Sasha', uniqueEmail('csrf-control'));
	const origin = new URL(page.url()).origin;
	const response = await page.request.post('/me/account?/name', {
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin, accept: 'text/html' },
		data: 'displayName=Sasha%20B',
		maxRedirects: 0
	});
	expect(response.status()).toBe(200);
	expect(await response.text()).toContain('Saved. We will call you Sasha B.');
	await page.goto('/me/account');
	await expect(page.getByText('Signed in as Sasha B')).toBeVisible();
});

test('nothing changes state on GET', async ({ page }) => {
	const account = new AccountPages(page);
	await account.signUp('Morgan');
	const before = await exported(page.request);
	// GET /logout only redirects; GETs of action URLs render the page.
	await page.goto('/logout');
	for (const action of Object.values(ACTIONS)) {
		const response = await page.request.get(action.url, { maxRedirects: 0 });
		expect(response.status(), action.url).toBeLessThan(500);
	}
	await page.goto('/me');
	await expect(page.getByText('Signed in as Morgan')).toBeVisible();
	const after = await exported(page.request);
	expect(after.account).toEqual(before.account);
	expect(after.reflections?.data).toEqual([]);
	expect(after.quizAttempts?.data).toEqual([]);
});
