import type { Database } from './index';
import { user, type Role } from './schema';

let people = 0;

/** A person in the test database (no password: these tests never log in). */
export async function addPerson(db: Database, role: Role = 'learner', name?: string) {
	people += 1;
	const id = `person-${people}-${Math.random().toString(36).slice(2, 8)}`;
	const displayName = name ?? `Person ${people}`;
	await db.insert(user).values({
		id,
		email: `${id}@example.com`,
		displayName,
		passwordHash: 'not-used',
		role
	});
	return { id, email: `${id}@example.com`, displayName, role };
}
