import { and, eq, ilike, inArray, isNull } from 'drizzle-orm';
import type { Database } from '$lib/server/db';
import { careLink, invitation, user, type Role } from '$lib/server/db/schema';
import { normaliseEmail } from '$lib/server/users';

// What the admin page can do: list people with their roles, and grant or remove the counselor
// role. Admin rights themselves are only changed from the command line (npm run admin), so an
// admin can never lock themselves or the site out from the browser.

/** `ADMIN_EMAILS=a@x.org,b@x.org`: these addresses become admins when they sign up. */
export function roleAtSignUp(email: string, adminEmails: string | undefined): Role {
	const admins = (adminEmails ?? '')
		.split(',')
		.map((e) => normaliseEmail(e))
		.filter(Boolean);
	return admins.includes(normaliseEmail(email)) ? 'admin' : 'learner';
}

export const USERS_PAGE_SIZE = 100;

export async function listUsersWithRoles(db: Database, search = '') {
	const q = search.trim().toLowerCase();
	// Escape LIKE wildcards so a search for "a_b" means exactly that.
	const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
	return db
		.select({
			id: user.id,
			email: user.email,
			displayName: user.displayName,
			role: user.role,
			createdAt: user.createdAt
		})
		.from(user)
		.where(q ? ilike(user.email, pattern) : undefined)
		.orderBy(user.email)
		.limit(USERS_PAGE_SIZE);
}

export type RoleChange = 'grant' | 'remove';

/**
 * Grants or removes the counselor role. Only learner → counselor and counselor → learner: an
 * admin's role is never changed here. Returns false when the user does not exist or is not in
 * the expected role (nothing changes).
 *
 * Removing the role also ends that person's active links (their clients' Sharing pages then
 * show sharing as stopped, with the date) and cancels their open invitations, so nobody stays
 * "shared with" someone who can no longer be a counselor here.
 */
export async function changeCounselorRole(
	db: Database,
	userId: string,
	change: RoleChange,
	now = new Date()
): Promise<boolean> {
	const [from, to]: Role[] =
		change === 'grant' ? ['learner', 'counselor'] : ['counselor', 'learner'];
	return db.transaction(async (tx) => {
		const rows = await tx
			.update(user)
			.set({ role: to })
			.where(and(eq(user.id, userId), inArray(user.role, [from!])))
			.returning({ id: user.id });
		if (rows.length === 0) return false;
		if (change === 'remove') {
			await tx
				.update(careLink)
				.set({ revokedAt: now })
				.where(and(eq(careLink.counselorId, userId), isNull(careLink.revokedAt)));
			await tx
				.update(invitation)
				.set({ revokedAt: now })
				.where(
					and(
						eq(invitation.counselorId, userId),
						isNull(invitation.usedAt),
						isNull(invitation.revokedAt)
					)
				);
		}
		return true;
	});
}
