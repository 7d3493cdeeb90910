import { updateGuestLesson } from '$lib/guest/progress';

/**
 * Watches which `##` section of a lesson is being read and saves it (debounced) so "Continue"
 * can land there: to the account when signed in, to this browser for a guest. Reaching the end
 * of the lesson (its last section, or `end`, the part after the text, in view) counts the lesson
 * done. It saves only when one of those changes, never on every scroll. Saving never blocks
 * reading; a failed save is simply retried with the next change.
 */
export function trackSections(
	container: HTMLElement,
	lesson: { moduleSlug: string; lessonSlug: string; signedIn: boolean },
	end: Element | null = container.querySelector('#lesson-complete')
): () => void {
	// The lesson's own sections: not "Key ideas" or "References", which are not in its contents.
	const headings = [...container.querySelectorAll<HTMLElement>('h2[id]:not([data-aside])')];
	if (headings.length === 0 || typeof IntersectionObserver === 'undefined') return () => {};
	const last = headings.at(-1)!.id;
	let current = '';
	let ended = false;
	let saved = { section: '', ended: false };
	let timer: ReturnType<typeof setTimeout> | undefined;

	async function save() {
		const now = { section: current, ended: ended || current === last };
		if (now.section === saved.section && now.ended === saved.ended) return;
		if (!lesson.signedIn) {
			updateGuestLesson(lesson.lessonSlug, {
				moduleSlug: lesson.moduleSlug,
				section: now.section,
				...(now.ended ? { completed: true } : {})
			});
			saved = now;
			return;
		}
		try {
			const response = await fetch('/api/progress', {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({
					module: lesson.moduleSlug,
					lesson: lesson.lessonSlug,
					section: now.section,
					...(now.ended ? { end: true } : {})
				}),
				keepalive: true
			});
			if (response.ok) saved = now;
		} catch {
			// Offline or server trouble: keep reading; the next change tries again.
		}
	}

	const later = () => {
		clearTimeout(timer);
		timer = setTimeout(save, 1500);
	};

	const observer = new IntersectionObserver(
		() => {
			// The section being read is the last heading that has scrolled into the top quarter.
			const line = window.innerHeight * 0.25;
			const above = headings.filter((h) => h.getBoundingClientRect().top < line);
			const id = above.at(-1)?.id ?? '';
			if (id === current) return;
			current = id;
			later();
		},
		{ rootMargin: '0px 0px -75% 0px' }
	);
	for (const heading of headings) observer.observe(heading);
	// A short last section may never reach the top quarter: the end coming into view counts.
	const endObserver = new IntersectionObserver((entries) => {
		if (ended || !entries.some((e) => e.isIntersecting)) return;
		ended = true;
		endObserver.disconnect();
		later();
	});
	if (end) endObserver.observe(end);
	if (!lesson.signedIn) updateGuestLesson(lesson.lessonSlug, { moduleSlug: lesson.moduleSlug });

	return () => {
		observer.disconnect();
		endObserver.disconnect();
		clearTimeout(timer);
		void save();
	};
}
