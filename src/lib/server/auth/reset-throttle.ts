import type { Database } from '$lib/server/db';
import {
	SIGN_IN_BUCKET,
	addressKey,
	takeToken,
	type Bucket,
	type Verdict
} from '$lib/server/auth/rate-limit';

// The forgot-password forms are throttled twice: the address's sign-in bucket (so they are no
// way around the log-in throttle), and a bucket per email address, kept whether or not an
// account has it, so a refusal says nothing about who has an account.

/** Per email: five tries in a burst, then one every ten minutes (also caps reset emails). */
export const RESET_BUCKET: Bucket = { capacity: 5, refillPerSecond: 1 / 600 };

export const resetKey = (email: string) => `reset:${email}`;

export async function resetAllowed(db: Database, address: string, email: string): Promise<Verdict> {
	const byAddress = await takeToken(db, addressKey(address), SIGN_IN_BUCKET);
	if (!byAddress.allowed || !email) return byAddress;
	return takeToken(db, resetKey(email), RESET_BUCKET);
}
