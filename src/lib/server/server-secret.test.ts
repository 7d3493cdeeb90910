import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '$lib/server/db/test-db';
import type { OpenDatabase } from '$lib/server/db';
import { serverSecret as secretTable } from '$lib/server/db/schema';
import { loadServerSecret, serverSecret } from './server-secret';

describe('server secrets in the database', () => {
	let open: OpenDatabase;
	beforeAll(async () => {
		open = await openTestDatabase();
	});
	afterAll(() => open.close());

	it('is made once: processes asking at the same moment all get the same 256-bit key', async () => {
		// Uncached loads stand for separate app processes, each with its own memory.
		const keys = await Promise.all(
			Array.from({ length: 6 }, () => loadServerSecret(open.db, 'shared'))
		);
		expect(keys[0]).toHaveLength(32);
		for (const key of keys) expect(key.equals(keys[0]!)).toBe(true);
		expect((await serverSecret(open.db, 'shared')).equals(keys[0]!)).toBe(true);
		const rows = await open.db.select().from(secretTable);
		expect(rows.filter((row) => row.name === 'shared')).toHaveLength(1);
	});

	it('gives each name its own key', async () => {
		const one = await serverSecret(open.db, 'one');
		const two = await serverSecret(open.db, 'two');
		expect(one.equals(two)).toBe(false);
	});
});
