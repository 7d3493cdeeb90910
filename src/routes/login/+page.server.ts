import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { LOGIN_FAILED, checkCredentials, readLogin, type FieldErrors } from '$lib/server/accounts';
import { startSignedInSession } from '$lib/server/auth/after-sign-in';
import { issueDeviceCookie, passwordTryFrom } from '$lib/server/auth/device-cookie';
import {
	clearPasswordFailures,
	passwordTryAllowed,
	recordPasswordFailure,
	tooManyTries
} from '$lib/server/auth/rate-limit';
import { safeNext } from '$lib/server/redirect';

// Plain HTML, no client scripts: see $lib/plain-pages.ts.
export const csr = false;

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
	return { next: safeNext(url.searchParams.get('next')) };
};

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const { values, password, errors } = readLogin(form);
		const { db } = event.locals;
		const attempt = await passwordTryFrom(event, values.email);
		const verdict = await passwordTryAllowed(db, attempt);
		if (!verdict.allowed) {
			event.setHeaders({ 'retry-after': String(verdict.retryAfterSeconds) });
			const refused: FieldErrors = { form: tooManyTries(verdict.retryAfterSeconds) };
			return fail(429, { values, errors: refused });
		}
		if (Object.keys(errors).length > 0) return fail(400, { values, errors });
		const account = await checkCredentials(db, values.email, password);
		if (!account) {
			await recordPasswordFailure(db, attempt);
			return fail(400, { values, errors: { ...errors, form: LOGIN_FAILED } });
		}
		await clearPasswordFailures(db, attempt);
		await startSignedInSession(event, account.id, form);
		await issueDeviceCookie(event, values.email);
		redirect(303, safeNext(form.get('next')?.toString()));
	}
};
