import { eq } from 'drizzle-orm';
import type { Database } from '$lib/server/db';
import { user as userTable } from '$lib/server/db/schema';
import { checkDisplayName } from '$lib/server/accounts';
import { textField } from '$lib/server/forms';
import { checkPasswordRules, hashPassword, verifyPassword } from '$lib/server/auth/password';
import { deletePersonalData, type DataSubject } from '$lib/server/personal-data';

// The forms on /me/account: a new display name, a new password, and deleting the account.
// Readers never return a password in `values`, so nothing typed as a password is ever re-shown.

export type NameErrors = Partial<Record<'displayName' | 'form', string>>;
export type PasswordErrors = Partial<Record<'currentPassword' | 'newPassword' | 'form', string>>;
export type DeleteErrors = Partial<Record<'password' | 'confirm' | 'form', string>>;

export const WRONG_PASSWORD = 'That is not your current password. Check it and try again.';

/** Longest password we read at all: far above the rules' ceiling, so hashing stays cheap. */
const MAX_READ_PASSWORD = 1024;

export function readDisplayName(form: FormData): {
	values: { displayName: string };
	errors: NameErrors;
} {
	const displayName = textField(form, 'displayName').trim();
	const problem = checkDisplayName(displayName);
	return { values: { displayName }, errors: problem ? { displayName: problem } : {} };
}

export function readPasswordChange(form: FormData): {
	current: string;
	next: string;
	errors: PasswordErrors;
} {
	const current = textField(form, 'currentPassword');
	const next = textField(form, 'newPassword');
	const errors: PasswordErrors = {};
	if (!current) errors.currentPassword = 'Enter your current password.';
	else if (current.length > MAX_READ_PASSWORD) errors.currentPassword = WRONG_PASSWORD;
	const problem = checkPasswordRules(next);
	if (problem) errors.newPassword = problem;
	return { current, next, errors };
}

/** The box a person ticks to say they mean it; its value must be exactly this. */
export const DELETE_CONFIRMATION = 'delete-everything';

export function readAccountDeletion(form: FormData): {
	password: string;
	errors: DeleteErrors;
} {
	const password = textField(form, 'password');
	const errors: DeleteErrors = {};
	if (!password) errors.password = 'Enter your password.';
	else if (password.length > MAX_READ_PASSWORD) errors.password = WRONG_PASSWORD;
	if (textField(form, 'confirm') !== DELETE_CONFIRMATION) {
		errors.confirm = 'Tick the box to say you want to delete your account.';
	}
	return { password, errors };
}

/** True when `password` is this account's password (one argon2 verification). */
export async function passwordMatches(
	db: Database,
	userId: string,
	password: string
): Promise<boolean> {
	const [row] = await db
		.select({ passwordHash: userTable.passwordHash })
		.from(userTable)
		.where(eq(userTable.id, userId));
	return row ? verifyPassword(row.passwordHash, password) : false;
}

export async function changeDisplayName(
	db: Database,
	userId: string,
	displayName: string
): Promise<void> {
	await db.update(userTable).set({ displayName }).where(eq(userTable.id, userId));
}

/** Stores a new password hash; the caller ends the sessions (see the account page's action). */
export async function setPassword(db: Database, userId: string, password: string): Promise<void> {
	const passwordHash = await hashPassword(password);
	await db.update(userTable).set({ passwordHash }).where(eq(userTable.id, userId));
}

/** Deletes the account and every row about it (see personal-data.ts for what that covers). */
export function deleteAccount(db: Database, subject: DataSubject): Promise<void> {
	return deletePersonalData(db, subject);
}
