import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { resolve } from 'node:path';
import { dev } from '$app/environment';
import { DataDirLockedError } from '$lib/server/db/lock';
import { DatabaseSettingError } from '$lib/server/db/postgres-url';
import {
	RETRY_AFTER_SECONDS,
	UNAVAILABLE_MESSAGE,
	isDatabaseDown,
	unavailableDatabase
} from '$lib/server/db/availability';
import {
	currentDatabase,
	databaseOptionsFromEnv,
	startDatabase,
	stopDatabase
} from '$lib/server/db/runtime';
import { unavailableResponse } from '$lib/server/unavailable-page';
import { SESSION_COOKIE, validateSessionToken } from '$lib/server/auth/session';
import { SWEEP_INTERVAL_MS, sweepExpiredRows } from '$lib/server/sweep';
import { setSessionCookie, clearSessionCookie } from '$lib/server/auth/cookies';
import { deleteSpentResets } from '$lib/server/credential-reset';
import { course } from '$lib/content/catalog.server';
import { quizzes } from '$lib/server/quizzes';
import { configuredHelpLines } from '$lib/server/help-lines';
import { siteTimeZone } from '$lib/server/time-zone';
import { contactEmail } from '$lib/server/contact';
import { setSecurityHeaders } from '$lib/server/security-headers';
import { GUEST_RESUME_COOKIE } from '$lib/guest/progress';
import { pathForLog } from '$lib/server/log-path';
import { PageCache, isCacheable } from '$lib/server/page-cache';

export const init: ServerInit = async () => {
	// Fail at start-up, not on the first request: bad content, quizzes, help-line, time-zone or contact config, a locked
	// data folder and a migration error are all things an operator must see at once.
	void course;
	void quizzes;
	configuredHelpLines();
	siteTimeZone();
	contactEmail();
	try {
		const open = await startDatabase();
		if (open) console.log(`Rewire: database ready (${open.kind}, ${open.where})`);
	} catch (error) {
		// Only a bad database setting or the embedded database throws here (Postgres is retried
		// in the background): its folder is locked, damaged or not a folder, and waiting will not
		// fix that.
		const reason =
			error instanceof DataDirLockedError || error instanceof DatabaseSettingError
				? error.message
				: `the embedded database in ${resolve(databaseOptionsFromEnv().pgliteDir)} could not be ` +
					`opened (${(error as Error).message}). If the folder is damaged, move it aside (it ` +
					`holds your data) and restore a backup, or point PGLITE_DIR at an empty folder.`;
		console.error(`Rewire cannot start: ${reason}`);
		process.exit(1);
	}
	const sweep = setInterval(() => {
		const open = currentDatabase();
		if (!open) return;
		sweepExpiredRows(open.db).catch((error) =>
			console.error('Rewire: could not remove expired rows:', (error as Error).message)
		);
		deleteSpentResets(open.db).catch((error) =>
			console.error('Rewire: could not remove used reset codes:', (error as Error).message)
		);
	}, SWEEP_INTERVAL_MS);
	sweep.unref();
	process.once('sveltekit:shutdown', () => {
		clearInterval(sweep);
		void stopDatabase();
	});
};

const help = configuredHelpLines();

/** Methods that never change anything here (GET /logout, for one, only redirects). */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

// Guests' course pages, rendered once per process (see page-cache.ts); off in dev, where the
// lessons change under the server.
const pageCache = dev ? null : new PageCache();

export const handle: Handle = async ({ event, resolve }) => {
	if (pageCache && isCacheable(event.request, event.url)) {
		const hit = pageCache.get(event.url.pathname);
		if (hit) return hit;
	}
	// SvelteKit refuses cross-site posts of the three form content types; this refuses every
	// other state-changing request whose Origin is not this site (or missing), whatever its
	// content type, so a new endpoint or action cannot forget the check.
	// Proven by tests/e2e/security/csrf.spec.ts.
	if (
		!SAFE_METHODS.has(event.request.method) &&
		event.request.headers.get('origin') !== event.url.origin
	) {
		const refused = new Response('Cross-site requests are not allowed.', {
			status: 403,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
		setSecurityHeaders(refused, event.url, false);
		return refused;
	}
	// While the database is unreachable, guests can still read lessons; anything that needs it
	// fails with DatabaseUnavailableError and becomes a 503 below.
	const db = currentDatabase()?.db ?? unavailableDatabase;
	event.locals.db = db;
	event.locals.user = null;
	event.locals.session = null;
	event.locals.databaseDown = false;

	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		try {
			const found = await validateSessionToken(db, token);
			if (found) {
				event.locals.user = found.user;
				event.locals.session = found.session;
				if (found.refreshed) setSessionCookie(event, token, found.session.expiresAt);
			} else {
				clearSessionCookie(event);
			}
		} catch (error) {
			if (!isDatabaseDown(error)) throw error;
			logDatabaseDown(event.request.method, event.url.pathname, error);
			return unavailableResponse(help, event.url.pathname);
		}
	}
	let response = await resolve(event);
	if (event.locals.databaseDown && response.status >= 500) {
		response = new Response(response.body, { status: 503, headers: response.headers });
		response.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
	}
	// A guest's page with their own "Continue" in it is theirs too.
	const personal =
		event.locals.user !== null || event.cookies.get(GUEST_RESUME_COOKIE) !== undefined;
	setSecurityHeaders(response, event.url, personal);
	if (pageCache && isCacheable(event.request, event.url)) {
		return pageCache.store(event.url.pathname, response);
	}
	return response;
};

function logDatabaseDown(method: string, path: string, error: unknown) {
	const { code } = error as { code?: unknown };
	const why = typeof code === 'string' ? code : (error as Error).name;
	console.error(
		`Rewire: 503 on ${method} ${pathForLog(path)}: the database is not reachable (${why})`
	);
}

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (isDatabaseDown(error)) {
		event.locals.databaseDown = true;
		logDatabaseDown(event.request.method, event.url.pathname, error);
		return { message: UNAVAILABLE_MESSAGE, unavailable: true };
	}
	// Log what failed and where, never the request body or cookies (they may hold health data
	// or secrets). The person sees a calm message with no internals.
	if (status !== 404) {
		const reason = error instanceof Error ? (dev ? error.stack : error.message) : String(error);
		const path = pathForLog(event.url.pathname);
		console.error(`Rewire: ${status} on ${event.request.method} ${path}: ${reason}`);
	}
	return { message: status === 404 ? 'We could not find that page.' : message };
};
