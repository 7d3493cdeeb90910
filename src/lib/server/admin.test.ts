import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { OpenDatabase } from '$lib/server/db';
import { openTestDatabase } from '$lib/server/db/test-db';
import { addPerson } from '$lib/server/db/test-people';
import { careLink, invitation, user } from '$lib/server/db/schema';
import { changeCounselorRole, listUsersWithRoles, roleAtSignUp } from './admin';

describe('roleAtSignUp', () => {
	it.each([
		['boss@example.org', 'boss@example.org', 'admin'],
		[' Boss@Example.org ', 'x@y.z, boss@example.org', 'admin'],
		['boss@example.org', 'BOSS@EXAMPLE.ORG', 'admin'],
		['someone@example.org', 'boss@example.org', 'learner'],
		['someone@example.org', '', 'learner'],
		['someone@example.org', undefined, 'learner'],
		['', ',,', 'learner']
	] as const)('%j with %j → %s', (email, list, role) => {
		expect(roleAtSignUp(email, list)).toBe(role);
	});
});

let open: OpenDatabase;
beforeAll(async () => {
	open = await openTestDatabase();
}, 60_000);
afterAll(async () => open?.close());

const roleOf = async (id: string) =>
	(await open.db.select({ role: user.role }).from(user).where(eq(user.id, id)))[0]?.role;

describe('changeCounselorRole', () => {
	it.each([
		['learner', 'grant', true, 'counselor'],
		['counselor', 'remove', true, 'learner'],
		['counselor', 'grant', false, 'counselor'],
		['learner', 'remove', false, 'learner'],
		// An admin's role is never changed from the browser.
		['admin', 'grant', false, 'admin'],
		['admin', 'remove', false, 'admin']
	] as const)('%s, %s → %s, now %s', async (from, change, changed, to) => {
		const person = await addPerson(open.db, from);
		expect(await changeCounselorRole(open.db, person.id, change)).toBe(changed);
		expect(await roleOf(person.id)).toBe(to);
	});

	it('removing the role ends the counselor’s links and cancels open invitations', async () => {
		const counselor = await addPerson(open.db, 'counselor');
		const client = await addPerson(open.db);
		await open.db.insert(careLink).values({
			id: `link-${counselor.id}`,
			counselorId: counselor.id,
			clientId: client.id,
			consentVersion: '1'
		});
		await open.db.insert(invitation).values({
			id: `inv-${counselor.id}`,
			counselorId: counselor.id,
			tokenHash: `t-${counselor.id}`,
			codeHash: `c-${counselor.id}`,
			expiresAt: new Date(Date.now() + 86_400_000)
		});
		const when = new Date('2026-03-04T05:06:07Z');
		expect(await changeCounselorRole(open.db, counselor.id, 'remove', when)).toBe(true);
		const [link] = await open.db
			.select({ revokedAt: careLink.revokedAt })
			.from(careLink)
			.where(eq(careLink.counselorId, counselor.id));
		expect(link?.revokedAt).toEqual(when);
		const [invite] = await open.db
			.select({ revokedAt: invitation.revokedAt })
			.from(invitation)
			.where(eq(invitation.counselorId, counselor.id));
		expect(invite?.revokedAt).toEqual(when);
	});

	it('an unknown id changes nothing', async () => {
		expect(await changeCounselorRole(open.db, 'nobody', 'grant')).toBe(false);
	});
});

describe('listUsersWithRoles', () => {
	it('searches by email, with LIKE wildcards taken literally', async () => {
		const person = await addPerson(open.db);
		expect(
			(await listUsersWithRoles(open.db, person.email.toUpperCase())).map((u) => u.id)
		).toEqual([person.id]);
		expect(await listUsersWithRoles(open.db, '%')).toEqual([]);
		expect(await listUsersWithRoles(open.db, '_')).toEqual([]);
		expect((await listUsersWithRoles(open.db)).length).toBeGreaterThan(0);
	});
});
