import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import postgres from 'postgres';
import { resolve } from 'node:path';
import { lockDataDir } from './lock';
import { postgresConnection } from './postgres-url';
import * as schema from './schema';

/** The one database type the app codes against: PGlite and postgres.js both satisfy it. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface OpenDatabase {
	db: Database;
	kind: 'pglite' | 'postgres';
	/** Where the data lives, for log lines (never includes a password). */
	where: string;
	close(): Promise<void>;
}

export interface DatabaseOptions {
	/** `postgres://…` for a server (`?prepare=false` behind a pooler); anything else means PGlite. */
	url?: string;
	/**
	 * A direct connection to the same Postgres, used only to apply migrations: their lock is held
	 * for a session, which a pooler in transaction mode does not keep. Defaults to `url`.
	 */
	migrationUrl?: string;
	/** false: apply no migrations here (a deploy step does), only check they have been. */
	migrate?: boolean;
	/** PGlite data folder; `memory://` keeps it in memory (tests). */
	pgliteDir?: string;
	migrationsFolder?: string;
	/** Called with the SQL of every statement the app sends (tests count queries per page). */
	onQuery?: (query: string) => void;
}

export const DEFAULT_PGLITE_DIR = './data/pglite';

/** An arbitrary constant that names "Rewire migrations" among Postgres advisory locks. */
const MIGRATION_LOCK_KEY = 7_301_946_221;

export function describeUrl(url: string): string {
	try {
		const u = new URL(url);
		return `${u.protocol}//${u.hostname}${u.port ? ':' + u.port : ''}${u.pathname}`;
	} catch {
		return 'postgres (unparseable URL)';
	}
}

/**
 * Opens the database and brings its schema up to date. With a Postgres URL the migrations run
 * in one transaction under an advisory lock (over `migrationUrl` when given), so app processes
 * starting together apply them once; with PGlite the data folder is locked for this process first.
 */
export async function openDatabase(options: DatabaseOptions = {}): Promise<OpenDatabase> {
	const migrationsFolder = resolve(options.migrationsFolder ?? 'drizzle');
	const { onQuery } = options;
	const logger = onQuery ? { logQuery: (query: string) => onQuery(query) } : undefined;
	if (options.url?.startsWith('postgres')) {
		const { url, prepare } = postgresConnection(options.url);
		const migration = options.migrationUrl
			? postgresConnection(options.migrationUrl, 'MIGRATION_DATABASE_URL')
			: { url, prepare };
		if (options.migrate !== false) await migrateWithLock(migration, migrationsFolder);
		// Fail fast when the server is unreachable, so a request gets a 503 rather than hanging.
		const client = postgres(url, { prepare, onnotice: () => {}, connect_timeout: 10 });
		if (options.migrate === false) {
			try {
				await checkMigrated(client, migrationsFolder);
			} catch (error) {
				await client.end({ timeout: 5 });
				throw error;
			}
		}
		return {
			db: drizzlePostgres(client, { schema, logger }),
			kind: 'postgres',
			where: describeUrl(options.url),
			close: () => client.end({ timeout: 5 })
		};
	}

	const dir = options.pgliteDir ?? DEFAULT_PGLITE_DIR;
	const inMemory = dir.startsWith('memory://');
	const release = inMemory ? () => {} : lockDataDir(dir);
	try {
		const client = inMemory ? new PGlite() : new PGlite(resolve(dir));
		const db = drizzlePglite(client, { schema, logger });
		await migratePglite(db, { migrationsFolder });
		return {
			db,
			kind: 'pglite',
			where: inMemory ? 'memory' : resolve(dir),
			close: async () => {
				await client.close();
				release();
			}
		};
	} catch (error) {
		release();
		throw error;
	}
}

/**
 * Applies what drizzle/ holds that the database lacks, the way drizzle's own migrator does (the
 * same bookkeeping table, so drizzle-kit and PGlite agree), but all in one transaction under a
 * transaction-level advisory lock: a pooler in transaction mode keeps a transaction on one server
 * connection, and the lock ends with it, so it can never be left held for the next start-up.
 */
async function migrateWithLock(
	{ url, prepare }: { url: string; prepare: boolean },
	migrationsFolder: string
): Promise<void> {
	const migrations = readMigrationFiles({ migrationsFolder });
	const client = postgres(url, { max: 1, prepare, onnotice: () => {}, connect_timeout: 10 });
	try {
		await client.begin(async (tx) => {
			await tx.unsafe('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
			await tx.unsafe('create schema if not exists drizzle');
			await tx.unsafe(
				'create table if not exists drizzle.__drizzle_migrations ' +
					'(id serial primary key, hash text not null, created_at bigint)'
			);
			const [last] = await tx.unsafe<{ created_at: string }[]>(
				'select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1'
			);
			for (const migration of migrations) {
				if (last && Number(last.created_at) >= migration.folderMillis) continue;
				for (const statement of migration.sql) await tx.unsafe(statement);
				await tx.unsafe(
					'insert into drizzle.__drizzle_migrations (hash, created_at) values ($1, $2)',
					[migration.hash, migration.folderMillis]
				);
			}
		});
	} finally {
		await client.end({ timeout: 5 });
	}
}

/**
 * With migrations run as a deploy step, the app only checks that the newest one it ships has
 * been applied; until then it treats the database as not ready (and keeps trying).
 */
async function checkMigrated(client: postgres.Sql, migrationsFolder: string): Promise<void> {
	const newest = Math.max(
		0,
		...readMigrationFiles({ migrationsFolder }).map((m) => m.folderMillis)
	);
	let applied = 0;
	try {
		const [row] = await client.unsafe<{ last: string | null }[]>(
			'select max(created_at)::text as last from drizzle.__drizzle_migrations'
		);
		applied = Number(row?.last ?? 0);
	} catch (error) {
		// 3F000 no such schema, 42P01 no such table: nothing was ever migrated.
		if (!['3F000', '42P01'].includes((error as { code?: string }).code ?? '')) throw error;
	}
	if (applied < newest) {
		throw new Error(
			'the database is missing migrations that this version needs (MIGRATE_AT_START=false): ' +
				'run `npm run db:migrate`'
		);
	}
}
