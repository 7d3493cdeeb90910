/** A database setting that cannot work as given: start-up stops and says which and why. */
export class DatabaseSettingError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'DatabaseSettingError';
	}
}

export interface PostgresConnection {
	/** The URL to hand to postgres.js, without the settings read here. */
	url: string;
	/**
	 * Whether postgres.js may keep named prepared statements on a connection. A pooler in
	 * transaction mode (PgBouncer before 1.21, as managed Postgres providers run it) hands each
	 * transaction a different server connection, where those statements do not exist.
	 */
	prepare: boolean;
}

const YES = new Set(['true', '1', 'on', 'yes']);
const NO = new Set(['false', '0', 'off', 'no']);

/**
 * Reads `?prepare=` from a Postgres URL. postgres.js on its own honours only the exact words
 * `false` and `disable`, and silently keeps preparing on `0`, `off` or a typo; so the setting is
 * read and checked here, and removed from the URL before postgres.js sees it. `name` is the
 * variable the URL came from, for the message.
 */
export function postgresConnection(url: string, name = 'DATABASE_URL'): PostgresConnection {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		throw new DatabaseSettingError(`${name} is not a URL such as postgres://user@host:5432/db.`);
	}
	const given = parsed.searchParams.getAll('prepare');
	if (given.length === 0) return { url, prepare: true };
	const value = given.at(-1)!.trim().toLowerCase();
	if (given.length > 1 || (!YES.has(value) && !NO.has(value))) {
		throw new DatabaseSettingError(
			`${name} has prepare=${given.join(',')}; use prepare=false behind a connection pooler in ` +
				`transaction mode (such as PgBouncer), or leave it out.`
		);
	}
	parsed.searchParams.delete('prepare');
	return { url: parsed.toString(), prepare: YES.has(value) };
}
