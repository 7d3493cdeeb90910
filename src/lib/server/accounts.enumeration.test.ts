import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openTestDatabase } from '$lib/server/db/test-db';
import type { OpenDatabase } from '$lib/server/db';
import { checkCredentials, createAccount } from './accounts';
import * as password from './auth/password';

// Who has an account must not show in how long a failed log-in takes: an unknown email costs
// one argon2 verification (against a dummy hash), exactly as a wrong password does.
vi.mock('./auth/password', async (importOriginal) => {
	const real = await importOriginal<typeof import('./auth/password')>();
	return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});

const verify = vi.mocked(password.verifyPassword);

describe('log-in failures reveal nothing', () => {
	let open: OpenDatabase;
	beforeAll(async () => {
		open = await openTestDatabase();
		await createAccount(open.db, {
			email: 'known@example.com',
			displayName: 'Known',
			password: 'a long right phrase'
		});
	}, 60_000);
	afterAll(() => open?.close());

	it.each([
		['an unknown email', 'nobody@example.com'],
		['a wrong password', 'known@example.com']
	])('%s costs exactly one argon2 verification and gives null', async (_, email) => {
		await checkCredentials(open.db, email, 'warm up the dummy hash');
		verify.mockClear();
		expect(await checkCredentials(open.db, email, 'a long wrong phrase')).toBeNull();
		expect(verify).toHaveBeenCalledTimes(1);
		// A real argon2id hash in both cases, so the work is the same.
		expect(verify.mock.calls[0]?.[0]).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
	});

	it('takes a similar time for an unknown email and a wrong password', async () => {
		const median = async (email: string) => {
			const times: number[] = [];
			for (let i = 0; i < 7; i++) {
				const start = performance.now();
				await checkCredentials(open.db, email, 'a long wrong phrase');
				times.push(performance.now() - start);
			}
			return times.sort((a, b) => a - b)[3] as number;
		};
		const unknown = await median('nobody@example.com');
		const wrong = await median('known@example.com');
		// Generous bounds for a busy machine; skipping argon2 would make one side ~20x faster.
		expect(unknown / wrong).toBeGreaterThan(0.5);
		expect(unknown / wrong).toBeLessThan(2);
	});
});
