import { MAX_EMAIL_LENGTH } from '$lib/server/accounts';
import { checkPasswordRules } from '$lib/server/auth/password';
import { normaliseResetCode } from '$lib/server/auth/reset-codes';
import { textField } from '$lib/server/forms';
import { normaliseEmail } from '$lib/server/users';

// The forgot-password forms. Readers never return a password in `values`, so it is never re-shown.

export type ResetErrors = Partial<Record<'email' | 'code' | 'password' | 'form', string>>;

/** One answer whatever happened, so the page never says who has an account. */
export const EMAIL_SENT =
	'If an account uses that email address, we have sent it a link to set a new password. The link works for 30 minutes. If nothing arrives in a few minutes, check your spam folder.';

/** The same for an unknown email, a wrong code, and a code that is used up or expired. */
export const CODE_FAILED =
	'That email and code do not match a code that can still be used. Check both and try again.';

export const LINK_UNUSABLE =
	'This link has already been used or is more than 30 minutes old. You can ask for a new one.';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function readEmail(form: FormData): { email: string; error?: string } {
	const email = normaliseEmail(textField(form, 'email'));
	if (!email) return { email, error: 'Enter the email address of your account.' };
	if (email.length > MAX_EMAIL_LENGTH) return { email, error: 'That email address is too long.' };
	// No account can have one (sign-up refuses them), and Postgres cannot compare NUL.
	if (CONTROL.test(email) || !email.includes('@'))
		return { email, error: 'Enter an email address like name@example.com.' };
	return { email };
}

function readPassword(form: FormData): { password: string; error?: string } {
	const password = textField(form, 'password');
	return { password, error: checkPasswordRules(password) ?? undefined };
}

export function readEmailRequest(form: FormData) {
	const { email, error } = readEmail(form);
	const errors: ResetErrors = error ? { email: error } : {};
	return { values: { email }, errors };
}

export function readCodeReset(form: FormData) {
	const { email, error } = readEmail(form);
	const typed = textField(form, 'code').slice(0, 100);
	const code = normaliseResetCode(typed);
	const { password, error: passwordError } = readPassword(form);
	const errors: ResetErrors = {};
	if (error) errors.email = error;
	if (!typed.trim()) errors.code = 'Enter the code.';
	else if (!code)
		errors.code =
			'Enter the code as it was written or given to you, for example HFKD-7QXM-PRTW (12 or 16 letters and numbers).';
	if (passwordError) errors.password = passwordError;
	return { values: { email, code: typed }, code: code ?? '', password, errors };
}

export function readNewPassword(form: FormData) {
	const { password, error } = readPassword(form);
	const errors: ResetErrors = error ? { password: error } : {};
	return { password, errors };
}
