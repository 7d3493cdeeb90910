import { eq } from 'drizzle-orm';
import type { Database } from '$lib/server/db';
import { user as userTable, type Role } from '$lib/server/db/schema';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { normaliseEmail } from '$lib/server/users';
import { textField } from '$lib/server/forms';
import { checkPasswordRules, hashPassword, verifyPassword } from '$lib/server/auth/password';

export const MAX_EMAIL_LENGTH = 254; // RFC 5321 path limit
export const MAX_NAME_LENGTH = 60;

/** What a form gave back, so it can be re-shown: never includes a password. */
export interface AccountFormValues {
	email: string;
	displayName?: string;
}

export type FieldErrors = Partial<Record<'email' | 'displayName' | 'password' | 'form', string>>;

export type Result<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

// Deliberately loose: one @, something on each side, a dot in the domain. The real check is
// whether the person can use the address; stricter patterns mostly reject valid addresses.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const EMAIL_FORMAT = 'Enter an email address like name@example.com.';

/** Counts what a person sees as characters, not UTF-16 units. */
function length(text: string): number {
	return [...text].length;
}

/** Control characters have no place in a name shown to counselors. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** The rules for a display name (already trimmed), at sign-up and on the account page. */
export function checkDisplayName(displayName: string): string | null {
	if (!displayName) return 'Enter the name you would like us to use.';
	if (length(displayName) > MAX_NAME_LENGTH) return `Use ${MAX_NAME_LENGTH} characters or fewer.`;
	if (CONTROL.test(displayName)) return 'Use letters, numbers and spaces.';
	return null;
}

export function readSignup(form: FormData): {
	values: AccountFormValues;
	password: string;
	errors: FieldErrors;
} {
	const email = normaliseEmail(textField(form, 'email'));
	const displayName = textField(form, 'displayName').trim();
	const password = textField(form, 'password');
	const errors: FieldErrors = {};
	if (!email) errors.email = 'Enter your email address.';
	else if (email.length > MAX_EMAIL_LENGTH || !EMAIL.test(email) || CONTROL.test(email))
		errors.email = EMAIL_FORMAT;
	const nameProblem = checkDisplayName(displayName);
	if (nameProblem) errors.displayName = nameProblem;
	const passwordProblem = checkPasswordRules(password);
	if (passwordProblem) errors.password = passwordProblem;
	return { values: { email, displayName }, password, errors };
}

export function readLogin(form: FormData): {
	values: AccountFormValues;
	password: string;
	errors: FieldErrors;
} {
	const email = normaliseEmail(textField(form, 'email'));
	const password = textField(form, 'password');
	const errors: FieldErrors = {};
	if (!email) errors.email = 'Enter your email address.';
	else if (email.length > MAX_EMAIL_LENGTH) errors.email = 'That email address is too long.';
	// No account can have one (sign-up refuses them), and Postgres cannot compare NUL.
	else if (CONTROL.test(email)) errors.email = EMAIL_FORMAT;
	if (!password) errors.password = 'Enter your password.';
	else if (password.length > 1024) errors.password = 'That password is too long.';
	return { values: { email }, password, errors };
}

function newUserId(): string {
	return encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(15)));
}

export async function createAccount(
	db: Database,
	input: { email: string; displayName: string; password: string; role?: Role }
): Promise<Result<{ id: string }>> {
	const passwordHash = await hashPassword(input.password);
	const [row] = await db
		.insert(userTable)
		.values({
			id: newUserId(),
			email: normaliseEmail(input.email),
			displayName: input.displayName,
			passwordHash,
			role: input.role ?? 'learner'
		})
		.onConflictDoNothing({ target: userTable.email })
		.returning({ id: userTable.id });
	if (!row) {
		return {
			ok: false,
			errors: { email: 'An account with this email already exists. Try logging in instead.' }
		};
	}
	return { ok: true, value: row };
}

/** One message for an unknown email and a wrong password, so neither reveals who has an account. */
export const LOGIN_FAILED =
	'That email and password do not match an account. Check them and try again.';

// A real argon2id hash of a random string: verifying against it when the email is unknown
// costs the same time as a wrong password, so timing does not reveal who has an account.
let dummyHash: Promise<string> | undefined;

export async function checkCredentials(
	db: Database,
	email: string,
	password: string
): Promise<{ id: string } | null> {
	const [row] = await db
		.select({ id: userTable.id, passwordHash: userTable.passwordHash })
		.from(userTable)
		.where(eq(userTable.email, normaliseEmail(email)));
	if (!row) {
		dummyHash ??= hashPassword(crypto.randomUUID());
		await verifyPassword(await dummyHash, password);
		return null;
	}
	return (await verifyPassword(row.passwordHash, password)) ? { id: row.id } : null;
}
