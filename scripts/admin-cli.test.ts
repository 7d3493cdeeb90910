import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../src/lib/server/db/test-db';
import type { OpenDatabase } from '../src/lib/server/db';
import { user } from '../src/lib/server/db/schema';
import { listUsers } from '../src/lib/server/users';
import { runAdmin } from './admin-cli';

describe('admin command', () => {
	let open: OpenDatabase;
	beforeAll(async () => {
		open = await openTestDatabase();
		await open.db
			.insert(user)
			.values({ id: 'u1', email: 'pat@example.com', displayName: 'Pat', passwordHash: 'x' });
	});
	afterAll(() => open.close());

	async function run(...args: string[]) {
		const lines: string[] = [];
		const code = await runAdmin(args, open.db, (l) => lines.push(l));
		return { code, out: lines.join('\n') };
	}
	const roleOfPat = async () => (await listUsers(open.db))[0]?.role;

	it.each([
		[['grant', 'counselor', 'Pat@Example.com'], 0, 'counselor', /is now: counselor/],
		[['grant', 'admin', 'pat@example.com'], 0, 'admin', /is now: admin/],
		[['revoke', 'pat@example.com'], 0, 'learner', /is now: learner/],
		[['grant', 'wizard', 'pat@example.com'], 2, 'learner', /Unknown role/],
		[['grant', 'counselor', 'ghost@example.com'], 1, 'learner', /No account/],
		[['grant', 'counselor'], 2, 'learner', /Usage/],
		[[], 2, 'learner', /Usage/]
	])('%j exits %i', async (args, code, role, message) => {
		const result = await run(...args);
		expect(result.code).toBe(code);
		expect(result.out).toMatch(message);
		expect(await roleOfPat()).toBe(role);
	});

	it('lists accounts with their roles', async () => {
		expect((await run('list')).out).toMatch(/learner\s+pat@example.com\s+\(Pat\)/);
	});
});
