/**
 * Brings a lesson's citations and glossary terms to life (InlineDisclosure.svelte): each one's
 * plain link gives way to a button that opens a small box in place. The box closes with its Close
 * button, with the button again, or with Escape while focus is on either; closing from inside the
 * box returns focus to the button.
 */
export function enhanceDisclosures(root: ParentNode): void {
	for (const wrap of root.querySelectorAll<HTMLElement>('[data-disclosure]')) {
		const link = wrap.querySelector<HTMLAnchorElement>(':scope > a');
		const button = wrap.querySelector<HTMLButtonElement>(':scope > button[aria-controls]');
		const panel = button && document.getElementById(button.getAttribute('aria-controls')!);
		if (!link || !button || !panel) continue;

		const setOpen = (open: boolean) => {
			button.setAttribute('aria-expanded', String(open));
			panel.hidden = !open;
		};
		const close = () => {
			setOpen(false);
			button.focus();
		};
		button.addEventListener('click', () =>
			setOpen(button.getAttribute('aria-expanded') !== 'true')
		);
		panel.querySelector('[data-disclosure-close]')?.addEventListener('click', close);
		wrap.addEventListener('keydown', (event) => {
			if (event.key === 'Escape' && !panel.hidden) close();
		});
		keepPunctuation(wrap, panel);
		link.hidden = true;
		button.hidden = false;
	}
}

const PUNCTUATION = /^[.,;:!?)\]’”]+/;

/**
 * The box opens on its own lines below the word, which would leave a full stop (or comma) that
 * follows the word alone on the next line: move it in, between the button and the box.
 */
function keepPunctuation(wrap: HTMLElement, panel: HTMLElement): void {
	let after = wrap.nextSibling;
	// Skip the markers the server render leaves between parts.
	while (after?.nodeType === Node.COMMENT_NODE) after = after.nextSibling;
	if (after?.nodeType !== Node.TEXT_NODE) return;
	const text = after.textContent ?? '';
	const match = PUNCTUATION.exec(text);
	if (!match) return;
	after.textContent = text.slice(match[0].length);
	panel.before(match[0]);
}
