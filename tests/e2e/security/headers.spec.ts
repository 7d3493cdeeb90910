import { AccountPages } from '../pages/AccountPages';
import { expect, test } from '../fixtures';

// Response headers on the built server (plain http, so no HSTS here: see
// src/lib/server/security-headers.test.ts for https).

const PUBLIC_PAGES = ['/', '/learn', '/learn/start-here/how-this-course-works', '/login', '/help'];
const PERSONAL_PAGES = [
	'/me',
	'/me/account',
	'/learn/start-here/how-this-course-works',
	'/learn/start-here/quiz',
	'/me/account/export'
];

test('every page has a strict CSP and the protective headers', async ({ page }) => {
	for (const path of PUBLIC_PAGES) {
		const response = await page.request.get(path);
		const h = response.headers();
		const csp = h['content-security-policy'] ?? '';
		expect(csp, path).toContain("frame-ancestors 'none'");
		expect(csp, path).toContain("object-src 'none'");
		const scripts = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
		expect(scripts, path).toContain("'self'");
		expect(scripts, path).not.toContain('unsafe-inline');
		expect(scripts, path).not.toContain('unsafe-eval');
		expect(h['x-content-type-options'], path).toBe('nosniff');
		expect(h['referrer-policy'], path).toBe('same-origin');
		expect(h['x-frame-options'], path).toBe('DENY');
		expect(h['strict-transport-security'], path).toBeUndefined();
	}
});

test('pages with personal data are never stored by a browser or proxy', async ({ page }) => {
	await new AccountPages(page).signUp('Noor');
	for (const path of PERSONAL_PAGES) {
		const response = await page.request.get(path);
		expect(response.status(), path).toBe(200);
		expect(response.headers()['cache-control'], path).toContain('no-store');
	}
});
