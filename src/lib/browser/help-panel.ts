/**
 * The header's "Get help now" (HelpNow.svelte) is a native <details>, so it opens with one tap
 * without JavaScript. With it, the panel also closes the ways a pop-up is expected to: its Close
 * button, Escape, or a tap anywhere outside it; closing from inside returns focus to the toggle.
 */
export function enhanceHelp(root: ParentNode): void {
	const details = root.querySelector<HTMLDetailsElement>('details[data-help]');
	const summary = details?.querySelector('summary');
	if (!details || !summary) return;
	const close = (refocus: boolean) => {
		if (!details.open) return;
		details.open = false;
		if (refocus) summary.focus();
	};
	const button = details.querySelector<HTMLButtonElement>('[data-help-close]');
	if (button) {
		button.hidden = false;
		button.addEventListener('click', () => close(true));
	}
	document.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape' || !details.open) return;
		close(details.contains(document.activeElement) || document.activeElement === document.body);
	});
	// A tap elsewhere closes the panel and goes on to do what it would have done (follow a link).
	document.addEventListener('click', (event) => {
		if (details.open && !details.contains(event.target as Node)) close(false);
	});
}
