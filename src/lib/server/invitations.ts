import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { TransactionRollbackError, and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Database } from '$lib/server/db';
import { careLink, invitation, user } from '$lib/server/db/schema';
import { hashSecret } from '$lib/server/auth/session';
import { takeToken, type Bucket, type Verdict } from '$lib/server/auth/rate-limit';
import { newId } from '$lib/server/ids';
import { CONSENT_VERSION } from '$lib/sharing/consent';

// A counselor invites a client with a single-use link (160-bit token) or a short code that can
// be read aloud. Only SHA-256 hashes of both are stored. Nothing is shared until the client,
// signed in, reads the consent screen and says yes.

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
/** No 0/O, 1/I/L or U: letters people confuse when reading a code aloud or copying it. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';
export const CODE_LENGTH = 8;
export const MAX_LABEL_LENGTH = 60;

/**
 * Code guesses per person: 10 in a burst, then one a minute. 30^8 codes and a handful of live
 * ones make guessing hopeless at that rate.
 */
export const CODE_BUCKET: Bucket = { capacity: 10, refillPerSecond: 1 / 60 };

function randomCode(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(CODE_LENGTH));
	// 256 % 30 = 16, a bias too small to matter for a rate-limited, expiring code.
	return [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}

/** ABCDEFGH → ABCD-EFGH, as shown to people. */
export function formatCode(code: string): string {
	return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** What a person typed → the code, or null if it cannot be one (spaces, dashes, case ignored). */
export function normaliseCode(input: string): string | null {
	const code = input.toUpperCase().replace(/[\s-]/g, '');
	if (code.length !== CODE_LENGTH) return null;
	return [...code].every((c) => CODE_ALPHABET.includes(c)) ? code : null;
}

export function checkLabel(label: string): string | null {
	if ([...label].length > MAX_LABEL_LENGTH) return `Use ${MAX_LABEL_LENGTH} characters or fewer.`;
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f-\u009f]/.test(label)) return 'Use letters, numbers and spaces.';
	return null;
}

export interface NewInvitation {
	id: string;
	token: string;
	code: string;
	expiresAt: Date;
}

export async function createInvitation(
	db: Database,
	counselorId: string,
	label = '',
	now = new Date()
): Promise<NewInvitation> {
	// A code collision is astronomically rare; the unique index turns one into a retry.
	for (let attempt = 0; ; attempt++) {
		const token = encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(20)));
		const code = randomCode();
		const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
		const [row] = await db
			.insert(invitation)
			.values({
				id: newId(),
				counselorId,
				tokenHash: hashSecret(token),
				codeHash: hashSecret(code),
				label,
				createdAt: now,
				expiresAt
			})
			.onConflictDoNothing()
			.returning({ id: invitation.id });
		if (row) return { id: row.id, token, code, expiresAt };
		if (attempt >= 3) throw new Error('could not create a unique invitation');
	}
}

/** Invitations not yet used, revoked or expired, newest first, for the counselor's own list. */
export async function openInvitations(db: Database, counselorId: string, now = new Date()) {
	return db
		.select({
			id: invitation.id,
			label: invitation.label,
			createdAt: invitation.createdAt,
			expiresAt: invitation.expiresAt
		})
		.from(invitation)
		.where(
			and(
				eq(invitation.counselorId, counselorId),
				isNull(invitation.usedAt),
				isNull(invitation.revokedAt),
				gt(invitation.expiresAt, now)
			)
		)
		.orderBy(desc(invitation.createdAt));
}

/** Cancels one of the counselor's own open invitations; false if it is not theirs or not open. */
export async function revokeInvitation(
	db: Database,
	counselorId: string,
	id: string,
	now = new Date()
): Promise<boolean> {
	const rows = await db
		.update(invitation)
		.set({ revokedAt: now })
		.where(
			and(
				eq(invitation.id, id),
				eq(invitation.counselorId, counselorId),
				isNull(invitation.usedAt),
				isNull(invitation.revokedAt)
			)
		)
		.returning({ id: invitation.id });
	return rows.length > 0;
}

export type InvitationKey = { token: string } | { code: string };

export type InvitationLookup =
	| { status: 'open'; counselorId: string; counselorName: string }
	| { status: 'unknown' | 'expired' | 'used' | 'own' | 'linked' };

/** The messages a client sees for an invitation that cannot be accepted. */
export const INVITATION_PROBLEMS: Record<Exclude<InvitationLookup['status'], 'open'>, string> = {
	unknown:
		'We could not find that invitation. Check the link or code with your counselor, or ask them for a new one.',
	expired: 'This invitation has expired. Ask your counselor for a new one.',
	used: 'This invitation has already been used. Ask your counselor for a new one if you need it.',
	own: 'This is your own invitation. Give the link or code to the person you want to invite.',
	linked: 'You already share your progress with this counselor. Nothing more to do.'
};

function keyCondition(key: InvitationKey) {
	return 'token' in key
		? eq(invitation.tokenHash, hashSecret(key.token))
		: eq(invitation.codeHash, hashSecret(key.code));
}

/** What the consent screen needs, or why the invitation cannot be accepted by this person. */
export async function lookUpInvitation(
	db: Database,
	key: InvitationKey,
	clientId: string | null,
	now = new Date()
): Promise<InvitationLookup> {
	const [row] = await db
		.select({
			counselorId: invitation.counselorId,
			counselorName: user.displayName,
			counselorRole: user.role,
			expiresAt: invitation.expiresAt,
			usedAt: invitation.usedAt,
			revokedAt: invitation.revokedAt
		})
		.from(invitation)
		.innerJoin(user, eq(user.id, invitation.counselorId))
		.where(keyCondition(key));
	// A revoked invitation, or one from someone who is no longer a counselor, reads as unknown.
	if (!row || row.revokedAt || row.counselorRole !== 'counselor') return { status: 'unknown' };
	if (row.usedAt) return { status: 'used' };
	if (row.expiresAt.getTime() <= now.getTime()) return { status: 'expired' };
	if (clientId === row.counselorId) return { status: 'own' };
	if (clientId) {
		const [link] = await db
			.select({ id: careLink.id })
			.from(careLink)
			.where(
				and(
					eq(careLink.counselorId, row.counselorId),
					eq(careLink.clientId, clientId),
					isNull(careLink.revokedAt)
				)
			);
		if (link) return { status: 'linked' };
	}
	return { status: 'open', counselorId: row.counselorId, counselorName: row.counselorName };
}

/**
 * The client's yes: uses the invitation up and creates the link, in one transaction, so two tabs
 * (or two people with the same code) cannot both use it.
 */
export async function acceptInvitation(
	db: Database,
	key: InvitationKey,
	clientId: string,
	now = new Date()
): Promise<InvitationLookup> {
	const found = await lookUpInvitation(db, key, clientId, now);
	if (found.status !== 'open') return found;
	try {
		return await db.transaction(async (tx) => {
			const [used] = await tx
				.update(invitation)
				.set({ usedAt: now, usedBy: clientId })
				.where(
					and(
						keyCondition(key),
						isNull(invitation.usedAt),
						isNull(invitation.revokedAt),
						gt(invitation.expiresAt, now)
					)
				)
				.returning({ id: invitation.id });
			if (!used) return { status: 'used' } as const;
			const [link] = await tx
				.insert(careLink)
				.values({
					id: newId(),
					counselorId: found.counselorId,
					clientId,
					invitationId: used.id,
					consentVersion: CONSENT_VERSION,
					consentedAt: now
				})
				.onConflictDoNothing()
				.returning({ id: careLink.id });
			// Linked meanwhile through another invitation: leave this one unused.
			if (!link) tx.rollback();
			return found;
		});
	} catch (error) {
		if (error instanceof TransactionRollbackError) return { status: 'linked' };
		throw error;
	}
}

/** One bucket per signed-in person for code guesses (codes are short, so they are throttled). */
export function codeAttemptAllowed(db: Database, userId: string): Promise<Verdict> {
	return takeToken(db, `invite-code:${userId}`, CODE_BUCKET);
}
