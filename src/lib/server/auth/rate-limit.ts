import { createHash } from 'node:crypto';
import { and, eq, lt, or, isNull, sql } from 'drizzle-orm';
import type { Database } from '$lib/server/db';
import { rateLimit } from '$lib/server/db/schema';

// Sign-in throttling, kept in the database so every app process shares the same counts.
// OWASP's Authentication Cheat Sheet (account lockout) and its "Slow Down Online Guessing Attacks
// with Device Cookies" sheet: a token bucket per client address slows spraying from one place;
// growing delays per (account, address) slow guessing one password from one place, without
// letting a stranger lock the owner out from everywhere; a looser ceiling per account holds
// back guessing spread over many addresses; and a browser that has signed in to the account
// before (a device cookie) is counted on its own instead, so that ceiling cannot keep its owner out.

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

/**
 * Failed passwords on one account from all untrusted browsers together: thirty, then one every
 * five minutes. From a single address the per-(account, address) delays allow far fewer (about
 * fourteen in the first quarter hour, then four an hour), so no one address can reach it.
 */
export const ACCOUNT_CEILING: Bucket = { capacity: 30, refillPerSecond: 1 / 300 };

/** Failures allowed from one place before delays start; each further failure doubles the wait. */
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
	now = new Date(),
	/** Also count the token as a failure (the account's ceiling, so its owner can see the count). */
	countFailure = false
): Promise<Verdict> {
	const refilled = sql`least(${bucket.capacity}::real, ${rateLimit.tokens} + extract(epoch from (${now.toISOString()}::timestamptz - ${rateLimit.updatedAt})) * ${bucket.refillPerSecond})`;
	const [row] = await db
		.insert(rateLimit)
		.values({ key, tokens: bucket.capacity - 1, failures: countFailure ? 1 : 0, updatedAt: now })
		.onConflictDoUpdate({
			target: rateLimit.key,
			// Never more than one token in debt, so a flood does not lock an address out for hours.
			set: {
				tokens: sql`greatest(-1, ${refilled} - 1)`,
				updatedAt: now,
				...(countFailure ? { failures: sql`${rateLimit.failures} + 1` } : {})
			}
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

/** Whether a bucket has a token left, without taking it (a failure takes it: `takeToken`). */
export async function bucketAllows(
	db: Database,
	key: string,
	bucket: Bucket,
	now = new Date()
): Promise<Verdict> {
	const [row] = await db
		.select({ tokens: rateLimit.tokens, updatedAt: rateLimit.updatedAt })
		.from(rateLimit)
		.where(eq(rateLimit.key, key));
	if (!row) return { allowed: true };
	const elapsed = Math.max(0, (now.getTime() - row.updatedAt.getTime()) / 1000);
	const tokens = Math.min(bucket.capacity, row.tokens + elapsed * bucket.refillPerSecond);
	if (tokens >= 1) return { allowed: true };
	return { allowed: false, retryAfterSeconds: Math.ceil((1 - tokens) / bucket.refillPerSecond) };
}

export const addressKey = (address: string) => `ip:${address}`;
/** The per-account ceiling, and the prefix of the account's rows (export, deletion). */
export const accountKey = (email: string) => `account:${email}`;
/**
 * Failures on one account from one address. A real account's email has no space, so the prefix
 * `login:<email> ` finds exactly its rows.
 */
export const accountAddressPrefix = (email: string) => `login:${email} `;
export const accountAddressKey = (email: string, address: string) =>
	`${accountAddressPrefix(email)}${address}`;
/** A device cookie's own failures, by a hash of its nonce (the nonce is half of the cookie). */
export const deviceKey = (nonce: string) =>
	`device:${createHash('sha256').update(nonce).digest('base64url')}`;

/** One try of a password: from where, for which email, and the browser's device-cookie nonce. */
export interface PasswordTry {
	address: string;
	/** Empty for a sign-up, which has no account to guess. */
	email: string;
	/** The nonce of a device cookie issued for this email (knownDevice), or null. */
	device: string | null;
}

export interface Counters {
	/** A token bucket every try spends from. */
	address: string;
	/** Counts of failures with growing delays, checked before and charged after a wrong password. */
	delays: string[];
	/** A bucket checked before and spent by a wrong password, or null. */
	ceiling: string | null;
}

/**
 * Which counters a try is held to. A known browser is held to its own failures only (so a stolen
 * cookie is still slowed down); any other is held to its address's failures on this account and
 * to the account's ceiling. Every try spends from its address's bucket.
 */
export function countersFor(attempt: PasswordTry): Counters {
	const address = addressKey(attempt.address);
	if (!attempt.email) return { address, delays: [], ceiling: null };
	if (attempt.device) return { address, delays: [deviceKey(attempt.device)], ceiling: null };
	return {
		address,
		delays: [accountAddressKey(attempt.email, attempt.address)],
		ceiling: accountKey(attempt.email)
	};
}

/** Whether a password may be checked now; the same answer shape for every account. */
export async function passwordTryAllowed(
	db: Database,
	attempt: PasswordTry,
	now = new Date()
): Promise<Verdict> {
	const counters = countersFor(attempt);
	const byAddress = await takeToken(db, counters.address, SIGN_IN_BUCKET, now);
	if (!byAddress.allowed) return byAddress;
	for (const key of counters.delays) {
		const verdict = await accountDelay(db, key, now);
		if (!verdict.allowed) return verdict;
	}
	return counters.ceiling ? bucketAllows(db, counters.ceiling, ACCOUNT_CEILING, now) : byAddress;
}

/** After a wrong password (or an unknown email: both are counted alike, so neither is revealed). */
export async function recordPasswordFailure(
	db: Database,
	attempt: PasswordTry,
	now = new Date()
): Promise<void> {
	const counters = countersFor(attempt);
	for (const key of counters.delays) await recordFailure(db, key, now);
	if (counters.ceiling) await takeToken(db, counters.ceiling, ACCOUNT_CEILING, now, true);
}

/**
 * After the right password: this place's (or this browser's) failures are forgotten. The
 * account's ceiling refills by itself, so strangers elsewhere gain nothing from the owner's log-in.
 */
export async function clearPasswordFailures(db: Database, attempt: PasswordTry): Promise<void> {
	for (const key of countersFor(attempt).delays) await clearFailures(db, key);
}

/** How long an untouched counter is kept: longer than any bucket takes to refill or delay lasts. */
export const RATE_LIMIT_RETENTION_MS = 24 * 60 * 60 * 1000;

/** Removes counters nobody has touched for a day: by then each is back to where it started. */
export async function deleteStaleRateLimits(db: Database, now = new Date()): Promise<number> {
	const before = new Date(now.getTime() - RATE_LIMIT_RETENTION_MS);
	const gone = await db
		.delete(rateLimit)
		.where(
			and(
				lt(rateLimit.updatedAt, before),
				or(isNull(rateLimit.blockedUntil), lt(rateLimit.blockedUntil, now))
			)
		)
		.returning({ key: rateLimit.key });
	return gone.length;
}

/** For a sign-up: only the address's bucket, as there is no account to guess yet. */
export function addressAllowed(db: Database, address: string): Promise<Verdict> {
	return takeToken(db, addressKey(address), SIGN_IN_BUCKET);
}

/** The message for a refused attempt: the same for every account, so it reveals nothing. */
export function tooManyTries(seconds: number): string {
	const wait = seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
	return `Too many tries. Please wait ${wait}, then try again. Your account is safe.`;
}
