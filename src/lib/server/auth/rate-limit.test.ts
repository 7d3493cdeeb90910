import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '$lib/server/db/test-db';
import type { OpenDatabase } from '$lib/server/db';
import {
	ACCOUNT_CEILING,
	FREE_FAILURES,
	MAX_DELAY_SECONDS,
	RATE_LIMIT_RETENTION_MS,
	SIGN_IN_BUCKET,
	accountDelay,
	clearFailures,
	clearPasswordFailures,
	countersFor,
	delayAfterFailures,
	deleteStaleRateLimits,
	deviceKey,
	passwordTryAllowed,
	recordFailure,
	recordPasswordFailure,
	takeToken,
	type PasswordTry,
	type Verdict
} from './rate-limit';
import { CODE_BUCKET } from '$lib/server/invitations';
import { rateLimit } from '$lib/server/db/schema';

const t0 = new Date('2026-01-01T00:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe('delayAfterFailures', () => {
	it.each([
		[1, 0],
		[FREE_FAILURES, 0],
		[FREE_FAILURES + 1, 1],
		[FREE_FAILURES + 2, 2],
		[FREE_FAILURES + 5, 16],
		[FREE_FAILURES + 40, MAX_DELAY_SECONDS]
	])('after %i failures waits %i s', (failures, seconds) => {
		expect(delayAfterFailures(failures)).toBe(seconds);
	});
});

describe('countersFor: which counts hold a password try back', () => {
	it.each<[string, PasswordTry, ReturnType<typeof countersFor>]>([
		[
			'a sign-up: only its address',
			{ address: '10.0.0.1', email: '', device: null },
			{ address: 'ip:10.0.0.1', delays: [], ceiling: null }
		],
		[
			'an unknown browser: its address, its failures on this account, the account ceiling',
			{ address: '10.0.0.1', email: 'sam@example.com', device: null },
			{
				address: 'ip:10.0.0.1',
				delays: ['login:sam@example.com 10.0.0.1'],
				ceiling: 'account:sam@example.com'
			}
		],
		[
			'the same account from another address: counted apart',
			{ address: '10.0.0.2', email: 'sam@example.com', device: null },
			{
				address: 'ip:10.0.0.2',
				delays: ['login:sam@example.com 10.0.0.2'],
				ceiling: 'account:sam@example.com'
			}
		],
		[
			'a browser that signed in before: its address and its own failures, no ceiling',
			{ address: '10.0.0.1', email: 'sam@example.com', device: 'nonce' },
			{ address: 'ip:10.0.0.1', delays: [deviceKey('nonce')], ceiling: null }
		]
	])('%s', (_, attempt, want) => expect(countersFor(attempt)).toEqual(want));

	it('never stores a device nonce as it is', () => {
		expect(deviceKey('nonce')).not.toContain('nonce');
		expect(deviceKey('nonce')).not.toBe(deviceKey('nonce2'));
	});
});

describe('every counter is back where it started before the sweep forgets it', () => {
	it.each([
		['a sign-in address', SIGN_IN_BUCKET],
		['an account ceiling', ACCOUNT_CEILING],
		['invitation codes', CODE_BUCKET]
	])('%s refills well within the retention', (_, bucket) => {
		expect((bucket.capacity / bucket.refillPerSecond) * 1000).toBeLessThan(RATE_LIMIT_RETENTION_MS);
	});

	it('the longest delay ends well within the retention', () => {
		expect(MAX_DELAY_SECONDS * 1000).toBeLessThan(RATE_LIMIT_RETENTION_MS);
	});
});

describe('throttling in the database', () => {
	let open: OpenDatabase;
	beforeAll(async () => {
		open = await openTestDatabase();
	});
	afterAll(() => open.close());

	it('lets a burst through, then refuses with a time to wait, then refills', async () => {
		const bucket = { capacity: 3, refillPerSecond: 1 / 10 };
		const verdicts = [];
		for (let i = 0; i < 4; i++) verdicts.push(await takeToken(open.db, 'ip:a', bucket, t0));
		expect(verdicts.slice(0, 3).every((v) => v.allowed)).toBe(true);
		expect(verdicts[3]).toEqual({ allowed: false, retryAfterSeconds: 10 });
		// Hammering does not dig a deeper hole.
		for (let i = 0; i < 20; i++) await takeToken(open.db, 'ip:a', bucket, t0);
		expect(await takeToken(open.db, 'ip:a', bucket, at(25))).toEqual({ allowed: true });
		// Another address has its own bucket.
		expect(await takeToken(open.db, 'ip:b', bucket, t0)).toEqual({ allowed: true });
	});

	it('counts concurrent requests exactly once each', async () => {
		const bucket = { capacity: 5, refillPerSecond: 0.0001 };
		const verdicts = await Promise.all(
			Array.from({ length: 12 }, () => takeToken(open.db, 'ip:c', bucket, t0))
		);
		expect(verdicts.filter((v) => v.allowed)).toHaveLength(5);
	});

	it('delays an account after repeated failures, and a success clears it', async () => {
		const key = 'account:sam@example.com';
		for (let i = 0; i < FREE_FAILURES; i++) await recordFailure(open.db, key, t0);
		expect(await accountDelay(open.db, key, t0)).toEqual({ allowed: true });
		await recordFailure(open.db, key, t0);
		expect(await accountDelay(open.db, key, t0)).toEqual({ allowed: false, retryAfterSeconds: 1 });
		await recordFailure(open.db, key, t0);
		expect(await accountDelay(open.db, key, t0)).toEqual({ allowed: false, retryAfterSeconds: 2 });
		expect(await accountDelay(open.db, key, at(3))).toEqual({ allowed: true });
		await clearFailures(open.db, key);
		await recordFailure(open.db, key, at(4));
		expect(await accountDelay(open.db, key, at(4))).toEqual({ allowed: true });
	});
});

describe('a stranger cannot lock the owner out (OWASP account-lockout and device cookies)', () => {
	let open: OpenDatabase;
	beforeAll(async () => {
		open = await openTestDatabase();
	});
	afterAll(() => open.close());

	const victim = 'victim@example.com';
	const stranger = (address: string, email = victim): PasswordTry => ({
		address,
		email,
		device: null
	});

	/** One wrong password as the log-in action handles it: check, then count the failure. */
	async function wrongPassword(attempt: PasswordTry, now: Date): Promise<Verdict> {
		const verdict = await passwordTryAllowed(open.db, attempt, now);
		if (verdict.allowed) await recordPasswordFailure(open.db, attempt, now);
		return verdict;
	}

	it('forty wrong passwords from one address hold back that address only', async () => {
		const verdicts = [];
		for (let i = 0; i < 40; i++) verdicts.push(await wrongPassword(stranger('203.0.113.1'), t0));
		expect(verdicts.filter((v) => v.allowed)).toHaveLength(FREE_FAILURES + 1);
		expect(await passwordTryAllowed(open.db, stranger('203.0.113.1'), at(1))).toMatchObject({
			allowed: false
		});
		// The owner, anywhere else, is not held back.
		expect(await passwordTryAllowed(open.db, stranger('198.51.100.2'), at(1))).toEqual({
			allowed: true
		});
	});

	it('one address kept busy for a day cannot reach the account ceiling', async () => {
		const email = 'patient@example.com';
		const attempt = { address: '203.0.113.3', email, device: null };
		// One try every ten seconds for 24 hours, as fast as the address's bucket would allow.
		for (let s = 0; s < 24 * 3600; s += 10) {
			const verdict = await passwordTryAllowed(open.db, attempt, at(s));
			if (verdict.allowed) await recordPasswordFailure(open.db, attempt, at(s));
			else if (s > 0 && verdict.retryAfterSeconds > 60) s += verdict.retryAfterSeconds - 10;
		}
		const elsewhere = { address: '198.51.100.3', email, device: null };
		expect(await passwordTryAllowed(open.db, elsewhere, at(24 * 3600))).toEqual({ allowed: true });
	}, 60_000);

	it('many addresses reach the ceiling; the owner’s own browser still gets in', async () => {
		const popular = 'popular@example.com';
		for (let i = 0; i < ACCOUNT_CEILING.capacity; i++) {
			expect(await wrongPassword(stranger(`192.0.2.${i}`, popular), t0)).toEqual({ allowed: true });
		}
		// Every unknown browser now waits, from any address, with the same answer as for any account.
		const fresh = await passwordTryAllowed(open.db, stranger('198.51.100.9', popular), t0);
		expect(fresh).toEqual({ allowed: false, retryAfterSeconds: 300 });
		// A browser that signed in before is counted on its own.
		const owner = { address: '198.51.100.9', email: popular, device: 'owner-nonce' };
		expect(await passwordTryAllowed(open.db, owner, t0)).toEqual({ allowed: true });
		await clearPasswordFailures(open.db, owner);
		// The ceiling refills by itself.
		expect(await passwordTryAllowed(open.db, stranger('198.51.100.10', popular), at(300))).toEqual({
			allowed: true
		});
	});

	it('a stolen device cookie is still slowed down, by its own count', async () => {
		const thief = { address: '203.0.113.50', email: victim, device: 'stolen-nonce' };
		const verdicts = [];
		for (let i = 0; i < 10; i++) verdicts.push(await wrongPassword(thief, t0));
		expect(verdicts.filter((v) => v.allowed)).toHaveLength(FREE_FAILURES + 1);
		// From another address too: the count is the cookie's.
		const moved = { ...thief, address: '203.0.113.51' };
		expect(await passwordTryAllowed(open.db, moved, t0)).toMatchObject({ allowed: false });
		// The owner's other browser has a cookie of its own.
		const owner = { ...thief, device: 'owner-laptop' };
		expect(await passwordTryAllowed(open.db, owner, t0)).toEqual({ allowed: true });
	});

	it('a clinic on one network: twenty people sign in at once from one address', async () => {
		const verdicts = await Promise.all(
			Array.from({ length: SIGN_IN_BUCKET.capacity }, (_, i) =>
				passwordTryAllowed(
					open.db,
					{ address: '100.64.0.1', email: `client${i}@example.com`, device: null },
					t0
				)
			)
		);
		expect(verdicts.every((v) => v.allowed)).toBe(true);
	});
});

describe('the sweep of stale counters', () => {
	let open: OpenDatabase;
	beforeAll(async () => {
		open = await openTestDatabase();
	});
	afterAll(() => open.close());

	it('forgets counters untouched for a day, and keeps the rest', async () => {
		const day = RATE_LIMIT_RETENTION_MS / 1000;
		await takeToken(open.db, 'ip:old', SIGN_IN_BUCKET, t0);
		await recordFailure(open.db, 'login:old@example.com 10.0.0.1', t0);
		await takeToken(open.db, 'ip:recent', SIGN_IN_BUCKET, at(day - 60));
		for (let i = 0; i < 20; i++)
			await recordFailure(open.db, 'login:busy@example.com 10.0.0.2', at(day));
		const gone = await deleteStaleRateLimits(open.db, at(day + 1));
		expect(gone).toBe(2);
		const keys = (await open.db.select({ key: rateLimit.key }).from(rateLimit)).map((r) => r.key);
		expect(keys.sort()).toEqual(['ip:recent', 'login:busy@example.com 10.0.0.2']);
		// What is forgotten was back to its start anyway: a swept address gets its full burst.
		expect(await takeToken(open.db, 'ip:old', SIGN_IN_BUCKET, at(day + 1))).toEqual({
			allowed: true
		});
	});
});
