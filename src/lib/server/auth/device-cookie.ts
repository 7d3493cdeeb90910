import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { RequestEvent } from '@sveltejs/kit';
import { serverSecret } from '$lib/server/server-secret';
import type { PasswordTry } from './rate-limit';

// A "device cookie" (OWASP, Slow Down Online Guessing Attacks with Device Cookies): a browser that
// has signed in to an account carries proof of it, so when strangers' wrong passwords have put
// that account's untrusted tries on hold, its owner's own browser still gets in. The cookie
// holds a random nonce and an HMAC of it with the account's email; the email itself is not in
// it, so it tells nobody who signed in here. It proves only "this browser signed in to that
// account before"; it does not sign anyone in.

export const DEVICE_COOKIE = 'rewire_device';
/** A browser stays known for a year after its last log-in there. */
const LIFETIME_S = 365 * 24 * 60 * 60;
const SECRET_NAME = 'device-cookie';
const NONCE_BYTES = 16;
const SHAPE = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

function signature(secret: Uint8Array, nonce: string, email: string): Buffer {
	// The nonce has a fixed length and comes first, so no two (nonce, email) pairs sign alike.
	return createHmac('sha256', secret).update(`device:${nonce}:${email}`).digest();
}

export function signDevice(secret: Uint8Array, email: string, nonce: string): string {
	return `${nonce}.${signature(secret, nonce, email).toString('base64url')}`;
}

/** The cookie's nonce when it was made by this site for this email, otherwise null. */
export function verifyDevice(
	secret: Uint8Array,
	email: string,
	value: string | undefined
): string | null {
	const match = value ? SHAPE.exec(value) : null;
	if (!match || !email) return null;
	const [, nonce = '', mac = ''] = match;
	const given = Buffer.from(mac, 'base64url');
	const expected = signature(secret, nonce, email);
	return given.length === expected.length && timingSafeEqual(given, expected) ? nonce : null;
}

/** The nonce of this browser's device cookie if it was issued for `email`. */
export async function knownDevice(event: RequestEvent, email: string): Promise<string | null> {
	const value = event.cookies.get(DEVICE_COOKIE);
	if (!value || !email) return null;
	return verifyDevice(await serverSecret(event.locals.db, SECRET_NAME), email, value);
}

/** After a successful log-in or sign-up: a new cookie (a new nonce each time, as OWASP says). */
export async function issueDeviceCookie(event: RequestEvent, email: string): Promise<void> {
	const secret = await serverSecret(event.locals.db, SECRET_NAME);
	const nonce = randomBytes(NONCE_BYTES).toString('base64url');
	event.cookies.set(DEVICE_COOKIE, signDevice(secret, email, nonce), {
		httpOnly: true,
		// Only ever needed on this site's own form posts.
		sameSite: 'strict',
		path: '/',
		secure: event.url.protocol === 'https:',
		maxAge: LIFETIME_S
	});
}

/** When the account is deleted: a new account with the same email starts as a stranger. */
export function clearDeviceCookie(event: RequestEvent): void {
	event.cookies.delete(DEVICE_COOKIE, {
		httpOnly: true,
		sameSite: 'strict',
		path: '/',
		secure: event.url.protocol === 'https:'
	});
}

/** A password try from this request, for the throttle (auth/rate-limit.ts). */
export async function passwordTryFrom(event: RequestEvent, email: string): Promise<PasswordTry> {
	return { address: event.getClientAddress(), email, device: await knownDevice(event, email) };
}
