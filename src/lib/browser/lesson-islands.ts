import { tick, type Component } from 'svelte';
import type { LessonContext } from '$lib/components/lesson/context';
import { ISLANDS, isIslandName } from '$lib/components/lesson/island-registry';
import IslandRoot from '$lib/components/lesson/IslandRoot.svelte';
import { islandProps, startIsland } from './island';

/**
 * Hydrates a lesson's interactive parts, each diagram, tool, reflection and the complete button on
 * its own ("islands", $lib/components/lesson/island.ts), in page order.
 */
export async function startIslands(body: HTMLElement, lesson: LessonContext): Promise<void> {
	const targets = [...body.querySelectorAll<HTMLElement>('[data-island]')];
	// Every part's code is fetched at once; a part that cannot load (offline, or a page from an
	// older build) stays as the server drew it, whose forms still post without JavaScript. Each
	// takes the props the server rendered it with, as JSON (Island.svelte).
	const parts = targets.map(({ dataset: { island: name } }) =>
		isIslandName(name)
			? ISLANDS[name]().then(
					(m) => m.default as Component<Record<string, unknown>>,
					() => undefined
				)
			: undefined
	);
	for (const [i, target] of targets.entries()) {
		const Part = await parts[i];
		if (!Part) continue;
		startIsland(target, IslandRoot, {
			Part,
			props: islandProps<Record<string, unknown>>(target),
			lesson
		});
		// One part per task: hydrating a whole lesson in one go held a slow phone's main thread for
		// over 100 ms (Lighthouse's total blocking time).
		await new Promise((resolve) => setTimeout(resolve));
	}
	// The updates the parts make as they mount are on screen.
	await tick();
}
