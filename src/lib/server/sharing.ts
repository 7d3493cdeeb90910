import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Database } from '$lib/server/db';
import { careLink, counselorNote, user } from '$lib/server/db/schema';

// The client's side of sharing: whom they share with, since when, and stopping it.

export interface SharingEntry {
	linkId: string;
	counselorName: string;
	since: Date;
	stoppedAt: Date | null;
	consentVersion: string;
	hasNote: boolean;
}

/** Every counselor the client has shared with, current ones first (for /me/sharing and export). */
export async function sharingHistory(db: Database, clientId: string): Promise<SharingEntry[]> {
	const rows = await db
		.select({
			linkId: careLink.id,
			counselorName: user.displayName,
			since: careLink.consentedAt,
			stoppedAt: careLink.revokedAt,
			consentVersion: careLink.consentVersion,
			hasNote: isNotNull(counselorNote.body).mapWith(Boolean)
		})
		.from(careLink)
		.innerJoin(user, eq(user.id, careLink.counselorId))
		.leftJoin(
			counselorNote,
			and(
				eq(counselorNote.counselorId, careLink.counselorId),
				eq(counselorNote.clientId, careLink.clientId)
			)
		)
		.where(eq(careLink.clientId, clientId))
		.orderBy(desc(careLink.consentedAt));
	return rows.sort((a, b) => Number(a.stoppedAt !== null) - Number(b.stoppedAt !== null));
}

/**
 * Stops sharing with one counselor, at once. Only the client's own active link can be stopped;
 * returns false for anything else (someone else's link, one already stopped, a made-up id).
 */
export async function stopSharing(
	db: Database,
	clientId: string,
	linkId: string,
	now = new Date()
): Promise<boolean> {
	const rows = await db
		.update(careLink)
		.set({ revokedAt: now })
		.where(
			and(eq(careLink.id, linkId), eq(careLink.clientId, clientId), isNull(careLink.revokedAt))
		)
		.returning({ id: careLink.id });
	return rows.length > 0;
}
