import { eq } from 'drizzle-orm';
import type { Database } from '$lib/server/db';
import { user as userTable, type Role } from '$lib/server/db/schema';

// Role management, kept apart from sign-up and log-in so the admin command needs no password code.

export const ROLES: readonly Role[] = ['learner', 'counselor', 'admin'];

export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

export async function setRole(db: Database, email: string, role: Role): Promise<boolean> {
	const updated = await db
		.update(userTable)
		.set({ role })
		.where(eq(userTable.email, normaliseEmail(email)))
		.returning({ id: userTable.id });
	return updated.length > 0;
}

export async function listUsers(db: Database) {
	return db
		.select({
			email: userTable.email,
			displayName: userTable.displayName,
			role: userTable.role,
			createdAt: userTable.createdAt
		})
		.from(userTable)
		.orderBy(userTable.createdAt);
}

export async function userExists(db: Database, id: string): Promise<boolean> {
	const [row] = await db.select({ id: userTable.id }).from(userTable).where(eq(userTable.id, id));
	return Boolean(row);
}
