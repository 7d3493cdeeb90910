import { settleDevice } from '$lib/guest/device';
import { offerGuestData } from '$lib/guest/offer';

// The one script of pages served without the app (`csr = false`, listed in ./plain-pages.ts).
const nav = document.querySelector<HTMLElement>('[data-site-nav]');
const resume = settleDevice(nav?.dataset.signedIn === 'true');
if (nav && resume && !nav.querySelector('.continue')) {
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
const offer = document.querySelector<HTMLElement>('[data-guest-import]');
if (offer) offerGuestData(offer);
document.documentElement.dataset.hydrated = '';
