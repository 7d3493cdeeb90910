import { readGuestData, summariseGuestData } from './progress';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "On this device you opened 2 lessons and wrote 1 note." */
export function offerText(summary: { lessons: number; reflections: number }): string {
	const notes =
		summary.reflections > 0 ? ` and wrote ${plural(summary.reflections, 'note', 'notes')}` : '';
	return `On this device you opened ${plural(summary.lessons, 'lesson', 'lessons')}${notes}.`;
}

/**
 * Fills in the log-in and sign-up pages' offer (GuestImport.svelte): shows what this device
 * holds and sends it with the form unless the person unticks the box. Nothing on the device, and
 * the offer is hidden and nothing is sent; without the script nothing is sent either.
 */
export function offerGuestData(offer: HTMLElement): void {
	const data = readGuestData();
	const summary = summariseGuestData(data);
	if (summary.lessons + summary.reflections === 0) {
		offer.hidden = true;
		return;
	}
	const text = offer.querySelector<HTMLElement>('[data-guest-summary]');
	const save = offer.querySelector<HTMLInputElement>('input[type="checkbox"]');
	const payload = offer.querySelector<HTMLInputElement>('input[name="guest"]');
	if (!text || !save || !payload) return;
	text.textContent = offerText(summary);
	payload.value = JSON.stringify(data);
	const follow = () => (payload.disabled = !save.checked);
	save.addEventListener('change', follow);
	follow();
	offer.hidden = false;
}
