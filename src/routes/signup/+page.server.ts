import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createAccount, readSignup, type FieldErrors } from '$lib/server/accounts';
import { startSignedInSession } from '$lib/server/auth/after-sign-in';
import { issueDeviceCookie } from '$lib/server/auth/device-cookie';
import { addressAllowed, tooManyTries } from '$lib/server/auth/rate-limit';
import { safeNext } from '$lib/server/redirect';
import { roleAtSignUp } from '$lib/server/admin';
import { handOverRecoveryCode } from '$lib/server/auth/recovery-handover';
import { makeRecoveryCode } from '$lib/server/credential-reset';
import { env } from '$env/dynamic/private';

// Plain HTML, no client scripts: see $lib/plain-pages.ts.
export const csr = false;

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
	return { next: safeNext(url.searchParams.get('next')) };
};

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const { values, password, errors } = readSignup(form);
		const verdict = await addressAllowed(event.locals.db, event.getClientAddress());
		if (!verdict.allowed) {
			event.setHeaders({ 'retry-after': String(verdict.retryAfterSeconds) });
			const refused: FieldErrors = { form: tooManyTries(verdict.retryAfterSeconds) };
			return fail(429, { values, errors: refused });
		}
		if (Object.keys(errors).length > 0) return fail(400, { values, errors });
		const created = await createAccount(event.locals.db, {
			...values,
			displayName: values.displayName ?? '',
			password,
			// Bootstrap: the addresses in ADMIN_EMAILS become admins when they sign up.
			role: roleAtSignUp(values.email, env.ADMIN_EMAILS)
		});
		if (!created.ok) return fail(400, { values, errors: created.errors });
		await startSignedInSession(event, created.value.id, form);
		await issueDeviceCookie(event, values.email);
		// The recovery code is shown once, on a page of its own that continues to `next`.
		const code = await makeRecoveryCode(event.locals.db, created.value.id);
		handOverRecoveryCode(event.cookies, code, event.url.protocol === 'https:');
		const next = safeNext(form.get('next')?.toString());
		redirect(303, `/me/recovery-code?next=${encodeURIComponent(next)}`);
	}
};
