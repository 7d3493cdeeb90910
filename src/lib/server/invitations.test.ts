import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { OpenDatabase } from '$lib/server/db';
import { openTestDatabase } from '$lib/server/db/test-db';
import { addPerson } from '$lib/server/db/test-people';
import { careLink, invitation, user } from '$lib/server/db/schema';
import {
	CODE_BUCKET,
	INVITATION_LIFETIME_MS,
	acceptInvitation,
	codeAttemptAllowed,
	createInvitation,
	formatCode,
	lookUpInvitation,
	normaliseCode,
	openInvitations,
	revokeInvitation
} from './invitations';

let open: OpenDatabase;
beforeAll(async () => {
	open = await openTestDatabase();
}, 60_000);
afterAll(async () => open?.close());

describe('normaliseCode', () => {
	it.each([
		['ABCD-EFGH', 'ABCDEFGH'],
		['abcd efgh', 'ABCDEFGH'],
		[' 2345-6789 ', '23456789'],
		['ABCD-EFG', null],
		['ABCD-EFGHJ', null],
		// O, 0, I, 1, L and U are not in the alphabet: they are easy to confuse aloud.
		['ABCD-EFG0', null],
		['ABCD-EFGI', null],
		['ABCD-EFGL', null],
		['ABCD_EFGH', null],
		['', null]
	])('%j → %j', (input, expected) => {
		expect(normaliseCode(input)).toBe(expected);
	});

	it('formats a code in two groups of four', () => {
		expect(formatCode('ABCDEFGH')).toBe('ABCD-EFGH');
	});
});

describe('invitations', () => {
	it('stores only hashes, and the link and the code both find it', async () => {
		const counselor = await addPerson(open.db, 'counselor', 'Dana');
		const client = await addPerson(open.db);
		const created = await createInvitation(open.db, counselor.id, 'R.');
		expect(created.token).toHaveLength(32); // 160 bits in base32
		expect(normaliseCode(created.code)).toBe(created.code);
		const [row] = await open.db.select().from(invitation).where(eq(invitation.id, created.id));
		expect(JSON.stringify(row)).not.toContain(created.token);
		expect(JSON.stringify(row)).not.toContain(created.code);
		for (const key of [{ token: created.token }, { code: created.code }]) {
			expect(await lookUpInvitation(open.db, key, client.id)).toEqual({
				status: 'open',
				counselorId: counselor.id,
				counselorName: 'Dana'
			});
		}
		expect(await openInvitations(open.db, counselor.id)).toHaveLength(1);
	});

	it('links on acceptance, once', async () => {
		const counselor = await addPerson(open.db, 'counselor');
		const client = await addPerson(open.db);
		const other = await addPerson(open.db);
		const created = await createInvitation(open.db, counselor.id);
		expect((await acceptInvitation(open.db, { token: created.token }, client.id)).status).toBe(
			'open'
		);
		const links = await open.db.select().from(careLink).where(eq(careLink.clientId, client.id));
		expect(links).toHaveLength(1);
		expect(links[0]).toMatchObject({ counselorId: counselor.id, revokedAt: null });
		expect((await acceptInvitation(open.db, { code: created.code }, other.id)).status).toBe('used');
		expect(await open.db.select().from(careLink).where(eq(careLink.clientId, other.id))).toEqual(
			[]
		);
		expect(await openInvitations(open.db, counselor.id)).toEqual([]);
	});

	it('explains every invitation that cannot be accepted, and links nobody', async () => {
		const counselor = await addPerson(open.db, 'counselor');
		const client = await addPerson(open.db);
		const now = new Date();
		const expired = await createInvitation(
			open.db,
			counselor.id,
			'',
			new Date(now.getTime() - INVITATION_LIFETIME_MS - 1000)
		);
		const own = await createInvitation(open.db, counselor.id);
		const revoked = await createInvitation(open.db, counselor.id);
		expect(await revokeInvitation(open.db, counselor.id, revoked.id)).toBe(true);
		const cases: [string, { token: string } | { code: string }, string][] = [
			['expired', { token: expired.token }, client.id],
			['own', { code: own.code }, counselor.id],
			['unknown', { token: revoked.token }, client.id],
			['unknown', { token: 'not-a-token' }, client.id],
			['unknown', { code: 'ABCDEFGH' }, client.id]
		];
		for (const [status, key, who] of cases) {
			expect((await acceptInvitation(open.db, key, who, now)).status).toBe(status);
		}
		expect(await open.db.select().from(careLink).where(eq(careLink.clientId, client.id))).toEqual(
			[]
		);
	});

	it('an invitation from someone who is no longer a counselor reads as unknown', async () => {
		const counselor = await addPerson(open.db, 'counselor');
		const client = await addPerson(open.db);
		const created = await createInvitation(open.db, counselor.id);
		await open.db.update(user).set({ role: 'learner' }).where(eq(user.id, counselor.id));
		expect((await acceptInvitation(open.db, { token: created.token }, client.id)).status).toBe(
			'unknown'
		);
	});

	it('a client already sharing is told so, and the second invitation stays unused', async () => {
		const counselor = await addPerson(open.db, 'counselor');
		const client = await addPerson(open.db);
		const first = await createInvitation(open.db, counselor.id);
		const second = await createInvitation(open.db, counselor.id);
		await acceptInvitation(open.db, { token: first.token }, client.id);
		expect((await acceptInvitation(open.db, { token: second.token }, client.id)).status).toBe(
			'linked'
		);
		const [row] = await open.db.select().from(invitation).where(eq(invitation.id, second.id));
		expect(row?.usedAt).toBeNull();
	});

	it('a counselor cannot revoke another counselor’s invitation', async () => {
		const a = await addPerson(open.db, 'counselor');
		const b = await addPerson(open.db, 'counselor');
		const created = await createInvitation(open.db, a.id);
		expect(await revokeInvitation(open.db, b.id, created.id)).toBe(false);
		expect(await openInvitations(open.db, a.id)).toHaveLength(1);
	});

	it('throttles code guesses per person', async () => {
		const person = await addPerson(open.db);
		const verdicts = [];
		for (let i = 0; i < CODE_BUCKET.capacity + 1; i++) {
			verdicts.push((await codeAttemptAllowed(open.db, person.id)).allowed);
		}
		expect(verdicts.filter(Boolean)).toHaveLength(CODE_BUCKET.capacity);
		expect(verdicts.at(-1)).toBe(false);
	});
});
