import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { decodeHex, encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { and, eq, gt, inArray, isNotNull, isNull, lte, or } from 'drizzle-orm';
import type { Database } from '$lib/server/db';
import {
	credentialReset,
	user as userTable,
	type CredentialResetKind
} from '$lib/server/db/schema';
import { setPassword } from '$lib/server/account-settings';
import { accountKey, clearFailures } from '$lib/server/auth/rate-limit';
import {
	RECOVERY_CODE_LENGTH,
	RESET_CODE_LENGTH,
	groupCode,
	randomCode
} from '$lib/server/auth/reset-codes';
import { hashSecret, invalidateUserSessions } from '$lib/server/auth/session';
import { newId } from '$lib/server/ids';
import { normaliseEmail } from '$lib/server/users';

// Three single-use ways back into an account whose password is forgotten: a link by email, a
// recovery code the person keeps, and a reset code a counselor or an admin makes. Each stores only
// SHA-256 of its secret (as sessions do), sets a new password and nothing else, and ends every
// session of the account, so a phone that was lost or taken is signed out too.

/** OWASP Forgot Password Cheat Sheet: a reset link should expire soon. */
export const EMAIL_LINK_LIFETIME_MS = 30 * 60 * 1000;
/** Long enough to get home from the clinic, short enough that a lost note soon opens nothing. */
export const RESET_CODE_LIFETIME_MS = 24 * 60 * 60 * 1000;

const LINK_SECRET_BYTES = 20; // 160 bits, as a session secret

async function userIdFor(db: Database, email: string): Promise<string | null> {
	const [row] = await db
		.select({ id: userTable.id })
		.from(userTable)
		.where(eq(userTable.email, normaliseEmail(email)));
	return row?.id ?? null;
}

/** Stores a new secret of `kind` for the user, replacing any earlier unused one of that kind. */
async function store(
	db: Database,
	userId: string,
	kind: CredentialResetKind,
	secret: string,
	expiresAt: Date | null,
	createdBy: string | null,
	now: Date
): Promise<void> {
	await db.transaction(async (tx) => {
		await tx
			.delete(credentialReset)
			.where(
				and(
					eq(credentialReset.userId, userId),
					eq(credentialReset.kind, kind),
					isNull(credentialReset.usedAt)
				)
			);
		await tx.insert(credentialReset).values({
			id: newId(),
			userId,
			kind,
			secretHash: hashSecret(secret),
			createdBy,
			createdAt: now,
			expiresAt
		});
	});
}

/**
 * A link token for the account with this email, or null when there is none. The caller answers
 * the same either way; only the account's owner receives the token, by email.
 */
export async function startEmailReset(
	db: Database,
	email: string,
	now = new Date()
): Promise<string | null> {
	const userId = await userIdFor(db, email);
	if (!userId) return null;
	const token = encodeBase32LowerCaseNoPadding(
		crypto.getRandomValues(new Uint8Array(LINK_SECRET_BYTES))
	);
	const expiresAt = new Date(now.getTime() + EMAIL_LINK_LIFETIME_MS);
	await store(db, userId, 'email_link', token, expiresAt, null, now);
	return token;
}

/** A new recovery code for the person to keep (grouped for reading); the old one stops working. */
export async function makeRecoveryCode(
	db: Database,
	userId: string,
	now = new Date()
): Promise<string> {
	const code = randomCode(RECOVERY_CODE_LENGTH);
	await store(db, userId, 'recovery_code', code, null, userId, now);
	return groupCode(code);
}

/** A reset code a counselor or an admin (`createdBy`) gives a person, valid for a day. */
export async function makeResetCode(
	db: Database,
	userId: string,
	createdBy: string,
	now = new Date()
): Promise<{ code: string; expiresAt: Date }> {
	const code = randomCode(RESET_CODE_LENGTH);
	const expiresAt = new Date(now.getTime() + RESET_CODE_LIFETIME_MS);
	await store(db, userId, 'reset_code', code, expiresAt, createdBy, now);
	return { code: groupCode(code), expiresAt };
}

const usable = (now: Date) =>
	and(
		isNull(credentialReset.usedAt),
		or(isNull(credentialReset.expiresAt), gt(credentialReset.expiresAt, now))
	);

/** Whether an email link can still be used (for showing the form; using it checks again). */
export async function emailLinkUsable(db: Database, token: string, now = new Date()) {
	if (!token || token.length > 100) return false;
	const [row] = await db
		.select({ id: credentialReset.id })
		.from(credentialReset)
		.where(
			and(
				eq(credentialReset.secretHash, hashSecret(token)),
				eq(credentialReset.kind, 'email_link'),
				usable(now)
			)
		);
	return Boolean(row);
}

export type Redeemed = { ok: true; kind: CredentialResetKind } | { ok: false };

/**
 * Uses the row up and sets the password, in one transaction: the `used_at is null` condition
 * lets exactly one of two concurrent uses through. Every session of the account ends.
 */
async function redeem(db: Database, rowId: string, password: string, now: Date): Promise<Redeemed> {
	return db.transaction(async (tx) => {
		const [claimed] = await tx
			.update(credentialReset)
			.set({ usedAt: now })
			.where(and(eq(credentialReset.id, rowId), usable(now)))
			.returning({ userId: credentialReset.userId, kind: credentialReset.kind });
		if (!claimed) return { ok: false } as const;
		await setPassword(tx, claimed.userId, password);
		await invalidateUserSessions(tx, claimed.userId);
		const [owner] = await tx
			.select({ email: userTable.email })
			.from(userTable)
			.where(eq(userTable.id, claimed.userId));
		if (owner) await clearFailures(tx, accountKey(owner.email));
		return { ok: true, kind: claimed.kind } as const;
	});
}

/** Sets a new password with an email link; false when the link is unknown, used or expired. */
export async function resetWithEmailLink(
	db: Database,
	token: string,
	password: string,
	now = new Date()
): Promise<Redeemed> {
	if (!token || token.length > 100) return { ok: false };
	const [row] = await db
		.select({ id: credentialReset.id })
		.from(credentialReset)
		.where(
			and(eq(credentialReset.secretHash, hashSecret(token)), eq(credentialReset.kind, 'email_link'))
		);
	return row ? redeem(db, row.id, password, now) : { ok: false };
}

/**
 * Sets a new password with a recovery code or a reset code (`code` already normalised). An
 * unknown email, a wrong code and a used or expired one all give `{ ok: false }`.
 */
export async function resetWithCode(
	db: Database,
	email: string,
	code: string,
	password: string,
	now = new Date()
): Promise<Redeemed> {
	const userId = await userIdFor(db, email);
	const rows = userId
		? await db
				.select({ id: credentialReset.id, secretHash: credentialReset.secretHash })
				.from(credentialReset)
				.where(
					and(
						eq(credentialReset.userId, userId),
						inArray(credentialReset.kind, ['recovery_code', 'reset_code']),
						usable(now)
					)
				)
		: [];
	const given = decodeHex(hashSecret(code));
	const match = rows.find((row) => constantTimeEqual(given, decodeHex(row.secretHash)));
	return match ? redeem(db, match.id, password, now) : { ok: false };
}

/** Removes what can no longer be used: used links and codes, and expired ones. */
export async function deleteSpentResets(db: Database, now = new Date()): Promise<number> {
	const gone = await db
		.delete(credentialReset)
		.where(or(isNotNull(credentialReset.usedAt), lte(credentialReset.expiresAt, now)))
		.returning({ id: credentialReset.id });
	return gone.length;
}
