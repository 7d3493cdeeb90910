import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { resolve } from 'node:path';
import { lockDataDir } from './lock';
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
	/** `postgres://…` for a server; anything else means PGlite. */
	url?: string;
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
 * under an advisory lock, so app processes starting together apply them once; with PGlite the
 * data folder is locked for this process first.
 */
export async function openDatabase(options: DatabaseOptions = {}): Promise<OpenDatabase> {
	const migrationsFolder = resolve(options.migrationsFolder ?? 'drizzle');
	const { onQuery } = options;
	const logger = onQuery ? { logQuery: (query: string) => onQuery(query) } : undefined;
	if (options.url?.startsWith('postgres')) {
		await migrateWithLock(options.url, migrationsFolder);
		// Fail fast when the server is unreachable, so a request gets a 503 rather than hanging.
		const client = postgres(options.url, { onnotice: () => {}, connect_timeout: 10 });
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

async function migrateWithLock(url: string, migrationsFolder: string): Promise<void> {
	// One connection, so the advisory lock and the migration share a session.
	const client = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
	try {
		await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
		try {
			await migratePostgres(drizzlePostgres(client), { migrationsFolder });
		} finally {
			await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
		}
	} finally {
		await client.end({ timeout: 5 });
	}
}
