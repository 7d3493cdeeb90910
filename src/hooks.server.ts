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
import { setSecurityHeaders } from '$lib/server/security-headers';

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

/** Methods that never change anything here (GET /logout, for one, only redirects). */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const handle: Handle = async ({ event, resolve }) => {
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
	return response;
};

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	// Log what failed and where, never the request body or cookies (they may hold health data
	// or secrets). The person sees a calm message with no internals.
	if (status !== 404) {
		const reason = error instanceof Error ? (dev ? error.stack : error.message) : String(error);
		console.error(`Rewire: ${status} on ${event.request.method} ${event.url.pathname}: ${reason}`);
	}
	return { message: status === 404 ? 'We could not find that page.' : message };
};
