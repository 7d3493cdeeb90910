import { settleDevice } from '$lib/guest/device';
import { enhanceHelp } from './help-panel';
import { offerGuestData } from '$lib/guest/offer';
import { wireShareLinks } from './share-link';

/**
 * What the header and the account forms do in the browser on pages served without SvelteKit's
 * client (`csr = false`, listed in $lib/plain-pages.ts): a guest's "Continue", forgetting device
 * data a sign-in has saved, the offer of a guest's device data at log-in and sign-up, Print, and
 * copying or sharing an invitation's link, and the ways to close "Get help now".
 */
export function settlePlainPage(): void {
	enhanceHelp(document);
	const nav = document.querySelector<HTMLElement>('[data-site-nav]');
	const signedIn = nav?.dataset.signedIn === 'true';
	const resume = settleDevice(signedIn);
	// The server draws a guest's link from the cookie this keeps (see rememberResume); it may be a
	// page behind, or missing on a first visit since the guest read a lesson.
	const drawn = nav?.querySelector<HTMLAnchorElement>('a.continue');
	if (drawn && !signedIn) {
		if (resume) drawn.href = resume;
		else drawn.closest('li')?.remove();
	} else if (nav && resume && !drawn) {
		const item = document.createElement('li');
		const link = document.createElement('a');
		link.className = 'continue';
		link.href = resume;
		link.textContent = 'Continue';
		item.append(link);
		nav.querySelector('ul')?.prepend(item);
	}
	for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
		button.hidden = false;
		button.addEventListener('click', () => window.print());
	}
	wireShareLinks();
	const offer = document.querySelector<HTMLElement>('[data-guest-import]');
	if (offer) offerGuestData(offer);
}

/** Tells styles and tests that the page's script has run (see tests/e2e/fixtures.ts). */
export function markReady(): void {
	document.documentElement.dataset.hydrated = '';
}
