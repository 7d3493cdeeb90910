import type { Database } from '../src/lib/server/db';
import type { Role } from '../src/lib/server/db/schema';
import { ROLES, listUsers, setRole } from '../src/lib/server/users';

export const USAGE = `Usage:
  npm run admin -- grant <counselor|admin> <email>   give someone a role
  npm run admin -- revoke <email>                    make someone a learner again
  npm run admin -- list                              list accounts and their roles`;

/** Runs one admin command; returns the exit code. Output goes through `print`. */
export async function runAdmin(
	args: string[],
	db: Database,
	print: (line: string) => void
): Promise<number> {
	const [command, ...rest] = args;
	if (command === 'list' && rest.length === 0) {
		const users = await listUsers(db);
		if (users.length === 0) print('No accounts yet.');
		for (const u of users) print(`${u.role.padEnd(9)} ${u.email}  (${u.displayName})`);
		return 0;
	}
	if (command === 'grant' && rest.length === 2) {
		const [role, email] = rest as [string, string];
		if (!ROLES.includes(role as Role) || role === 'learner') {
			print(`Unknown role "${role}". Roles you can grant: counselor, admin.`);
			return 2;
		}
		return report(await setRole(db, email, role as Role), email, role, print);
	}
	if (command === 'revoke' && rest.length === 1) {
		const [email] = rest as [string];
		return report(await setRole(db, email, 'learner'), email, 'learner', print);
	}
	print(USAGE);
	return 2;
}

function report(found: boolean, email: string, role: string, print: (l: string) => void): number {
	if (!found) {
		print(`No account with the email ${email}. They need to sign up first.`);
		return 1;
	}
	print(`${email} is now: ${role}.`);
	return 0;
}
