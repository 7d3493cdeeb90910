import { and, eq } from 'drizzle-orm';
import type { Database } from '$lib/server/db';
import { counselorNote, user } from '$lib/server/db/schema';

export const MAX_NOTE_LENGTH = 4000;

/** A message for the counselor, or null when the note can be saved ('' clears it). */
export function checkNote(body: string): string | null {
	const length = [...body].length;
	return length > MAX_NOTE_LENGTH
		? `Keep the note under ${MAX_NOTE_LENGTH} characters. It has ${length}.`
		: null;
}

/** Saves the counselor's note about a client. The caller has checked the client is theirs. */
export async function saveNote(
	db: Database,
	counselorId: string,
	clientId: string,
	body: string,
	now = new Date()
): Promise<void> {
	if (!body.trim()) {
		await db
			.delete(counselorNote)
			.where(and(eq(counselorNote.counselorId, counselorId), eq(counselorNote.clientId, clientId)));
		return;
	}
	await db
		.insert(counselorNote)
		.values({ counselorId, clientId, body, updatedAt: now })
		.onConflictDoUpdate({
			target: [counselorNote.counselorId, counselorNote.clientId],
			set: { body, updatedAt: now }
		});
}

export async function noteFor(db: Database, counselorId: string, clientId: string) {
	const [row] = await db
		.select({ body: counselorNote.body, updatedAt: counselorNote.updatedAt })
		.from(counselorNote)
		.where(and(eq(counselorNote.counselorId, counselorId), eq(counselorNote.clientId, clientId)));
	return row ?? null;
}

/**
 * Every note counselors keep about a client, with who wrote it: the client sees that they exist
 * on their Sharing page and reads them in their data export (their right of access).
 */
export async function notesAbout(db: Database, clientId: string) {
	return db
		.select({
			counselorName: user.displayName,
			body: counselorNote.body,
			updatedAt: counselorNote.updatedAt
		})
		.from(counselorNote)
		.innerJoin(user, eq(user.id, counselorNote.counselorId))
		.where(eq(counselorNote.clientId, clientId))
		.orderBy(counselorNote.updatedAt);
}
