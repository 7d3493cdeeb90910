import { test, expect, uniqueEmail } from '../fixtures';
import { kb, measurePageScripts } from '../../../bench/measure-js';
import { JS_BUDGET_BYTES, PAGES, pathFor } from '../../../bench/pages';
import { counselorWithClient, signUp } from '../../../bench/people';
import { E2E_ADMIN_EMAILS } from '../../../playwright.config';

// Bytes, not timings: the gzip JavaScript each page type loads (see bench/pages.ts for the list
// and DESIGN.md for the budgets); `npm run bench` reports the same figures in BENCHMARKS.md.
for (const target of PAGES) {
	const budget = JS_BUDGET_BYTES[target.budget];
	test(`${target.name} loads no more gzip JavaScript than its ${kb(budget)} KB budget`, async ({
		page,
		baseURL,
		playwright
	}, testInfo) => {
		let clientId = '';
		if (target.as === 'counselor') {
			// This page's own context becomes the counselor's; the admin and client browse apart.
			const other = (n: number) =>
				playwright.request.newContext({
					extraHTTPHeaders: { 'x-forwarded-for': `10.200.${testInfo.workerIndex}.${n}` }
				});
			const [admin, client] = await Promise.all([other(1), other(2)]);
			const adminEmail = E2E_ADMIN_EMAILS[testInfo.workerIndex % E2E_ADMIN_EMAILS.length]!;
			({ clientId } = await counselorWithClient(
				{ admin, counselor: page.request, client },
				baseURL!,
				adminEmail
			));
			await Promise.all([admin.dispose(), client.dispose()]);
		}
		if (target.as === 'learner') {
			// The form post itself (as with JavaScript off): the session cookie lands in this browser
			// context, and the page is then opened cold, as the measurement needs.
			await signUp(page.request, baseURL!, uniqueEmail(), 'Alex');
		}
		const measured = await measurePageScripts(page, pathFor(target, clientId));
		const list = measured.scripts
			.sort((a, b) => b.gzip - a.gzip)
			.map((s) => `${kb(s.gzip)} KB ${s.url}`)
			.join('\n');
		expect(
			measured.total,
			`${target.path} loads ${kb(measured.total)} KB:\n${list}`
		).toBeLessThanOrEqual(budget);
	});
}
