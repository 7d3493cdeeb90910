import { and, eq, ilike, inArray } from 'drizzle-orm';
import type { Database } from '$lib/server/db';
import { user, type Role } from '$lib/server/db/schema';
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
 */
export async function changeCounselorRole(
	db: Database,
	userId: string,
	change: RoleChange
): Promise<boolean> {
	const [from, to]: Role[] =
		change === 'grant' ? ['learner', 'counselor'] : ['counselor', 'learner'];
	const rows = await db
		.update(user)
		.set({ role: to })
		.where(and(eq(user.id, userId), inArray(user.role, [from!])))
		.returning({ id: user.id });
	return rows.length > 0;
}
