import { localDay, nextDay, startOfDay } from '$lib/time-zone';

const DAY = 24 * 60 * 60 * 1000;

/** A day label on the time axis: the day, and where its label sits. */
export interface DayTick {
	day: string;
	at: number;
}

/**
 * Up to `count` day labels for a time axis, days as the counselor's zone counts them. Each label
 * sits in the middle of the part of its day that is on the axis, so it stands under that day's
 * points and never outside the plot, whether the span is an afternoon, crosses midnight or runs
 * for months. A sliver of a day at an edge (under half a day, and under a fifth of a short span)
 * gets no label of its own. Local maths rather than d3's scaleTime, which would bring
 * d3-time-format and friends (about 13 KB gzip) into every page that shares d3-scale with this.
 */
export function dayTicks(from: number, to: number, zone: string, count = 5): DayTick[] {
	if (!(to > from)) return [{ day: localDay(from, zone), at: from }];
	const first = localDay(from, zone);
	const last = localDay(to, zone);
	const days: string[] = [first];
	while (days.at(-1)! < last) days.push(nextDay(days.at(-1)!));
	const part = (day: string) => {
		const start = day === first ? from : startOfDay(day, zone);
		const end = day === last ? to : startOfDay(nextDay(day), zone);
		return { day, start, end };
	};
	// Only the first and last days can be cut by the edges.
	const minimum = Math.min(DAY / 2, (to - from) / 5);
	const edges = [part(first), part(last)];
	const wide = (p: { start: number; end: number }) => p.end - p.start >= minimum;
	let kept = days.filter(
		(d, i) => (i > 0 && i < days.length - 1) || wide(edges[i === 0 ? 0 : 1]!) || days.length === 1
	);
	if (kept.length === 0)
		kept = [edges[0]!.end - edges[0]!.start >= edges[1]!.end - edges[1]!.start ? first : last];
	const step = Math.max(1, Math.ceil((kept.length - 1) / Math.max(1, count - 1)));
	const ticks: DayTick[] = [];
	for (let i = 0; i < kept.length && ticks.length < count; i += step) {
		const p = part(kept[i]!);
		ticks.push({ day: p.day, at: (p.start + p.end) / 2 });
	}
	return ticks;
}

const short = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** A calendar day (YYYY-MM-DD) as a short axis label, "Dec 2"; the table gives the year. */
export function dayLabel(day: string): string {
	return short.format(new Date(`${day}T00:00:00Z`));
}
