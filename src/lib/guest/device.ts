import { clearGuestData, readGuestData, rememberResume } from './progress';

/** Set by the server after a sign-in saved this device's guest data into the account. */
export const GUEST_SAVED_COOKIE = 'rewire_guest_saved';

/**
 * What the site header does in the browser: forgets guest data that a sign-in has just saved
 * into an account, and, for a guest, finds where "Continue" goes (kept on this device only).
 */
export function settleDevice(signedIn: boolean): string | null {
	if (document.cookie.includes(`${GUEST_SAVED_COOKIE}=1`)) {
		clearGuestData();
		document.cookie = `${GUEST_SAVED_COOKIE}=; Max-Age=0; Path=/; SameSite=Lax`;
	}
	if (signedIn) return null;
	return rememberResume(readGuestData());
}
