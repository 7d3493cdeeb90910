import { eq, sql } from 'drizzle-orm';
import type { Database } from '$lib/server/db';
import { rateLimit } from '$lib/server/db/schema';

// Sign-in throttling, kept in the database so every app process shares the same counts.
// Two layers (OWASP Authentication Cheat Sheet): a token bucket per client address slows
// password spraying from one place, and growing delays per account slow guessing one password.

export interface Bucket {
	/** Requests allowed in a burst. */
	capacity: number;
	/** Tokens added back per second. */
	refillPerSecond: number;
}

/**
 * Twenty tries in a burst, then one every three seconds, per address: room for a group
 * session where a whole clinic signs up over one network, still far too slow for spraying.
 */
export const SIGN_IN_BUCKET: Bucket = { capacity: 20, refillPerSecond: 1 / 3 };

/** Failures allowed on an account before delays start; each further failure doubles the wait. */
export const FREE_FAILURES = 3;
export const MAX_DELAY_SECONDS = 15 * 60;

export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Takes one token from the bucket named `key`, refilling it for the time since it was last
 * used. One atomic statement, so concurrent requests in several processes cannot over-spend.
 */
export async function takeToken(
	db: Database,
	key: string,
	bucket: Bucket,
	now = new Date()
): Promise<Verdict> {
	const refilled = sql`least(${bucket.capacity}::real, ${rateLimit.tokens} + extract(epoch from (${now.toISOString()}::timestamptz - ${rateLimit.updatedAt})) * ${bucket.refillPerSecond})`;
	const [row] = await db
		.insert(rateLimit)
		.values({ key, tokens: bucket.capacity - 1, updatedAt: now })
		.onConflictDoUpdate({
			target: rateLimit.key,
			// Never more than one token in debt, so a flood does not lock an address out for hours.
			set: { tokens: sql`greatest(-1, ${refilled} - 1)`, updatedAt: now }
		})
		.returning({ tokens: rateLimit.tokens });
	const tokens = row?.tokens ?? 0;
	if (tokens >= 0) return { allowed: true };
	return { allowed: false, retryAfterSeconds: Math.ceil(-tokens / bucket.refillPerSecond) };
}

/** Whether an account is in a delay after repeated failed log-ins. */
export async function accountDelay(db: Database, key: string, now = new Date()): Promise<Verdict> {
	const [row] = await db
		.select({ blockedUntil: rateLimit.blockedUntil })
		.from(rateLimit)
		.where(eq(rateLimit.key, key));
	const until = row?.blockedUntil?.getTime() ?? 0;
	if (until <= now.getTime()) return { allowed: true };
	return { allowed: false, retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000) };
}

/** The wait after the n-th consecutive failure: none at first, then 1 s, 2 s, 4 s … up to 15 min. */
export function delayAfterFailures(failures: number): number {
	if (failures <= FREE_FAILURES) return 0;
	return Math.min(MAX_DELAY_SECONDS, 2 ** (failures - FREE_FAILURES - 1));
}

export async function recordFailure(db: Database, key: string, now = new Date()): Promise<void> {
	const [row] = await db
		.insert(rateLimit)
		.values({ key, tokens: 0, failures: 1, updatedAt: now })
		.onConflictDoUpdate({
			target: rateLimit.key,
			set: { failures: sql`${rateLimit.failures} + 1`, updatedAt: now }
		})
		.returning({ failures: rateLimit.failures });
	const delay = delayAfterFailures(row?.failures ?? 1);
	if (delay > 0) {
		await db
			.update(rateLimit)
			.set({ blockedUntil: new Date(now.getTime() + delay * 1000) })
			.where(eq(rateLimit.key, key));
	}
}

export async function clearFailures(db: Database, key: string): Promise<void> {
	await db.delete(rateLimit).where(eq(rateLimit.key, key));
}

export const addressKey = (address: string) => `ip:${address}`;
export const accountKey = (email: string) => `account:${email}`;

/** Both checks for a log-in attempt: the address's bucket, then the account's delay. */
export async function signInAllowed(
	db: Database,
	address: string,
	email: string
): Promise<Verdict> {
	const byAddress = await takeToken(db, addressKey(address), SIGN_IN_BUCKET);
	if (!byAddress.allowed) return byAddress;
	return email ? accountDelay(db, accountKey(email)) : { allowed: true };
}

/** The message for a refused attempt: the same for every account, so it reveals nothing. */
export function tooManyTries(seconds: number): string {
	const wait = seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
	return `Too many tries. Please wait ${wait}, then try again. Your account is safe.`;
}
