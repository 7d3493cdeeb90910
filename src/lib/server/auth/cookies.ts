import type { RequestEvent } from '@sveltejs/kit';
import { SESSION_COOKIE } from './session';

/**
 * HttpOnly so scripts cannot read it, SameSite=Lax against cross-site form posts, and Secure
 * whenever the site is served over https (set ORIGIN=https://… behind a proxy).
 */
export function setSessionCookie(event: RequestEvent, token: string, expiresAt: Date): void {
	event.cookies.set(SESSION_COOKIE, token, {
		httpOnly: true,
		sameSite: 'lax',
		path: '/',
		secure: event.url.protocol === 'https:',
		expires: expiresAt
	});
}

export function clearSessionCookie(event: RequestEvent): void {
	event.cookies.delete(SESSION_COOKIE, {
		httpOnly: true,
		sameSite: 'lax',
		path: '/',
		secure: event.url.protocol === 'https:'
	});
}
