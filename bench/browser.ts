import { chromium, type Browser, type BrowserContext } from '@playwright/test';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/chromium';

export { CHROMIUM_ARGS, CHROMIUM_PATH };

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
