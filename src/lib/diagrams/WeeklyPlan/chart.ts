import { scaleBand } from 'd3';
import { linearScale } from '../scales';
import { chartMax, DAYS, type DayMinutes, type DayId } from './plan';

/** The day chart's frame, in px (its viewBox equals its drawn width). */
export const FRAME = { height: 230, top: 26, bottom: 30, left: 40, right: 8 } as const;

export function dayScales(days: DayMinutes[], width: number) {
	const w = Math.max(240, width);
	const x = scaleBand<DayId>()
		.domain(DAYS.map((d) => d.id))
		.range([FRAME.left, w - FRAME.right])
		.padding(0.25);
	const max = chartMax(days);
	const y = linearScale([0, max], [FRAME.height - FRAME.bottom, FRAME.top]);
	const ticks = [0, max / 2, max];
	// Three-letter day names need about 36 px each; on a narrow phone two letters are used.
	const label: 'short' | 'tiny' = x.step() >= 36 ? 'short' : 'tiny';
	return { w, x, y, ticks, label };
}

/** The week bar: 0 to `end` minutes across the panel, with the guideline marks on it. */
export function weekScale(end: number, width: number) {
	const w = Math.max(240, width);
	return {
		w,
		x: linearScale([0, end], [12, w - 12])
	};
}
