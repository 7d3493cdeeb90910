/**
 * Which view a stepped diagram shows, from the page's address: `?scene=2` (the reward circuit),
 * `?time=3` (the recovery timeline), `?step=4` (the recovery path), counted from 1 as the
 * diagrams' own counters are. Before its script runs, or with JavaScript off, a diagram's
 * Previous, Next and numbered controls are plain links to these addresses, so the server draws
 * the next view and the stepping still works.
 */
export const VIEW_PARAMS = ['scene', 'time', 'step'] as const;
export type ViewParam = (typeof VIEW_PARAMS)[number];
/** Zero-based view indexes by parameter; a diagram keeps its index within its own range. */
export type Views = Partial<Record<ViewParam, number>>;

// No diagram has more than a handful of views: one or two digits, 1 or more.
const VIEW_NUMBER = /^[1-9][0-9]?$/;

/** The views asked for, ignoring anything that is not a small whole number (never an error). */
export function readViews(params: URLSearchParams): Views {
	const views: Views = {};
	for (const param of VIEW_PARAMS) {
		const value = params.get(param);
		if (value !== null && VIEW_NUMBER.test(value)) views[param] = Number(value) - 1;
	}
	return views;
}

/** The address of view `index` (zero-based), back at the diagram (`anchor` is its id). */
export function viewHref(param: ViewParam, index: number, anchor: string): string {
	return `?${param}=${index + 1}#${anchor}`;
}
