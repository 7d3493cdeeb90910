/**
 * Pages served as plain HTML, without the app's client scripts: each one's +page.server.ts (or
 * +page.ts) says `export const csr = false`, and `plain-pages.test.ts` keeps this list and those
 * files in step. Their forms are ordinary form posts and their links ordinary links, so nothing
 * is lost; what the header does in the browser (a guest's "Continue", forgetting device data a
 * sign-in has saved), the offer of a guest's device data at log-in and sign-up, and the Print
 * button come from one small script instead ($lib/browser/plain-page-script.ts), about 1 KB
 * against the app's 43 KB floor (BENCHMARKS.md, part 1). A lesson and a quiz each have one part
 * that runs in the browser, hydrated on its own (an island) by a script of their own in
 * $lib/browser, which the root layout picks by route id.
 */
export const PLAIN_PAGES: ReadonlySet<string> = new Set([
	'/',
	'/about',
	'/accessibility',
	'/account-deleted',
	'/admin/users',
	'/counselor',
	'/counselor/assign',
	'/counselor/clients/[id]',
	'/counselor/invite',
	'/forgot',
	'/glossary',
	'/help',
	'/invite',
	'/invite/[token]',
	'/learn',
	'/learn/[module]',
	'/learn/[module]/[lesson]',
	'/learn/[module]/quiz',
	'/learn/[module]/quiz/result',
	'/login',
	'/me',
	'/me/account',
	'/me/recovery-code',
	'/me/sharing',
	'/privacy',
	'/reset/[token]',
	'/signup'
]);
