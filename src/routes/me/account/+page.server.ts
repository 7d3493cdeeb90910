import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import {
	DELETE_CONFIRMATION,
	WRONG_PASSWORD,
	changeDisplayName,
	deleteAccount,
	passwordMatches,
	readAccountDeletion,
	readDisplayName,
	readPasswordChange,
	setPassword
} from '$lib/server/account-settings';
import { clearSessionCookie, setSessionCookie } from '$lib/server/auth/cookies';
import { clearDeviceCookie, passwordTryFrom } from '$lib/server/auth/device-cookie';
import {
	clearPasswordFailures,
	passwordTryAllowed,
	recordPasswordFailure,
	tooManyTries,
	type PasswordTry
} from '$lib/server/auth/rate-limit';
import { createSession, invalidateUserSessions } from '$lib/server/auth/session';

// Plain HTML, no client scripts: see $lib/plain-pages.ts.
export const csr = false;

const HERE = '/me/account';

export const load: PageServerLoad = ({ locals, setHeaders }) => {
	if (!locals.user) redirect(303, `/login?next=${HERE}`);
	setHeaders({ 'cache-control': 'private, no-store' });
	return {
		account: { displayName: locals.user.displayName, email: locals.user.email },
		confirmValue: DELETE_CONFIRMATION
	};
};

function signedIn(event: RequestEvent) {
	const { user } = event.locals;
	if (!user) redirect(303, `/login?next=${HERE}`);
	return user;
}

/**
 * Forms that take the password are throttled like log-in: a stolen session must not become a
 * way to guess the password, so the same counters apply (auth/rate-limit.ts).
 */
async function throttled(event: RequestEvent, attempt: PasswordTry) {
	const verdict = await passwordTryAllowed(event.locals.db, attempt);
	if (verdict.allowed) return null;
	event.setHeaders({ 'retry-after': String(verdict.retryAfterSeconds) });
	return tooManyTries(verdict.retryAfterSeconds);
}

export const actions: Actions = {
	name: async (event) => {
		const user = signedIn(event);
		const { values, errors } = readDisplayName(await event.request.formData());
		if (errors.displayName) return fail(400, { name: { values, errors } });
		await changeDisplayName(event.locals.db, user.id, values.displayName);
		// The page and header render after this in the same request: show the new name there too.
		user.displayName = values.displayName;
		return { name: { values, errors, saved: true } };
	},

	password: async (event) => {
		const user = signedIn(event);
		const { db } = event.locals;
		const { current, next, errors } = readPasswordChange(await event.request.formData());
		const attempt = await passwordTryFrom(event, user.email);
		const refused = await throttled(event, attempt);
		if (refused) return fail(429, { password: { errors: { form: refused } } });
		if (Object.keys(errors).length > 0) return fail(400, { password: { errors } });
		if (!(await passwordMatches(db, user.id, current))) {
			await recordPasswordFailure(db, attempt);
			return fail(400, { password: { errors: { currentPassword: WRONG_PASSWORD } } });
		}
		await setPassword(db, user.id, next);
		// Every session ends, this one too, so a token someone else may hold is worthless now;
		// this browser carries on with a fresh one.
		await invalidateUserSessions(db, user.id);
		const { token, session } = await createSession(db, user.id);
		setSessionCookie(event, token, session.expiresAt);
		await clearPasswordFailures(db, attempt);
		return { password: { errors: {}, saved: true } };
	},

	delete: async (event) => {
		const user = signedIn(event);
		const { db } = event.locals;
		const { password, errors } = readAccountDeletion(await event.request.formData());
		const attempt = await passwordTryFrom(event, user.email);
		const refused = await throttled(event, attempt);
		if (refused) return fail(429, { remove: { errors: { form: refused } } });
		if (Object.keys(errors).length > 0) return fail(400, { remove: { errors } });
		if (!(await passwordMatches(db, user.id, password))) {
			await recordPasswordFailure(db, attempt);
			return fail(400, { remove: { errors: { password: WRONG_PASSWORD } } });
		}
		await deleteAccount(db, { id: user.id, email: user.email });
		clearSessionCookie(event);
		clearDeviceCookie(event);
		redirect(303, '/account-deleted');
	}
};
