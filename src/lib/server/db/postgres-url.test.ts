import { describe, expect, it } from 'vitest';
import { DatabaseSettingError, postgresConnection } from './postgres-url';

const base = 'postgres://app:p%40ss@db.internal:6543/rewire';

describe('postgresConnection', () => {
	it.each([
		[base, base, true],
		[`${base}?prepare=false`, base, false],
		[`${base}?prepare=FALSE`, base, false],
		[`${base}?prepare=0`, base, false],
		[`${base}?prepare=off`, base, false],
		[`${base}?prepare=no`, base, false],
		[`${base}?prepare=true`, base, true],
		[`${base}?prepare=1`, base, true],
		[`${base}?sslmode=require&prepare=false`, `${base}?sslmode=require`, false],
		[`${base}?prepare=false&sslmode=require`, `${base}?sslmode=require`, false]
	])('%s → %s, prepare %s', (url, expectedUrl, prepare) => {
		expect(postgresConnection(url)).toEqual({ url: expectedUrl, prepare });
	});

	it.each([`${base}?prepare=`, `${base}?prepare=maybe`, `${base}?prepare=false&prepare=true`])(
		'refuses %s, naming the variable and the fix',
		(url) => {
			expect(() => postgresConnection(url, 'MIGRATION_DATABASE_URL')).toThrow(DatabaseSettingError);
			expect(() => postgresConnection(url, 'MIGRATION_DATABASE_URL')).toThrow(
				/^MIGRATION_DATABASE_URL has prepare=.*use prepare=false behind a connection pooler/
			);
		}
	);

	it('refuses what is not a URL without echoing it (it may hold a password)', () => {
		expect(() => postgresConnection('postgres://app:s3cret@[bad')).toThrow(
			/^DATABASE_URL is not a URL/
		);
		expect(() => postgresConnection('postgres://app:s3cret@[bad')).not.toThrow(/s3cret/);
	});

	it('keeps the password and its encoding', () => {
		expect(postgresConnection(`${base}?prepare=false`).url).toContain('app:p%40ss@');
	});
});
