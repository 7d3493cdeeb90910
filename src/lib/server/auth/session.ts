import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { decodeHex, encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { and, eq, lt, ne, or } from 'drizzle-orm';
import type { Database } from '$lib/server/db';
import { session as sessionTable, user as userTable, type Session } from '$lib/server/db/schema';

// Lucia's session design (lucia-auth.com, "Sessions"): the token is `<id>.<secret>`; the id finds
// the row, the secret proves possession. Only SHA-256(secret) is stored, so a leaked table does
// not yield working tokens, and it is compared in constant time.

export const SESSION_COOKIE = 'rewire_session';
/** A session unused for this long ends (the expiry slides forward with use). */
export const IDLE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
/** No session lives longer than this, however often it is used. */
export const ABSOLUTE_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
/** Slide the expiry at most this often, so reading a lesson does not write on every request. */
export const REFRESH_INTERVAL_MS = 60 * 60 * 1000;

const ID_BYTES = 15; // 120 bits: only needs to be unguessable enough not to collide
const SECRET_BYTES = 20; // 160 bits of entropy in the part that authenticates

export interface SessionUser {
	id: string;
	email: string;
	displayName: string;
	role: 'learner' | 'counselor' | 'admin';
}

function randomString(bytes: number): string {
	return encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(bytes)));
}

export function hashSecret(secret: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(secret)));
}

/** When a session stops being valid, given when it was created and last slid. */
export function sessionDeadline(session: Pick<Session, 'createdAt' | 'expiresAt'>): Date {
	const absolute = session.createdAt.getTime() + ABSOLUTE_LIFETIME_MS;
	return new Date(Math.min(session.expiresAt.getTime(), absolute));
}

export type SessionState = { kind: 'expired' } | { kind: 'valid'; slideTo?: Date };

/** Pure decision: is the session still valid at `now`, and should its expiry slide forward? */
export function sessionState(
	session: Pick<Session, 'createdAt' | 'expiresAt'>,
	now: Date
): SessionState {
	if (now.getTime() >= sessionDeadline(session).getTime()) return { kind: 'expired' };
	const slid = new Date(
		Math.min(now.getTime() + IDLE_LIFETIME_MS, session.createdAt.getTime() + ABSOLUTE_LIFETIME_MS)
	);
	const due = slid.getTime() - session.expiresAt.getTime() >= REFRESH_INTERVAL_MS;
	return due ? { kind: 'valid', slideTo: slid } : { kind: 'valid' };
}

export async function createSession(
	db: Database,
	userId: string,
	now = new Date()
): Promise<{ token: string; session: Session }> {
	const id = randomString(ID_BYTES);
	const secret = randomString(SECRET_BYTES);
	const [row] = await db
		.insert(sessionTable)
		.values({
			id,
			secretHash: hashSecret(secret),
			userId,
			createdAt: now,
			expiresAt: new Date(now.getTime() + IDLE_LIFETIME_MS)
		})
		.returning();
	return { token: `${id}.${secret}`, session: row as Session };
}

/**
 * Returns the session and its user for a cookie token, or null. Expired sessions are deleted;
 * a valid one has its idle expiry slid forward (at most once per REFRESH_INTERVAL_MS), and
 * `refreshed` says the cookie should be re-sent with the new expiry.
 */
export async function validateSessionToken(
	db: Database,
	token: string,
	now = new Date()
): Promise<{ session: Session; user: SessionUser; refreshed: boolean } | null> {
	const [id, secret, ...rest] = token.split('.');
	if (!id || !secret || rest.length > 0 || token.length > 200) return null;
	const [row] = await db
		.select({
			session: sessionTable,
			user: {
				id: userTable.id,
				email: userTable.email,
				displayName: userTable.displayName,
				role: userTable.role
			}
		})
		.from(sessionTable)
		.innerJoin(userTable, eq(sessionTable.userId, userTable.id))
		.where(eq(sessionTable.id, id));
	if (!row) return null;
	const given = decodeHex(hashSecret(secret));
	const stored = decodeHex(row.session.secretHash);
	if (!constantTimeEqual(given, stored)) return null;

	const state = sessionState(row.session, now);
	if (state.kind === 'expired') {
		await invalidateSession(db, id);
		return null;
	}
	if (state.slideTo) {
		await db.update(sessionTable).set({ expiresAt: state.slideTo }).where(eq(sessionTable.id, id));
		row.session.expiresAt = state.slideTo;
	}
	return { ...row, refreshed: state.slideTo !== undefined };
}

export async function invalidateSession(db: Database, sessionId: string): Promise<void> {
	await db.delete(sessionTable).where(eq(sessionTable.id, sessionId));
}

/** Ends every session of a user, except `keepSessionId` when given (e.g. after a password change). */
export async function invalidateUserSessions(
	db: Database,
	userId: string,
	keepSessionId?: string
): Promise<void> {
	await db
		.delete(sessionTable)
		.where(
			keepSessionId
				? and(eq(sessionTable.userId, userId), ne(sessionTable.id, keepSessionId))
				: eq(sessionTable.userId, userId)
		);
}

/** Removes every session past its idle or its absolute lifetime. */
export async function deleteExpiredSessions(db: Database, now = new Date()): Promise<number> {
	const createdBefore = new Date(now.getTime() - ABSOLUTE_LIFETIME_MS);
	const gone = await db
		.delete(sessionTable)
		.where(or(lt(sessionTable.expiresAt, now), lt(sessionTable.createdAt, createdBefore)))
		.returning({ id: sessionTable.id });
	return gone.length;
}
