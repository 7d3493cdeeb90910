import { tick, type Component } from 'svelte';
import LessonBody from '$lib/components/lesson/LessonBody.svelte';
import { trackSections } from '$lib/components/lesson/section-tracker';
import { startIsland } from './island';
import { markReady, settlePlainPage } from './plain-page';

// The script of a lesson page. The page is served as plain HTML (`csr = false`); this hydrates
// only its body (an "island": the diagrams, tools, citations and the complete button) instead of
// loading SvelteKit's client router and the whole page, about 40% of a lesson's JavaScript.
const lessons = import.meta.glob('/lessons/*/*.md') as Record<
	string,
	() => Promise<{ default: Component }>
>;

async function start() {
	settlePlainPage();
	const island = document.querySelector<HTMLElement>('[data-lesson-island]');
	const load = lessons[`/${island?.dataset.lessonIsland}`];
	if (island && load) {
		const Body = (await load()).default;
		const { lesson } = startIsland(island, LessonBody, { Body });
		trackSections(island, lesson);
	}
	// Printing opens every "More detail" so the handout has the whole lesson.
	addEventListener('beforeprint', () => {
		for (const details of document.querySelectorAll('article details')) {
			(details as HTMLDetailsElement).open = true;
		}
	});
	await tick();
	markReady();
}

void start();
