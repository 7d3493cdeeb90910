import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { tooManyTries } from '$lib/server/auth/rate-limit';
import { resetAllowed } from '$lib/server/auth/reset-throttle';
import { emailLinkUsable, resetWithEmailLink } from '$lib/server/credential-reset';
import { LINK_UNUSABLE, readNewPassword, type ResetErrors } from '$lib/server/reset-forms';
import { storable } from '$lib/text';

// Plain HTML, no client scripts: see $lib/plain-pages.ts.
export const csr = false;

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	setHeaders({ 'cache-control': 'private, no-store' });
	return { usable: await emailLinkUsable(locals.db, storable(params.token)) };
};

export const actions: Actions = {
	default: async (event) => {
		const { password, errors } = readNewPassword(await event.request.formData());
		// The link's secret has 160 bits: the address's bucket is throttle enough.
		const verdict = await resetAllowed(event.locals.db, event.getClientAddress(), '');
		if (!verdict.allowed) {
			event.setHeaders({ 'retry-after': String(verdict.retryAfterSeconds) });
			return fail(429, {
				errors: { form: tooManyTries(verdict.retryAfterSeconds) } as ResetErrors
			});
		}
		if (errors.password) return fail(400, { errors });
		const token = storable(event.params.token);
		const result = await resetWithEmailLink(event.locals.db, token, password);
		if (!result.ok) return fail(400, { errors: { form: LINK_UNUSABLE } as ResetErrors });
		return { done: true, errors: {} as ResetErrors };
	}
};
