import { DEFAULT_PGLITE_DIR, openDatabase, type OpenDatabase } from './index';

let current: OpenDatabase | undefined;

/** Settings from the environment; DATABASE_URL unset means the embedded PGlite. */
export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv = process.env) {
	return {
		url: env.DATABASE_URL || undefined,
		pgliteDir: env.PGLITE_DIR || DEFAULT_PGLITE_DIR,
		migrationsFolder: env.MIGRATIONS_DIR || undefined
	};
}

/** Opens the app's database once per process (called from the server's init hook). */
export async function startDatabase(): Promise<OpenDatabase> {
	current ??= await openDatabase(databaseOptionsFromEnv());
	return current;
}

export function database(): OpenDatabase {
	if (!current) throw new Error('The database is not open yet: startDatabase() runs at start-up.');
	return current;
}

export async function stopDatabase(): Promise<void> {
	const open = current;
	current = undefined;
	await open?.close();
}
