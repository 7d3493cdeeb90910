import {
	DEFAULT_PGLITE_DIR,
	describeUrl,
	openDatabase,
	type DatabaseOptions,
	type OpenDatabase
} from './index';
import { DatabaseUnavailableError } from './availability';
import { DatabaseSettingError, postgresConnection } from './postgres-url';

let current: OpenDatabase | undefined;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

/** How often a server whose Postgres is not answering tries again, and how often it says so. */
export const RETRY_MS = 5_000;
const LOG_EVERY = 12;

/**
 * Settings from the environment; DATABASE_URL unset means the embedded PGlite. A setting that
 * cannot work throws DatabaseSettingError, so start-up stops with the reason instead of retrying.
 */
export function databaseOptionsFromEnv(
	env: NodeJS.ProcessEnv = process.env
): DatabaseOptions & { pgliteDir: string } {
	const url = env.DATABASE_URL || undefined;
	const migrationUrl = env.MIGRATION_DATABASE_URL || undefined;
	if (url) postgresConnection(url);
	if (migrationUrl) {
		if (!url?.startsWith('postgres'))
			throw new DatabaseSettingError('MIGRATION_DATABASE_URL is set, but DATABASE_URL is not.');
		postgresConnection(migrationUrl, 'MIGRATION_DATABASE_URL');
	}
	return {
		url,
		migrationUrl,
		migrate: migrateAtStart(env.MIGRATE_AT_START),
		pgliteDir: env.PGLITE_DIR || DEFAULT_PGLITE_DIR,
		migrationsFolder: env.MIGRATIONS_DIR || undefined
	};
}

function migrateAtStart(value: string | undefined): boolean {
	const given = (value ?? '').trim().toLowerCase();
	if (['', 'true', '1'].includes(given)) return true;
	if (['false', '0'].includes(given)) return false;
	throw new DatabaseSettingError(`MIGRATE_AT_START is "${value}"; use true or false.`);
}

/**
 * Opens the app's database once per process (called from the server's init hook).
 *
 * PGlite lives in this process's own folder: if it cannot be opened (locked by another process,
 * damaged, not a folder) waiting will not help, so the error is thrown for start-up to report.
 * Postgres is another service that may simply not be up yet (or restarting): the server starts
 * anyway, answers 503 where it needs the database, and keeps trying until it connects.
 */
export async function startDatabase(
	options: DatabaseOptions = databaseOptionsFromEnv(),
	log: (line: string) => void = console.error
): Promise<OpenDatabase | undefined> {
	if (current) return current;
	if (!options.url) {
		current = await openDatabase(options);
		return current;
	}
	// A bad setting will not fix itself: stop start-up rather than retry.
	postgresConnection(options.url);
	const where = describeUrl(options.url);
	let attempts = 0;
	const attempt = async (): Promise<OpenDatabase | undefined> => {
		attempts += 1;
		try {
			current = await openDatabase(options);
			if (attempts > 1)
				log(`Rewire: connected to the database at ${where}; serving normally again.`);
			return current;
		} catch (error) {
			if (attempts === 1 || attempts % LOG_EVERY === 0) {
				log(
					`Rewire: cannot open the database at ${where} (${reason(error)}). Trying again every ` +
						`${RETRY_MS / 1000} s; until then pages that need it answer 503.`
				);
			}
			retryTimer = setTimeout(() => void attempt(), RETRY_MS);
			return undefined;
		}
	};
	return attempt();
}

/** A short, secret-free reason: the error's code and message, never the connection string. */
function reason(error: unknown): string {
	const { code, message } = error as { code?: unknown; message?: unknown };
	const text = typeof message === 'string' ? message.replace(/postgres(ql)?:\/\/\S+/g, '…') : '';
	return [typeof code === 'string' ? code : '', text].filter(Boolean).join(': ') || 'unknown error';
}

/** The open database, or undefined while it is not (yet) reachable. */
export function currentDatabase(): OpenDatabase | undefined {
	return current;
}

export function database(): OpenDatabase {
	if (!current) throw new DatabaseUnavailableError();
	return current;
}

export async function stopDatabase(): Promise<void> {
	clearTimeout(retryTimer);
	const open = current;
	current = undefined;
	await open?.close();
}
