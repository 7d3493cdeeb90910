import type { RequestEvent } from '@sveltejs/kit';
import { course } from '$lib/content/catalog.server';
import { setSessionCookie } from '$lib/server/auth/cookies';
import { createSession } from '$lib/server/auth/session';
import { textField } from '$lib/server/forms';
import { GUEST_SAVED_COOKIE, importGuestData } from '$lib/server/guest-import';

/**
 * What follows a successful sign-up or log-in: a fresh session (never a reused one, so a token
 * planted before log-in is worthless), and what the person did as a guest saved into the account
 * if they said yes. A failed import is logged and never stops the sign-in.
 */
export async function startSignedInSession(event: RequestEvent, userId: string, form: FormData) {
	const { db } = event.locals;
	const { token, session } = await createSession(db, userId);
	setSessionCookie(event, token, session.expiresAt);
	const guest = textField(form, 'guest');
	if (!guest) return;
	try {
		await importGuestData(db, userId, course, guest);
		// Readable by the page script, which then clears the device's copy.
		event.cookies.set(GUEST_SAVED_COOKIE, '1', {
			path: '/',
			httpOnly: false,
			sameSite: 'lax',
			maxAge: 300,
			secure: event.url.protocol === 'https:'
		});
	} catch (error) {
		console.error(`Rewire: could not save guest progress: ${(error as Error).message}`);
	}
}
