import { describe, expect, it, vi } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { clearSessionCookie, setSessionCookie } from './cookies';
import { SESSION_COOKIE } from './session';

/** Just enough of a request for the cookie helpers: the URL (from ORIGIN) and a cookie jar. */
function eventAt(origin: string) {
	const cookies = { set: vi.fn(), delete: vi.fn() };
	return { event: { url: new URL('/login', origin), cookies } as unknown as RequestEvent, cookies };
}

describe('session cookie flags', () => {
	const expires = new Date('2030-01-01T00:00:00Z');

	it.each([
		['https://rewire.example', true],
		['http://127.0.0.1:4173', false]
	])('at %s: HttpOnly, SameSite=Lax, Path=/, Secure=%s', (origin, secure) => {
		const { event, cookies } = eventAt(origin);
		setSessionCookie(event, 'id.secret', expires);
		expect(cookies.set).toHaveBeenCalledWith(SESSION_COOKIE, 'id.secret', {
			httpOnly: true,
			sameSite: 'lax',
			path: '/',
			secure,
			expires
		});
		clearSessionCookie(event);
		expect(cookies.delete).toHaveBeenCalledWith(SESSION_COOKIE, {
			httpOnly: true,
			sameSite: 'lax',
			path: '/',
			secure
		});
	});
});
