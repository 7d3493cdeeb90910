import { chromium, type Browser, type BrowserContext } from '@playwright/test';

// The same flags Playwright's config uses for the system Chromium (see DESIGN.md).
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * Signs a new learner up with the form post itself (as with JavaScript off); the context keeps
 * the session cookie. Filling the form in the page could race its hydration on a busy machine.
 */
export async function signUpLearner(
	context: BrowserContext,
	baseURL: string,
	email: string,
	password: string
) {
	const response = await context.request.post(`${baseURL}/signup`, {
		form: { email, displayName: 'Bench', password, next: '/me' },
		headers: { origin: baseURL, accept: 'text/html' },
		maxRedirects: 0
	});
	if (response.status() !== 303) throw new Error(`sign-up answered ${response.status()}`);
}
