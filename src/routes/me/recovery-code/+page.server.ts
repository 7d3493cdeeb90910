import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { WRONG_PASSWORD, passwordMatches } from '$lib/server/account-settings';
import { passwordTryFrom } from '$lib/server/auth/device-cookie';
import {
	clearPasswordFailures,
	passwordTryAllowed,
	recordPasswordFailure,
	tooManyTries
} from '$lib/server/auth/rate-limit';
import { takeRecoveryCode } from '$lib/server/auth/recovery-handover';
import { makeRecoveryCode } from '$lib/server/credential-reset';
import { textField } from '$lib/server/forms';
import { safeNext } from '$lib/server/redirect';

// Plain HTML, no client scripts: see $lib/plain-pages.ts.
export const csr = false;

const HERE = '/me/recovery-code';

export const load: PageServerLoad = ({ locals, url, cookies, setHeaders }) => {
	if (!locals.user) redirect(303, `/login?next=${HERE}`);
	setHeaders({ 'cache-control': 'private, no-store' });
	return {
		code: takeRecoveryCode(cookies, url.protocol === 'https:'),
		next: safeNext(url.searchParams.get('next'))
	};
};

function signedIn(event: RequestEvent) {
	const { user } = event.locals;
	if (!user) redirect(303, `/login?next=${HERE}`);
	return user;
}

export const actions: Actions = {
	/**
	 * A new code needs the password: with only a stolen session, someone could otherwise make a
	 * code and use it to take the account. Throttled like the account page's password forms.
	 */
	new: async (event) => {
		const user = signedIn(event);
		const { db } = event.locals;
		const password = textField(await event.request.formData(), 'password');
		const attempt = await passwordTryFrom(event, user.email);
		const verdict = await passwordTryAllowed(db, attempt);
		if (!verdict.allowed) {
			event.setHeaders({ 'retry-after': String(verdict.retryAfterSeconds) });
			return fail(429, { errors: { form: tooManyTries(verdict.retryAfterSeconds) } });
		}
		if (!password) return fail(400, { errors: { password: 'Enter your password.' } });
		if (password.length > 1024 || !(await passwordMatches(db, user.id, password))) {
			await recordPasswordFailure(db, attempt);
			return fail(400, { errors: { password: WRONG_PASSWORD } });
		}
		await clearPasswordFailures(db, attempt);
		return { code: await makeRecoveryCode(db, user.id), errors: {} };
	}
};
