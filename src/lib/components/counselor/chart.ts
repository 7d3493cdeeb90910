const DAY = 24 * 60 * 60 * 1000;

/**
 * Up to `count` date ticks for a time axis: whole UTC days spread evenly across the span, never
 * two on one day. Local maths rather than d3's scaleTime, which would bring d3-time-format and
 * friends (about 13 KB gzip) into every page that shares d3-scale with this chart.
 */
export function dayTicks(from: number, to: number, count = 5): Date[] {
	if (!(to > from) || count < 1) return [new Date(Math.floor(from / DAY) * DAY)];
	const first = Math.ceil(from / DAY);
	const last = Math.floor(to / DAY);
	if (last < first) return [new Date(Math.round((from + to) / 2 / DAY) * DAY)];
	const days = last - first;
	const step = Math.max(1, Math.ceil(days / Math.max(1, count - 1)));
	const ticks: Date[] = [];
	for (let d = first; d <= last && ticks.length < count; d += step) ticks.push(new Date(d * DAY));
	return ticks;
}
