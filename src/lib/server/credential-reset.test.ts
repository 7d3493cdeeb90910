import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { OpenDatabase } from '$lib/server/db';
import { openTestDatabase } from '$lib/server/db/test-db';
import { credentialReset, rateLimit, session, user } from '$lib/server/db/schema';
import { checkCredentials, createAccount } from './accounts';
import { accountKey, recordFailure } from './auth/rate-limit';
import { RESET_BUCKET, resetAllowed, resetKey } from './auth/reset-throttle';
import { createSession, validateSessionToken } from './auth/session';
import {
	EMAIL_LINK_LIFETIME_MS,
	RESET_CODE_LIFETIME_MS,
	deleteSpentResets,
	emailLinkUsable,
	makeRecoveryCode,
	makeResetCode,
	resetWithCode,
	resetWithEmailLink,
	startEmailReset
} from './credential-reset';
import { normaliseResetCode } from './auth/reset-codes';
import { addPerson } from './db/test-people';

const OLD = 'old river stone lantern';
const NEW = 'a brand new long phrase';

let open: OpenDatabase;
let people = 0;
beforeAll(async () => {
	open = await openTestDatabase();
}, 60_000);
afterAll(() => open?.close());

/** An account with two signed-in devices and a failed log-in on record. */
async function person() {
	people += 1;
	const email = `reset-${people}@example.com`;
	const created = await createAccount(open.db, { email, displayName: 'Sam', password: OLD });
	if (!created.ok) throw new Error('could not make the account');
	const id = created.value.id;
	const phone = await createSession(open.db, id);
	const laptop = await createSession(open.db, id);
	await recordFailure(open.db, accountKey(email));
	return { id, email, tokens: [phone.token, laptop.token] };
}

async function passwordIs(email: string, password: string) {
	return (await checkCredentials(open.db, email, password)) !== null;
}

async function sessionsLeft(userId: string) {
	return (await open.db.select().from(session).where(eq(session.userId, userId))).length;
}

const bare = (code: string) => normaliseResetCode(code)!;

describe('email link', () => {
	it('sets the new password once, ends every session and clears the failed log-ins', async () => {
		const p = await person();
		const now = new Date('2026-05-01T10:00:00Z');
		const token = (await startEmailReset(open.db, p.email.toUpperCase(), now))!;
		expect(token).toMatch(/^[a-z2-7]{32}$/);
		expect(await emailLinkUsable(open.db, token, now)).toBe(true);

		expect(await resetWithEmailLink(open.db, token, NEW, now)).toEqual({
			ok: true,
			kind: 'email_link'
		});
		expect(await passwordIs(p.email, NEW)).toBe(true);
		expect(await passwordIs(p.email, OLD)).toBe(false);
		expect(await sessionsLeft(p.id)).toBe(0);
		for (const t of p.tokens) expect(await validateSessionToken(open.db, t)).toBeNull();
		const throttle = await open.db
			.select()
			.from(rateLimit)
			.where(eq(rateLimit.key, accountKey(p.email)));
		expect(throttle).toEqual([]);

		// Single use: the same link a second time changes nothing.
		expect(await emailLinkUsable(open.db, token, now)).toBe(false);
		expect(await resetWithEmailLink(open.db, token, 'yet another long phrase', now)).toEqual({
			ok: false
		});
		expect(await passwordIs(p.email, NEW)).toBe(true);
	});

	it.each([
		[EMAIL_LINK_LIFETIME_MS - 1000, true],
		[EMAIL_LINK_LIFETIME_MS, false],
		[EMAIL_LINK_LIFETIME_MS + 60_000, false]
	])('%i ms after it was sent, it works: %s', async (after, works) => {
		const p = await person();
		const sent = new Date('2026-05-01T10:00:00Z');
		const token = (await startEmailReset(open.db, p.email, sent))!;
		const at = new Date(sent.getTime() + after);
		expect(await emailLinkUsable(open.db, token, at)).toBe(works);
		expect((await resetWithEmailLink(open.db, token, NEW, at)).ok).toBe(works);
		expect(await passwordIs(p.email, works ? NEW : OLD)).toBe(true);
		expect(await sessionsLeft(p.id)).toBe(works ? 0 : 2);
	});

	it('a newer link replaces the older one', async () => {
		const p = await person();
		const first = (await startEmailReset(open.db, p.email))!;
		const second = (await startEmailReset(open.db, p.email))!;
		expect((await resetWithEmailLink(open.db, first, NEW)).ok).toBe(false);
		expect((await resetWithEmailLink(open.db, second, NEW)).ok).toBe(true);
	});

	it('an unknown email gets no token, and nothing is stored', async () => {
		const before = (await open.db.select().from(credentialReset)).length;
		expect(await startEmailReset(open.db, 'nobody@example.com')).toBeNull();
		expect((await open.db.select().from(credentialReset)).length).toBe(before);
	});

	it.each(['', 'not-a-token', 'x'.repeat(500), 'a.b'])('refuses the token %j', async (token) => {
		expect(await emailLinkUsable(open.db, token)).toBe(false);
		expect(await resetWithEmailLink(open.db, token, NEW)).toEqual({ ok: false });
	});

	it('two uses at once: exactly one sets its password', async () => {
		const p = await person();
		const token = (await startEmailReset(open.db, p.email))!;
		const results = await Promise.all([
			resetWithEmailLink(open.db, token, 'first long new phrase'),
			resetWithEmailLink(open.db, token, 'second long new phrase')
		]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
	});
});

describe('recovery code', () => {
	it('is 16 characters in groups; works once with the email; stores only a hash', async () => {
		const p = await person();
		const code = await makeRecoveryCode(open.db, p.id);
		expect(code).toMatch(/^([A-Z2-9]{4}-){3}[A-Z2-9]{4}$/);
		const rows = await open.db
			.select()
			.from(credentialReset)
			.where(eq(credentialReset.userId, p.id));
		expect(rows).toHaveLength(1);
		expect(JSON.stringify(rows)).not.toContain(bare(code));
		expect(rows[0]).toMatchObject({ kind: 'recovery_code', expiresAt: null });

		// Typed in lower case with spaces: still the code.
		const typed = normaliseResetCode(code.toLowerCase().replace(/-/g, ' '))!;
		expect(await resetWithCode(open.db, p.email, typed, NEW)).toEqual({
			ok: true,
			kind: 'recovery_code'
		});
		expect(await passwordIs(p.email, NEW)).toBe(true);
		expect(await sessionsLeft(p.id)).toBe(0);
		expect(await resetWithCode(open.db, p.email, bare(code), 'another long phrase here')).toEqual({
			ok: false
		});
		expect(await passwordIs(p.email, NEW)).toBe(true);
	});

	it('a new code stops the old one working', async () => {
		const p = await person();
		const old = await makeRecoveryCode(open.db, p.id);
		const current = await makeRecoveryCode(open.db, p.id);
		expect((await resetWithCode(open.db, p.email, bare(old), NEW)).ok).toBe(false);
		expect((await resetWithCode(open.db, p.email, bare(current), NEW)).ok).toBe(true);
	});

	it('works only with its own account’s email', async () => {
		const a = await person();
		const b = await person();
		const code = await makeRecoveryCode(open.db, a.id);
		expect((await resetWithCode(open.db, b.email, bare(code), NEW)).ok).toBe(false);
		expect(await passwordIs(b.email, OLD)).toBe(true);
		expect(await sessionsLeft(b.id)).toBe(2);
	});

	it('an unknown email and a wrong code answer exactly alike', async () => {
		const p = await person();
		await makeRecoveryCode(open.db, p.id);
		const wrong = 'HFKDQXMPRTWABCD2';
		expect(await resetWithCode(open.db, 'nobody@example.com', wrong, NEW)).toEqual(
			await resetWithCode(open.db, p.email, wrong, NEW)
		);
		expect(await sessionsLeft(p.id)).toBe(2);
	});
});

describe('reset code from a counselor or an admin', () => {
	it.each([
		[RESET_CODE_LIFETIME_MS - 1000, true],
		[RESET_CODE_LIFETIME_MS, false]
	])('%i ms after it was made, it works: %s', async (after, works) => {
		const p = await person();
		const counselor = await addPerson(open.db, 'counselor');
		const made = new Date('2026-05-01T10:00:00Z');
		const { code, expiresAt } = await makeResetCode(open.db, p.id, counselor.id, made);
		expect(code).toMatch(/^([A-Z2-9]{4}-){2}[A-Z2-9]{4}$/);
		expect(expiresAt.getTime() - made.getTime()).toBe(RESET_CODE_LIFETIME_MS);
		const at = new Date(made.getTime() + after);
		const result = await resetWithCode(open.db, p.email, bare(code), NEW, at);
		expect(result).toEqual(works ? { ok: true, kind: 'reset_code' } : { ok: false });
		expect(await sessionsLeft(p.id)).toBe(works ? 0 : 2);
	});

	it('sets the password and changes nothing else about the account', async () => {
		const p = await person();
		const admin = await addPerson(open.db, 'admin');
		const [before] = await open.db.select().from(user).where(eq(user.id, p.id));
		const { code } = await makeResetCode(open.db, p.id, admin.id);
		await resetWithCode(open.db, p.email, bare(code), NEW);
		const [after] = await open.db.select().from(user).where(eq(user.id, p.id));
		expect({ ...after, passwordHash: '' }).toEqual({ ...before, passwordHash: '' });
		expect(after?.passwordHash).not.toBe(before?.passwordHash);
		expect((await resetWithCode(open.db, p.email, bare(code), 'third long phrase')).ok).toBe(false);
	});

	it('a recovery code and a reset code can both be live; using one leaves the other', async () => {
		const p = await person();
		const counselor = await addPerson(open.db, 'counselor');
		const recovery = await makeRecoveryCode(open.db, p.id);
		const { code } = await makeResetCode(open.db, p.id, counselor.id);
		expect((await resetWithCode(open.db, p.email, bare(code), NEW)).ok).toBe(true);
		expect((await resetWithCode(open.db, p.email, bare(recovery), 'later long phrase')).ok).toBe(
			true
		);
	});
});

describe('throttle and sweep', () => {
	it('the per-email bucket refuses after its burst, whether or not the account exists', async () => {
		const p = await person();
		for (const email of [p.email, 'nobody-at-all@example.com']) {
			const verdicts = [];
			for (let i = 0; i <= RESET_BUCKET.capacity; i++) {
				// A new address each time, so only the email's bucket can refuse.
				verdicts.push((await resetAllowed(open.db, `192.0.2.${i + 1}`, email)).allowed);
			}
			expect(verdicts).toEqual([...Array(RESET_BUCKET.capacity).fill(true), false]);
			const [row] = await open.db
				.select()
				.from(rateLimit)
				.where(eq(rateLimit.key, resetKey(email)));
			expect(row).toBeDefined();
		}
	});

	it('sweeps used and expired links and codes, and keeps live ones', async () => {
		const p = await person();
		const counselor = await addPerson(open.db, 'counselor');
		const now = new Date('2026-06-01T10:00:00Z');
		await makeRecoveryCode(open.db, p.id, now);
		const link = (await startEmailReset(open.db, p.email, now))!;
		await resetWithEmailLink(open.db, link, NEW, now);
		await makeResetCode(
			open.db,
			p.id,
			counselor.id,
			new Date(now.getTime() - RESET_CODE_LIFETIME_MS)
		);
		await deleteSpentResets(open.db, now);
		const left = await open.db
			.select({ kind: credentialReset.kind })
			.from(credentialReset)
			.where(eq(credentialReset.userId, p.id));
		expect(left).toEqual([{ kind: 'recovery_code' }]);
	});
});
