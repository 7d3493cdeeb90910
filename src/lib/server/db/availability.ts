import type { Database } from './index';

/**
 * When the database cannot be reached, the site says so (503 with Retry-After, a calm page with the
 * help lines) instead of failing with a 500, and recovers by itself when the database is back.
 */

export const UNAVAILABLE_MESSAGE =
	'We cannot reach our database right now. Nothing you saved is lost. Please try again in a minute.';
export const RETRY_AFTER_SECONDS = 30;

export class DatabaseUnavailableError extends Error {
	constructor() {
		super('The database is not available yet.');
		this.name = 'DatabaseUnavailableError';
	}
}

/**
 * Errors that mean "could not talk to the database", as opposed to a bug or bad data: Node's socket
 * errors, postgres.js's connection errors, and the Postgres classes for a lost connection (08),
 * a server shutting down or starting (57P01–57P03).
 * See https://www.postgresql.org/docs/current/errcodes-appendix.html
 */
const CONNECTION_CODES = new Set([
	'ECONNREFUSED',
	'ECONNRESET',
	'ETIMEDOUT',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'ENOTFOUND',
	'EAI_AGAIN',
	'EPIPE',
	'CONNECTION_CLOSED',
	'CONNECTION_ENDED',
	'CONNECTION_DESTROYED',
	'CONNECT_TIMEOUT',
	'57P01',
	'57P02',
	'57P03'
]);

export function isDatabaseDown(error: unknown): boolean {
	// Drizzle wraps driver errors (`cause`); a few levels are plenty.
	let current: unknown = error;
	for (let depth = 0; depth < 5 && current; depth++) {
		if (current instanceof DatabaseUnavailableError) return true;
		if (typeof current !== 'object') return false;
		const { code, cause } = current as { code?: unknown; cause?: unknown };
		if (typeof code === 'string' && (CONNECTION_CODES.has(code) || code.startsWith('08'))) {
			return true;
		}
		current = cause;
	}
	return false;
}

/** A stand-in for the database while it is not open: any use throws `DatabaseUnavailableError`. */
export const unavailableDatabase = new Proxy({} as Database, {
	get() {
		throw new DatabaseUnavailableError();
	}
});
