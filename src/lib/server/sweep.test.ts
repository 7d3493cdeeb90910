import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '$lib/server/db/test-db';
import type { OpenDatabase } from '$lib/server/db';
import { rateLimit, session } from '$lib/server/db/schema';
import { createAccount } from './accounts';
import { IDLE_LIFETIME_MS, createSession } from './auth/session';
import { RATE_LIMIT_RETENTION_MS, recordPasswordFailure } from './auth/rate-limit';
import { sweepExpiredRows } from './sweep';

describe('the hourly sweep', () => {
	let open: OpenDatabase;
	beforeAll(async () => {
		open = await openTestDatabase();
	});
	afterAll(() => open.close());

	it('removes expired sessions and day-old sign-in counts, and nothing current', async () => {
		const created = await createAccount(open.db, {
			email: 'sweep@example.com',
			displayName: 'Sweep',
			password: 'river stone lantern'
		});
		if (!created.ok) throw new Error('seed failed');
		const start = new Date('2026-03-01T00:00:00Z');
		const later = new Date(start.getTime() + IDLE_LIFETIME_MS + 1000);
		await createSession(open.db, created.value.id, start);
		const { session: current } = await createSession(open.db, created.value.id, later);
		const wrong = { address: '203.0.113.7', email: 'sweep@example.com', device: null };
		await recordPasswordFailure(open.db, wrong, start);
		const recent = { ...wrong, address: '203.0.113.8' };
		await recordPasswordFailure(open.db, recent, new Date(later.getTime() - 1000));

		const now = new Date(Math.max(later.getTime(), start.getTime() + RATE_LIMIT_RETENTION_MS + 1));
		expect(await sweepExpiredRows(open.db, now)).toEqual({ sessions: 1, rateLimits: 1 });
		const sessions = await open.db.select({ id: session.id }).from(session);
		expect(sessions).toEqual([{ id: current.id }]);
		const keys = (await open.db.select({ key: rateLimit.key }).from(rateLimit)).map((r) => r.key);
		// The account's ceiling was touched again by the recent failure, so it stays with it.
		expect(keys.sort()).toEqual([
			'account:sweep@example.com',
			'login:sweep@example.com 203.0.113.8'
		]);
	});
});
