import type { LessonContext } from '$lib/components/lesson/context';
import { trackSections } from '$lib/components/lesson/section-tracker';
import { enhanceDisclosures } from './disclosures';
import { markReady, settlePlainPage } from './plain-page';

// The script of a lesson page. The page is plain HTML (`csr = false`) and most of a lesson is
// prose, which needs only this file: the header, citations and glossary terms, and the section
// being read. The interactive parts (diagrams, tools, reflections, the complete button) are
// islands, each hydrated with Svelte as it comes near the screen.
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
		await hydrateNearScreen([...body.querySelectorAll<HTMLElement>('[data-island]')], lesson);
	}
	markReady();
}

/**
 * Hydrates each island once it is within a screen's height of the view, one per task, and
 * resolves when those near the view at the start are live. A diagram further down costs a phone
 * nothing (no Svelte, no parsing, no hydrating) until the reader heads its way: hydrating a big
 * one takes 50-80 ms on a slow phone (Chromium at a quarter speed), which held the main thread
 * while the page was first read (Lighthouse's total blocking time).
 */
function hydrateNearScreen(targets: HTMLElement[], lesson: LessonContext): Promise<void> {
	if (targets.length === 0) return Promise.resolve();
	let islands: Promise<typeof import('./lesson-islands')> | undefined;
	let queue = Promise.resolve();
	const hydrate = (target: HTMLElement) => {
		queue = queue
			.then(async () => {
				islands ??= import('./lesson-islands');
				await (await islands).hydrateIsland(target, lesson);
				await new Promise((resolve) => setTimeout(resolve));
			})
			// Svelte could not load (offline): the part stays as the server drew it, and the next
			// part that comes near tries again.
			.catch(() => {
				islands = undefined;
			});
	};
	if (typeof IntersectionObserver === 'undefined') {
		targets.forEach(hydrate);
		return queue;
	}
	// An island's box is `display: contents`, which has no size of its own: watch what it holds.
	const islandOf = new Map(targets.map((t) => [t.firstElementChild ?? t, t]));
	return new Promise((resolve) => {
		let first = true;
		const observer = new IntersectionObserver(
			(entries) => {
				for (const entry of entries) {
					if (!entry.isIntersecting) continue;
					observer.unobserve(entry.target);
					hydrate(islandOf.get(entry.target)!);
				}
				if (first) void queue.then(resolve);
				first = false;
			},
			{ rootMargin: '100% 0px' }
		);
		for (const watched of islandOf.keys()) observer.observe(watched);
	});
}

void start();
