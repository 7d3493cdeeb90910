import { desc, eq } from 'drizzle-orm';
import type { Database } from '$lib/server/db';
import { accessLog, user } from '$lib/server/db/schema';
import { newId } from '$lib/server/ids';

// Every counselor read of client data leaves an entry the client can read. Append-only by
// design: this module has no update or delete, and nothing else writes the table.

/** 'reset code': they made a code for the client to set a new password (a write, logged too). */
export type AccessKind = 'dashboard' | 'client page' | 'caseload csv' | 'client csv' | 'reset code';

export async function recordAccess(
	db: Database,
	counselorId: string,
	clientIds: readonly string[],
	what: AccessKind,
	now = new Date()
): Promise<void> {
	if (clientIds.length === 0) return;
	await db
		.insert(accessLog)
		.values(clientIds.map((clientId) => ({ id: newId(), counselorId, clientId, what, at: now })));
}

export interface AccessEntry {
	counselorName: string;
	what: string;
	at: Date;
}

/** Who looked at a client's data and when, newest first (for /me/sharing and the data export). */
export async function accessLogFor(
	db: Database,
	clientId: string,
	limit = 500
): Promise<AccessEntry[]> {
	return db
		.select({ counselorName: user.displayName, what: accessLog.what, at: accessLog.at })
		.from(accessLog)
		.innerJoin(user, eq(user.id, accessLog.counselorId))
		.where(eq(accessLog.clientId, clientId))
		.orderBy(desc(accessLog.at), desc(accessLog.id))
		.limit(limit);
}
