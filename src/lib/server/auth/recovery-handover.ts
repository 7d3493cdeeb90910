import type { Cookies } from '@sveltejs/kit';

// Sign-up makes the recovery code and redirects to /me/recovery-code, which shows it once. The
// code crosses that redirect in a cookie only that page receives (HttpOnly, its own path, a few
// minutes at most) and the page deletes it as it reads it, so a reload does not show it again.

const COOKIE = 'rewire_new_recovery_code';
const PATH = '/me/recovery-code';

export function handOverRecoveryCode(cookies: Cookies, code: string, secure: boolean): void {
	cookies.set(COOKIE, code, { path: PATH, httpOnly: true, sameSite: 'lax', secure, maxAge: 600 });
}

export function takeRecoveryCode(cookies: Cookies, secure: boolean): string | null {
	const code = cookies.get(COOKIE);
	if (!code) return null;
	cookies.delete(COOKIE, { path: PATH, httpOnly: true, sameSite: 'lax', secure });
	// Only the shape a code has: the cookie is the browser's, so it is checked like any input.
	return /^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/.test(code) ? code : null;
}
