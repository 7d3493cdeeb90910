/**
 * "Copy link" and "Share…" beside a link shown in a read-only field ([data-share-link]). The
 * server renders the field, so without JavaScript the link can still be selected and copied by
 * hand; the buttons are hidden until this runs, and "Share…" stays hidden where the browser
 * has no share sheet. When the clipboard refuses, the link is selected and the status says so.
 */
export function wireShareLinks(root: ParentNode = document): void {
	for (const box of root.querySelectorAll<HTMLElement>('[data-share-link]')) {
		const field = box.querySelector<HTMLInputElement>('input[readonly]');
		const status = box.querySelector<HTMLElement>('[data-share-status]');
		const copy = box.querySelector<HTMLButtonElement>('button[data-copy]');
		const share = box.querySelector<HTMLButtonElement>('button[data-share]');
		if (!field || !status) continue;
		const say = (text: string) => {
			// Emptied first, so the same message said twice is announced twice.
			status.textContent = '';
			requestAnimationFrame(() => (status.textContent = text));
		};
		field.addEventListener('focus', () => field.select());
		if (copy && navigator.clipboard) {
			copy.hidden = false;
			copy.addEventListener('click', async () => {
				try {
					await navigator.clipboard.writeText(field.value);
					say('Copied.');
				} catch {
					field.focus();
					field.select();
					say('Could not copy. The link is selected: copy it with your keyboard or menu.');
				}
			});
		}
		if (share && typeof navigator.share === 'function') {
			share.hidden = false;
			share.addEventListener('click', () => {
				navigator.share({ title: box.dataset.shareTitle, url: field.value }).catch(() => {
					// Closing the share sheet is not an error worth a message.
				});
			});
		}
	}
}
