import type { LessonContext } from '$lib/components/lesson/context';
import { trackSections } from '$lib/components/lesson/section-tracker';
import { enhanceDisclosures } from './disclosures';
import { markReady, settlePlainPage } from './plain-page';

// The script of a lesson page. The page is plain HTML (`csr = false`) and most of a lesson is
// prose, which needs only this file: the header, citations and glossary terms, and the section
// being read. Svelte, for the interactive parts, comes after, in a file (and a task) of its own.
async function start() {
	settlePlainPage();
	enhanceDisclosures(document);
	// Printing opens every "More detail" so the handout has the whole lesson.
	addEventListener('beforeprint', () => {
		for (const details of document.querySelectorAll('article details')) {
			(details as HTMLDetailsElement).open = true;
		}
	});
	const body = document.querySelector<HTMLElement>('[data-lesson]');
	if (body) {
		const lesson = JSON.parse(body.dataset.lesson ?? '{}') as LessonContext;
		trackSections(body, lesson);
		if (body.querySelector('[data-island]')) {
			const { startIslands } = await import('./lesson-islands');
			await startIslands(body, lesson);
		}
	}
	markReady();
}

void start();
