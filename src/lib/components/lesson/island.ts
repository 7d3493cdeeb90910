import type { Component } from 'svelte';
import Island from './Island.svelte';
import type { IslandName } from './island-registry';

/**
 * A lesson part that runs in the browser, for use in a lesson's Markdown like any component. The
 * server renders it inside a marked box (Island.svelte); $lib/browser/lesson-page-script.ts
 * finds the box and hydrates the part alone, loaded by `name` from ISLANDS. Its props travel as
 * JSON, so they must be plain data: no snippets, no children.
 */
export function island<Props extends Record<string, unknown>>(
	name: IslandName,
	Part: Component<Props>
): Component<Props> {
	// A component is a function of (renderer, props); this one renders Island in its place.
	const render = Island as unknown as (renderer: unknown, props: object) => void;
	return ((renderer: unknown, props: Props) => {
		if ('children' in props) throw new Error(`<${name}> takes no content between its tags.`);
		render(renderer, { name, Part, props });
	}) as unknown as Component<Props>;
}
