import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
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
