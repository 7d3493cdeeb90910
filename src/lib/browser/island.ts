import { hydrate, mount, type Component } from 'svelte';

/**
 * Brings one server-rendered part of a plain page to life: `target` holds the component's server
 * render, wrapped in a root's marks (see the pages that render islands), drawn from `props`.
 */
export function startIsland<Props extends Record<string, unknown>>(
	target: HTMLElement,
	component: Component<Props>,
	props: Props
): void {
	// The dev server's render adds marks of its own around components, which `hydrate` does not
	// expect there, so in development the island is drawn afresh instead.
	if (import.meta.env.DEV) {
		target.replaceChildren();
		mount(component, { target, props });
	} else {
		hydrate(component, { target, props });
	}
}

/** The props an island was rendered with, which the server put in its `data-props` as JSON. */
export function islandProps<Props>(target: HTMLElement): Props {
	return JSON.parse(target.dataset.props ?? '{}') as Props;
}
