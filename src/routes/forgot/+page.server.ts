import { fail, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { env } from '$env/dynamic/private';
import { tooManyTries } from '$lib/server/auth/rate-limit';
import { resetAllowed } from '$lib/server/auth/reset-throttle';
import { resetWithCode, startEmailReset } from '$lib/server/credential-reset';
import { mailSettings, sendMail } from '$lib/server/mail';
import { resetMessage } from '$lib/server/reset-mail';
import {
	CODE_FAILED,
	EMAIL_SENT,
	readCodeReset,
	readEmailRequest,
	type ResetErrors
} from '$lib/server/reset-forms';

// Plain HTML, no client scripts: see $lib/plain-pages.ts.
export const csr = false;

export const load: PageServerLoad = () => ({ mail: mailSettings(env) !== null });

/** The address's and the email's throttles; a refusal reads the same for every email. */
async function refused(event: RequestEvent, email: string): Promise<string | null> {
	const verdict = await resetAllowed(event.locals.db, event.getClientAddress(), email);
	if (verdict.allowed) return null;
	event.setHeaders({ 'retry-after': String(verdict.retryAfterSeconds) });
	return tooManyTries(verdict.retryAfterSeconds);
}

export const actions: Actions = {
	email: async (event) => {
		const { values, errors } = readEmailRequest(await event.request.formData());
		const settings = mailSettings(env);
		if (!settings)
			return fail(400, { email: { values, errors: { form: NO_MAIL } as ResetErrors } });
		const wait = await refused(event, values.email);
		if (wait) return fail(429, { email: { values, errors: { form: wait } as ResetErrors } });
		if (errors.email) return fail(400, { email: { values, errors } });
		const token = await startEmailReset(event.locals.db, values.email);
		// Not awaited: the answer must come as fast for an address with no account as for one with
		// an account, so the mail server's pace cannot tell them apart.
		if (token) {
			sendMail(settings, resetMessage(values.email, settings.origin, token)).catch((error) =>
				console.error(`Rewire: could not send a reset email: ${(error as Error).message}`)
			);
		}
		return { email: { values, errors: {} as ResetErrors, sent: EMAIL_SENT } };
	},

	code: async (event) => {
		const { values, code, password, errors } = readCodeReset(await event.request.formData());
		const wait = await refused(event, values.email);
		if (wait) return fail(429, { code: { values, errors: { form: wait } as ResetErrors } });
		if (Object.keys(errors).length > 0) return fail(400, { code: { values, errors } });
		const result = await resetWithCode(event.locals.db, values.email, code, password);
		if (!result.ok)
			return fail(400, { code: { values, errors: { form: CODE_FAILED } as ResetErrors } });
		return {
			code: {
				values: { email: values.email, code: '' },
				errors: {} as ResetErrors,
				done: result.kind
			}
		};
	}
};

const NO_MAIL = 'This site cannot send email. Use a recovery code or a reset code below.';
