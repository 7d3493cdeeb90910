import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { DataDirLockedError } from '$lib/server/db/lock';
import { database, startDatabase, stopDatabase } from '$lib/server/db/runtime';
import {
	SESSION_COOKIE,
	deleteExpiredSessions,
	validateSessionToken
} from '$lib/server/auth/session';
import { setSessionCookie, clearSessionCookie } from '$lib/server/auth/cookies';
import { course } from '$lib/content/catalog.server';
import { quizzes } from '$lib/server/quizzes';
import { loadHelpLines } from '$lib/server/help-lines';
import { PageCache, isCacheable } from '$lib/server/page-cache';

const SWEEP_INTERVAL_MS = 60 * 60 * 1000;

export const init: ServerInit = async () => {
	// Fail at start-up, not on the first request: bad content, quizzes or help-line config, a locked
	// data folder and a migration error are all things an operator must see at once.
	void course;
	void quizzes;
	loadHelpLines();
	try {
		const open = await startDatabase();
		console.log(`Rewire: database ready (${open.kind}, ${open.where})`);
	} catch (error) {
		if (error instanceof DataDirLockedError) {
			console.error(`Rewire cannot start: ${error.message}`);
			process.exit(1);
		}
		throw error;
	}
	const sweep = setInterval(() => {
		deleteExpiredSessions(database().db).catch((error) =>
			console.error('Rewire: could not remove expired sessions:', (error as Error).message)
		);
	}, SWEEP_INTERVAL_MS);
	sweep.unref();
	process.once('sveltekit:shutdown', () => {
		clearInterval(sweep);
		void stopDatabase();
	});
};

// Guests' course pages, rendered once per process (see page-cache.ts); off in dev, where the
// lessons change under the server.
const pageCache = dev ? null : new PageCache();

export const handle: Handle = async ({ event, resolve }) => {
	if (pageCache && isCacheable(event.request, event.url)) {
		const hit = pageCache.get(event.url.pathname);
		if (hit) return hit;
	}
	const { db } = database();
	event.locals.db = db;
	event.locals.user = null;
	event.locals.session = null;

	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const found = await validateSessionToken(db, token);
		if (found) {
			event.locals.user = found.user;
			event.locals.session = found.session;
			if (found.refreshed) setSessionCookie(event, token, found.session.expiresAt);
		} else {
			clearSessionCookie(event);
		}
	}
	const response = await resolve(event);
	setSecurityHeaders(response, event.url, event.locals.user !== null);
	if (pageCache && isCacheable(event.request, event.url)) {
		return pageCache.store(event.url.pathname, response);
	}
	return response;
};

/**
 * Headers every response gets. Pages for a signed-in person hold their own health-related data,
 * so no browser or proxy may keep a copy (a shared phone, a clinic computer).
 */
function setSecurityHeaders(response: Response, url: URL, personal: boolean) {
	const headers = response.headers;
	headers.set('x-content-type-options', 'nosniff');
	headers.set('referrer-policy', 'same-origin');
	headers.set('x-frame-options', 'DENY');
	headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
	if (url.protocol === 'https:') {
		headers.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
	}
	if (personal) headers.set('cache-control', 'private, no-store');
}

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	// Log what failed and where, never the request body or cookies (they may hold health data
	// or secrets). The person sees a calm message with no internals.
	if (status !== 404) {
		const reason = error instanceof Error ? (dev ? error.stack : error.message) : String(error);
		console.error(`Rewire: ${status} on ${event.request.method} ${event.url.pathname}: ${reason}`);
	}
	return { message: status === 404 ? 'We could not find that page.' : message };
};
