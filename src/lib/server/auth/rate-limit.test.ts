import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '$lib/server/db/test-db';
import type { OpenDatabase } from '$lib/server/db';
import {
	FREE_FAILURES,
	MAX_DELAY_SECONDS,
	accountDelay,
	clearFailures,
	delayAfterFailures,
	recordFailure,
	takeToken
} from './rate-limit';

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
