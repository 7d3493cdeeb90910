import { updateGuestLesson } from '$lib/guest/progress';

/**
 * Watches which `##` section of a lesson is being read and saves it (debounced) so "Continue"
 * can land there: to the account when signed in, to this browser for a guest. Saving never
 * blocks reading; a failed save is simply retried with the next change.
 */
export function trackSections(
	container: HTMLElement,
	lesson: { moduleSlug: string; lessonSlug: string; signedIn: boolean }
): () => void {
	const headings = [...container.querySelectorAll<HTMLElement>('h2[id]')];
	if (headings.length === 0 || typeof IntersectionObserver === 'undefined') return () => {};
	let current = '';
	let saved = '';
	let timer: ReturnType<typeof setTimeout> | undefined;

	async function save() {
		if (current === saved) return;
		const section = current;
		if (!lesson.signedIn) {
			updateGuestLesson(lesson.lessonSlug, { moduleSlug: lesson.moduleSlug, section });
			saved = section;
			return;
		}
		try {
			const response = await fetch('/api/progress', {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ module: lesson.moduleSlug, lesson: lesson.lessonSlug, section }),
				keepalive: true
			});
			if (response.ok) saved = section;
		} catch {
			// Offline or server trouble: keep reading; the next change tries again.
		}
	}

	const observer = new IntersectionObserver(
		() => {
			// The section being read is the last heading that has scrolled into the top quarter.
			const line = window.innerHeight * 0.25;
			const above = headings.filter((h) => h.getBoundingClientRect().top < line);
			const id = above.at(-1)?.id ?? '';
			if (id === current) return;
			current = id;
			clearTimeout(timer);
			timer = setTimeout(save, 1500);
		},
		{ rootMargin: '0px 0px -75% 0px' }
	);
	for (const heading of headings) observer.observe(heading);
	if (!lesson.signedIn) updateGuestLesson(lesson.lessonSlug, { moduleSlug: lesson.moduleSlug });

	return () => {
		observer.disconnect();
		clearTimeout(timer);
		void save();
	};
}
