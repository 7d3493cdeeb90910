import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDatabase } from '$lib/server/db/test-db';
import type { OpenDatabase } from '$lib/server/db';
import { session as sessionTable, user as userTable } from '$lib/server/db/schema';
import {
	ABSOLUTE_LIFETIME_MS,
	IDLE_LIFETIME_MS,
	REFRESH_INTERVAL_MS,
	createSession,
	deleteExpiredSessions,
	hashSecret,
	invalidateSession,
	invalidateUserSessions,
	sessionState,
	validateSessionToken
} from './session';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const t0 = new Date('2026-01-01T00:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

describe('sessionState (pure expiry rules)', () => {
	const cases: {
		name: string;
		expiresAt: number;
		now: number;
		want: 'expired' | 'valid' | 'slide';
	}[] = [
		{ name: 'fresh session', expiresAt: IDLE_LIFETIME_MS, now: 0, want: 'valid' },
		{
			name: 'used within the refresh interval: no write',
			expiresAt: IDLE_LIFETIME_MS,
			now: REFRESH_INTERVAL_MS - 1,
			want: 'valid'
		},
		{
			name: 'used after the refresh interval: slides',
			expiresAt: IDLE_LIFETIME_MS,
			now: REFRESH_INTERVAL_MS,
			want: 'slide'
		},
		{ name: 'idle too long', expiresAt: IDLE_LIFETIME_MS, now: IDLE_LIFETIME_MS, want: 'expired' },
		{
			name: 'kept alive but past the absolute lifetime',
			expiresAt: ABSOLUTE_LIFETIME_MS + DAY,
			now: ABSOLUTE_LIFETIME_MS,
			want: 'expired'
		}
	];
	it.each(cases)('$name', ({ expiresAt, now, want }) => {
		const state = sessionState({ createdAt: t0, expiresAt: at(expiresAt) }, at(now));
		const got = state.kind === 'expired' ? 'expired' : state.slideTo ? 'slide' : 'valid';
		expect(got).toBe(want);
	});

	it('never slides past the absolute lifetime', () => {
		const now = at(ABSOLUTE_LIFETIME_MS - DAY);
		const state = sessionState(
			{ createdAt: t0, expiresAt: at(ABSOLUTE_LIFETIME_MS - DAY / 2) },
			now
		);
		expect(state.kind === 'valid' && state.slideTo?.getTime()).toBe(
			t0.getTime() + ABSOLUTE_LIFETIME_MS
		);
	});
});

describe('sessions in the database', () => {
	let open: OpenDatabase;
	const userId = 'user-session-test';

	beforeAll(async () => {
		open = await openTestDatabase();
		await open.db.insert(userTable).values({
			id: userId,
			email: 'session@example.com',
			displayName: 'Session Tester',
			passwordHash: 'not-used-here'
		});
	});
	afterAll(() => open.close());

	it('issues a token with at least 128 bits of secret and stores only its hash', async () => {
		const { token, session } = await createSession(open.db, userId, t0);
		const [id, secret] = token.split('.');
		expect(id).toBe(session.id);
		// base32: 5 bits a character.
		expect((secret?.length ?? 0) * 5).toBeGreaterThanOrEqual(128);
		const [row] = await open.db.select().from(sessionTable).where(eq(sessionTable.id, session.id));
		expect(row?.secretHash).toBe(hashSecret(secret ?? ''));
		expect(JSON.stringify(row)).not.toContain(secret);
	});

	it('gives every session a different token', async () => {
		const tokens = new Set<string>();
		for (let i = 0; i < 20; i++) tokens.add((await createSession(open.db, userId, t0)).token);
		expect(tokens.size).toBe(20);
	});

	it('accepts the right token and rejects a wrong or malformed one', async () => {
		const { token } = await createSession(open.db, userId, t0);
		const [id] = token.split('.');
		const checks: [string, boolean][] = [
			[token, true],
			[`${id}.${'a'.repeat(32)}`, false],
			[`${id}`, false],
			[`${token}.extra`, false],
			['', false],
			['nope.nope', false]
		];
		for (const [candidate, valid] of checks) {
			const found = await validateSessionToken(open.db, candidate, at(1000));
			expect(found !== null, candidate).toBe(valid);
		}
		const found = await validateSessionToken(open.db, token, at(1000));
		expect(found?.user.email).toBe('session@example.com');
	});

	it('slides the expiry with use and ends an idle session', async () => {
		const { token, session } = await createSession(open.db, userId, t0);
		const used = await validateSessionToken(open.db, token, at(2 * DAY));
		expect(used?.refreshed).toBe(true);
		expect(used?.session.expiresAt.getTime()).toBe(at(2 * DAY + IDLE_LIFETIME_MS).getTime());
		expect(await validateSessionToken(open.db, token, at(2 * DAY + IDLE_LIFETIME_MS))).toBeNull();
		// An expired session is deleted, not just refused.
		const rows = await open.db.select().from(sessionTable).where(eq(sessionTable.id, session.id));
		expect(rows).toHaveLength(0);
	});

	it('logs out one session, or all of a user but the current one', async () => {
		const a = await createSession(open.db, userId, t0);
		const b = await createSession(open.db, userId, t0);
		const c = await createSession(open.db, userId, t0);
		await invalidateSession(open.db, a.session.id);
		expect(await validateSessionToken(open.db, a.token, at(1))).toBeNull();
		await invalidateUserSessions(open.db, userId, b.session.id);
		expect(await validateSessionToken(open.db, b.token, at(1))).not.toBeNull();
		expect(await validateSessionToken(open.db, c.token, at(1))).toBeNull();
	});

	it('sweeps sessions past their idle or absolute lifetime', async () => {
		await invalidateUserSessions(open.db, userId);
		const old = await createSession(open.db, userId, at(-IDLE_LIFETIME_MS - DAY));
		const current = await createSession(open.db, userId, t0);
		const removed = await deleteExpiredSessions(open.db, at(HOUR));
		expect(removed).toBe(1);
		expect(await validateSessionToken(open.db, old.token, at(HOUR))).toBeNull();
		expect(await validateSessionToken(open.db, current.token, at(HOUR))).not.toBeNull();
	});
});
