import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '$lib/server/db';
import { serverSecret as secretTable } from '$lib/server/db/schema';

/**
 * A 256-bit key named `name`, made by whichever app process asks first and read by all the others
 * (insert-if-absent, then read back), so every process signs and checks with the same key. It
 * never changes, so each process keeps it in memory once read.
 */
export function serverSecret(db: Database, name: string): Promise<Buffer> {
	let byName = cache.get(db);
	if (!byName) cache.set(db, (byName = new Map()));
	let secret = byName.get(name);
	if (!secret) {
		secret = loadServerSecret(db, name);
		// A failure (the database away) is not remembered: the next request tries again.
		secret.catch(() => byName.delete(name));
		byName.set(name, secret);
	}
	return secret;
}

const cache = new WeakMap<Database, Map<string, Promise<Buffer>>>();

/** Uncached: insert-if-absent, then read back what won. */
export async function loadServerSecret(db: Database, name: string): Promise<Buffer> {
	await db
		.insert(secretTable)
		.values({ name, value: randomBytes(32).toString('base64url') })
		.onConflictDoNothing({ target: secretTable.name });
	const [row] = await db
		.select({ value: secretTable.value })
		.from(secretTable)
		.where(eq(secretTable.name, name));
	if (!row) throw new Error(`server secret ${name} is missing after it was written`);
	return Buffer.from(row.value, 'base64url');
}
