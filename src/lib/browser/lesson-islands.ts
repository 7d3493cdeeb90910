import type { Component } from 'svelte';
import type { LessonContext } from '$lib/components/lesson/context';
import { ISLANDS, isIslandName } from '$lib/components/lesson/island-registry';
import IslandRoot from '$lib/components/lesson/IslandRoot.svelte';
import { islandProps, startIsland } from './island';

/**
 * Hydrates one of a lesson's interactive parts (an "island", $lib/components/lesson/island.ts)
 * with the props the server rendered it with and marks it `data-hydrated`. A part that cannot
 * load (offline, or a page from an older build) stays as the server drew it, whose forms still
 * post without JavaScript.
 */
export async function hydrateIsland(target: HTMLElement, lesson: LessonContext): Promise<void> {
	const name = target.dataset.island;
	if (!isIslandName(name)) return;
	const Part = await ISLANDS[name]().then(
		(m) => m.default as Component<Record<string, unknown>>,
		() => undefined
	);
	if (!Part) return;
	startIsland(target, IslandRoot, {
		Part,
		props: islandProps<Record<string, unknown>>(target),
		lesson
	});
	target.dataset.hydrated = '';
}
