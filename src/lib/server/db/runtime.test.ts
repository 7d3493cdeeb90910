import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseUnavailableError } from './availability';
import { DatabaseSettingError } from './postgres-url';
import {
	currentDatabase,
	database,
	databaseOptionsFromEnv,
	startDatabase,
	stopDatabase
} from './runtime';

afterEach(() => stopDatabase());

describe('startDatabase', () => {
	it('opens the embedded database at once', async () => {
		const open = await startDatabase({ pgliteDir: 'memory://' });
		expect(open?.kind).toBe('pglite');
		expect(currentDatabase()).toBe(open);
		expect(database()).toBe(open);
	});

	it('starts without a Postgres that does not answer, says why without secrets, and keeps trying', async () => {
		const lines: string[] = [];
		// Port 1 on this machine refuses connections at once.
		const url = 'postgres://rewire:s3cret-password@127.0.0.1:1/rewire';
		const open = await startDatabase({ url, pgliteDir: 'unused' }, (line) => lines.push(line));
		expect(open).toBeUndefined();
		expect(currentDatabase()).toBeUndefined();
		expect(() => database()).toThrow(DatabaseUnavailableError);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/cannot open the database at postgres:\/\/127\.0\.0\.1:1\/rewire/);
		expect(lines[0]).toMatch(/ECONNREFUSED/);
		expect(lines[0]).toMatch(/Trying again every 5 s; until then pages that need it answer 503/);
		expect(lines.join('\n')).not.toContain('s3cret');
	});

	it('stops at once on a setting that cannot work, instead of retrying', async () => {
		const lines: string[] = [];
		await expect(
			startDatabase(
				{ url: 'postgres://127.0.0.1:1/rewire?prepare=perhaps', pgliteDir: 'unused' },
				(line) => lines.push(line)
			)
		).rejects.toThrow(DatabaseSettingError);
		expect(lines).toEqual([]);
	});
});

describe('databaseOptionsFromEnv', () => {
	const pg = 'postgres://app@db:6543/rewire?prepare=false';
	const direct = 'postgres://app@db:5432/rewire';

	it.each([
		[{}, { url: undefined, migrationUrl: undefined, migrate: true }],
		[{ DATABASE_URL: pg }, { url: pg, migrationUrl: undefined, migrate: true }],
		[
			{ DATABASE_URL: pg, MIGRATION_DATABASE_URL: direct },
			{ url: pg, migrationUrl: direct, migrate: true }
		],
		[
			{ DATABASE_URL: pg, MIGRATE_AT_START: 'false' },
			{ url: pg, migrate: false }
		],
		[
			{ DATABASE_URL: pg, MIGRATE_AT_START: '0' },
			{ url: pg, migrate: false }
		],
		[
			{ DATABASE_URL: pg, MIGRATE_AT_START: 'TRUE' },
			{ url: pg, migrate: true }
		],
		[
			{ DATABASE_URL: pg, MIGRATE_AT_START: '' },
			{ url: pg, migrate: true }
		]
	])('%o → %o', (env, expected) => {
		expect(databaseOptionsFromEnv(env)).toMatchObject(expected);
	});

	it.each([
		[{ DATABASE_URL: `${direct}?prepare=sometimes` }, /^DATABASE_URL has prepare=sometimes/],
		[
			{ DATABASE_URL: pg, MIGRATION_DATABASE_URL: `${direct}?prepare=x` },
			/^MIGRATION_DATABASE_URL has prepare=x/
		],
		[{ MIGRATION_DATABASE_URL: direct }, /MIGRATION_DATABASE_URL is set, but DATABASE_URL is not/],
		[
			{ DATABASE_URL: pg, MIGRATE_AT_START: 'later' },
			/MIGRATE_AT_START is "later"; use true or false/
		]
	])('refuses %o', (env, message) => {
		expect(() => databaseOptionsFromEnv(env)).toThrow(DatabaseSettingError);
		expect(() => databaseOptionsFromEnv(env)).toThrow(message);
	});
});
