import type { Database } from '$lib/server/db';
import { deleteExpiredSessions } from '$lib/server/auth/session';
import { deleteStaleRateLimits } from '$lib/server/auth/rate-limit';

/** How often the server removes rows whose time is up (hooks.server.ts). */
export const SWEEP_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Removes what is kept only for a while (PRIVACY.md, "How long it is kept"): expired sessions and
 * sign-in counters nobody has touched for a day. Safe in several processes at once: each is one
 * DELETE of rows that are already past their time.
 */
export async function sweepExpiredRows(db: Database, now = new Date()) {
	const sessions = await deleteExpiredSessions(db, now);
	const rateLimits = await deleteStaleRateLimits(db, now);
	return { sessions, rateLimits };
}
