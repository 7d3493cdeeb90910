import postgres from 'postgres';
import { openDatabase, type DatabaseOptions, type OpenDatabase } from './index';

/**
 * A fresh, migrated database for one test file. In-memory PGlite by default; when
 * TEST_DATABASE_URL names a Postgres server, a new database is created on it for this file and
 * dropped afterwards, so test files can run in parallel without seeing each other's rows.
 */
export async function openTestDatabase(
	options: Pick<DatabaseOptions, 'onQuery'> = {}
): Promise<OpenDatabase> {
	const serverUrl = process.env.TEST_DATABASE_URL;
	if (!serverUrl) return openDatabase({ ...options, pgliteDir: 'memory://' });

	const name = `rewire_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	const open = await openDatabase({ ...options, url: url.toString() });
	return {
		...open,
		async close() {
			await open.close();
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.end({ timeout: 5 });
		}
	};
}

export const testDatabaseKind = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';
