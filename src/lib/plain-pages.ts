/**
 * Pages served as plain HTML, without the app's client scripts: each one's +page.server.ts (or
 * +page.ts) says `export const csr = false`, and `plain-pages.test.ts` keeps this list and those
 * files in step. Their forms are ordinary form posts and their links ordinary links, so nothing
 * is lost; what the header does in the browser (a guest's "Continue", forgetting device data a
 * sign-in has saved), the offer of a guest's device data at log-in and sign-up, and the Print
 * button come from one small script instead ($lib/browser/plain-page-script.ts), about 1 KB
 * against the app's 43 KB floor (BENCHMARKS.md, part 1). The quiz keeps the app.
 */
export const PLAIN_PAGES: ReadonlySet<string> = new Set([
	'/',
	'/account-deleted',
	'/admin/users',
	'/counselor',
	'/counselor/assign',
	'/counselor/clients/[id]',
	'/counselor/invite',
	'/glossary',
	'/help',
	'/invite',
	'/invite/[token]',
	'/learn',
	'/learn/[module]',
	'/learn/[module]/[lesson]',
	'/login',
	'/me',
	'/me/account',
	'/me/sharing',
	'/signup'
]);

/**
 * Plain pages with one interactive part hydrated on its own (an island): a lesson's body, by
 * $lib/browser/lesson-page-script.ts, which also does what the plain pages' script does.
 */
export const ISLAND_PAGES: ReadonlySet<string> = new Set(['/learn/[module]/[lesson]']);
