import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { count } from 'drizzle-orm';
import { pgbouncerPath, startPgBouncer } from '../../../../bench/pgbouncer';
import { describeUrl, openDatabase } from './index';
import { user } from './schema';

const root = mkdtempSync(join(tmpdir(), 'rewire-db-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('openDatabase on PGlite', () => {
	it('creates the folder, migrates, keeps data across a reopen, and locks while open', async () => {
		const dir = join(root, 'data', 'pglite');
		const first = await openDatabase({ pgliteDir: dir });
		expect(first.kind).toBe('pglite');
		await first.db
			.insert(user)
			.values({ id: 'u1', email: 'a@example.com', displayName: 'A', passwordHash: 'x' });
		await expect(openDatabase({ pgliteDir: dir })).rejects.toThrow(/already in use/);
		await first.close();

		const second = await openDatabase({ pgliteDir: dir });
		const rows = await second.db.select({ email: user.email }).from(user);
		expect(rows).toEqual([{ email: 'a@example.com' }]);
		await second.close();
	});
});

describe('describeUrl', () => {
	it('never includes the password', () => {
		const shown = describeUrl('postgres://app:s3cret@db.internal:5432/rewire');
		expect(shown).toBe('postgres://db.internal:5432/rewire');
		expect(shown).not.toContain('s3cret');
	});
});

const serverUrl = process.env.TEST_DATABASE_URL;
describe.runIf(serverUrl)('openDatabase on Postgres (runs when TEST_DATABASE_URL is set)', () => {
	it('runs migrations once when several processes start together', async () => {
		const name = `rewire_migrate_${Date.now().toString(36)}`;
		const admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
		await admin.unsafe(`create database ${name}`);
		const url = new URL(serverUrl!);
		url.pathname = `/${name}`;
		try {
			const opened = await Promise.all(
				Array.from({ length: 4 }, () => openDatabase({ url: url.toString() }))
			);
			const check = postgres(url.toString(), { max: 1 });
			const applied = await check`select count(*)::int as n from drizzle.__drizzle_migrations`;
			const files =
				await check`select count(*)::int as n from information_schema.tables where table_name = 'user'`;
			await check.end();
			await Promise.all(opened.map((o) => o.close()));
			expect(applied[0]?.n).toBeGreaterThan(0);
			expect(files[0]?.n).toBe(1);
			const journal = (await import('../../../../drizzle/meta/_journal.json')).default;
			expect(applied[0]?.n).toBe(journal.entries.length);
		} finally {
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.end();
		}
	});
});

/** A new, empty database on the test server; `drop` removes it. */
async function scratchDatabase(serverUrl: string) {
	const name = `rewire_db_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		drop: async () => {
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.end();
		}
	};
}

describe.runIf(serverUrl)(
	'migrations as a deploy step (runs when TEST_DATABASE_URL is set)',
	() => {
		it('with migrate: false, refuses a database that lacks migrations, and opens one that has them', async () => {
			const scratch = await scratchDatabase(serverUrl!);
			try {
				await expect(openDatabase({ url: scratch.url, migrate: false })).rejects.toThrow(
					/missing migrations .*run `npm run db:migrate`/
				);
				const check = postgres(scratch.url, { max: 1, onnotice: () => {} });
				const tables = await check`select count(*)::int as n from information_schema.tables
				where table_schema = 'public'`;
				expect(tables[0]?.n).toBe(0);

				await (await openDatabase({ url: scratch.url })).close();
				const open = await openDatabase({ url: scratch.url, migrate: false });
				expect(await open.db.select({ n: count() }).from(user)).toEqual([{ n: 0 }]);
				await open.close();
				await check.end();
			} finally {
				await scratch.drop();
			}
		});
	}
);

// PgBouncer in transaction mode, as managed Postgres providers run it: each transaction may get
// another server connection. scripts/test.sh installs it where it can (scripts/ensure-pgbouncer.sh).
describe.runIf(serverUrl && pgbouncerPath())(
	'through PgBouncer in transaction mode (runs when TEST_DATABASE_URL is set and PgBouncer is installed)',
	() => {
		it('with ?prepare=false and a direct MIGRATION_DATABASE_URL, starts together and loses no commit', async () => {
			const scratch = await scratchDatabase(serverUrl!);
			const pooler = await startPgBouncer(serverUrl!);
			try {
				const options = {
					url: `${pooler.through(scratch.url)}?prepare=false`,
					migrationUrl: scratch.url
				};
				const apps = await Promise.all([openDatabase(options), openDatabase(options)]);
				// Many small transactions from both "processes" at once, as quiz attempts are saved.
				await Promise.all(
					Array.from({ length: 200 }, (_, i) =>
						apps[i % 2]!.db.transaction(async (tx) => {
							await tx.insert(user).values({
								id: `u${i}`,
								email: `p${i}@example.com`,
								displayName: 'P',
								passwordHash: 'x'
							});
						})
					)
				);
				const direct = postgres(scratch.url, { max: 1, onnotice: () => {} });
				const [stored] = await direct`select count(*)::int as n from "user"`;
				await direct.end();
				await Promise.all(apps.map((a) => a.close()));
				expect(stored?.n).toBe(200);
			} finally {
				await pooler.stop();
				await scratch.drop();
			}
		});

		it('without a direct migration URL, processes starting together migrate once and leave no lock held', async () => {
			const scratch = await scratchDatabase(serverUrl!);
			const pooler = await startPgBouncer(serverUrl!);
			try {
				const pooled = `${pooler.through(scratch.url)}?prepare=false`;
				const apps = await Promise.all(
					Array.from({ length: 3 }, () => openDatabase({ url: pooled }))
				);
				// Serving: several server connections in the pool, handed out in turn.
				await Promise.all(Array.from({ length: 10 }, () => apps[0]!.db.select().from(user)));
				// One more start-up, as when a process restarts, must not wait for a lock left behind.
				apps.push(await openDatabase({ url: pooled }));
				const direct = postgres(scratch.url, { max: 1, onnotice: () => {} });
				const [locks] = await direct`select count(*)::int as n from pg_locks
					where locktype = 'advisory' and database = (select oid from pg_database
					where datname = current_database())`;
				const [applied] = await direct`select count(*)::int as n from drizzle.__drizzle_migrations`;
				await direct.end();
				await Promise.all(apps.map((a) => a.close()));
				expect(locks?.n).toBe(0);
				const journal = (await import('../../../../drizzle/meta/_journal.json')).default;
				expect(applied?.n).toBe(journal.entries.length);
			} finally {
				await pooler.stop();
				await scratch.drop();
			}
		});
	}
);
