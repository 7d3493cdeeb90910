import { onMount } from 'svelte';

/**
 * Whether the component calling this has hydrated. Tools that work only in the browser keep their
 * form `inert` until then: on a slow phone a person would otherwise type into a form whose submit
 * still reloads the page, losing what they wrote. Call during component set-up.
 */
export function hydrated(): { readonly current: boolean } {
	let ready = $state(false);
	onMount(() => {
		ready = true;
	});
	return {
		get current() {
			return ready;
		}
	};
}
