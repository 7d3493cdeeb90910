import { indexForKey } from '../stepper';
import { curveMonotoneX, line } from 'd3';
import { BETWEEN, EXPECTED, PERSON, STEPS, type PathStep, type Point } from './story';

/** Space around the plot, in px: room for the axis words and the event labels. */
const MARGIN = { top: 30, right: 14, bottom: 34, left: 14 };

/** A straight map from [0, 1] onto [from, to]. */
export type Scale = (value: number) => number;

/**
 * d3's scaleLinear would pull d3-interpolate, d3-color and d3-format into the page (about 9 KB
 * gzipped, measured) for this one straight mapping; the lesson page's script budget is small.
 */
export function unitScale(from: number, to: number): Scale {
	return (value) => from + (to - from) * value;
}

export interface ChartLayout {
	width: number;
	height: number;
	x: Scale;
	y: Scale;
	/** The plot's edges in px. */
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** Scales for a chart `width` px wide; a phone gets a slightly shorter chart. */
export function chartLayout(width: number): ChartLayout {
	const w = Math.max(260, width);
	const height = w < 480 ? 250 : 290;
	const left = MARGIN.left;
	const right = w - MARGIN.right;
	const top = MARGIN.top;
	const bottom = height - MARGIN.bottom;
	return {
		width: w,
		height,
		x: unitScale(left, right),
		// Up the page is "going better".
		y: unitScale(bottom, top),
		left,
		right,
		top,
		bottom
	};
}

/** Every point of the uneven path, events and the smaller ups and downs between, in time order. */
export function pathPoints(): Point[] {
	return [...STEPS, ...BETWEEN].map(({ x, y }) => ({ x, y })).sort((a, b) => a.x - b.x);
}

/** The part of the path walked by the time of step `index` (the event itself included). */
export function walkedPoints(index: number): Point[] {
	const step = STEPS[clampStep(index)]!;
	return pathPoints().filter((p) => p.x <= step.x);
}

/** An SVG path through the points; monotone, so the curve passes through every event. */
export function linePath(points: Point[], layout: Pick<ChartLayout, 'x' | 'y'>): string {
	if (points.length < 2) return '';
	return (
		line<Point>()
			.x((p) => layout.x(p.x))
			.y((p) => layout.y(p.y))
			.curve(curveMonotoneX)(points) ?? ''
	);
}

/** Where the straight "expected" line is at time x. */
export function expectedAt(x: number): number {
	const [a, b] = EXPECTED;
	return a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x);
}

export function clampStep(index: number): number {
	if (!Number.isFinite(index)) return 0;
	return Math.min(STEPS.length - 1, Math.max(0, Math.round(index)));
}

/** Arrow keys step back and on; Home and End jump to the first and last step. */
export function stepForKey(key: string, index: number, count = STEPS.length): number | null {
	return indexForKey(key, index, count);
}

export type Trend = 'start' | 'up' | 'down';
export type Versus = 'on' | 'below' | 'far-below' | 'above';

/** How a step sits on the picture: which way the path went, and where it is against the line. */
export function placement(index: number): { trend: Trend; versus: Versus } {
	const i = clampStep(index);
	const step = STEPS[i]!;
	const trend: Trend = i === 0 ? 'start' : step.y >= STEPS[i - 1]!.y ? 'up' : 'down';
	const gap = expectedAt(step.x) - step.y;
	const versus: Versus =
		Math.abs(gap) < 0.06 ? 'on' : gap < 0 ? 'above' : gap >= 0.22 ? 'far-below' : 'below';
	return { trend, versus };
}

const TREND_TEXT: Record<Trend, string> = {
	start: 'The path starts here',
	up: 'The path goes up',
	down: 'The path goes down'
};
const VERSUS_TEXT: Record<Versus, string> = {
	on: 'on the straight line',
	above: 'above the straight line',
	below: 'below the straight line',
	'far-below': 'far below the straight line'
};

/** "The path goes down, far below the straight line." */
export function placementText(index: number): string {
	const i = clampStep(index);
	const { trend, versus } = placement(i);
	const end =
		i === STEPS.length - 1 && STEPS[i]!.y > STEPS[0]!.y ? ', but higher than at the start' : '';
	return `${TREND_TEXT[trend]}, ${VERSUS_TEXT[versus]}${end}.`;
}

/** "a, b and c" */
export function listText(items: string[]): string {
	const words = items.map((item, i) =>
		i === 0 ? item : item.charAt(0).toLowerCase() + item.slice(1)
	);
	if (words.length <= 1) return words.join('');
	return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** What a screen reader hears when the learner moves to a step. */
export function announcement(index: number): string {
	const i = clampStep(index);
	const step = STEPS[i]!;
	return `Step ${i + 1} of ${STEPS.length}. ${step.when}: ${step.title}. ${placementText(i)} What helped: ${listText(step.helped)}.`;
}

/** The picture as a whole, in words: the SVG's description. */
export function chartDescription(index: number): string {
	const i = clampStep(index);
	const whole =
		i === STEPS.length - 1
			? `The whole path is drawn: it goes up and down, with dips at a hard week and a lapse, and ends higher than it started.`
			: `The path is drawn up to step ${i + 1} of ${STEPS.length}.`;
	return `A dashed straight line goes steadily up: what many people expect recovery to look like. A solid line shows ${PERSON}'s path through one year. ${whole} Now at ${STEPS[i]!.when}: ${STEPS[i]!.title}. ${placementText(i)}`;
}

/** About how wide a 15 px label is: enough to keep it inside the chart. */
export const LABEL_CHAR_WIDTH = 8.2;

/** Text anchor that keeps a label of `text` inside the chart: centred unless that would spill over. */
export function labelAnchor(
	x: number,
	layout: Pick<ChartLayout, 'left' | 'right'>,
	text: string
): 'start' | 'middle' | 'end' {
	const half = (text.length * LABEL_CHAR_WIDTH) / 2;
	if (x - half < layout.left) return 'start';
	if (x + half > layout.right) return 'end';
	return 'middle';
}

/** Where to put the current event's label: above the marker, or below it if there is no room. */
export function labelY(markerY: number, layout: Pick<ChartLayout, 'top' | 'bottom'>): number {
	return markerY - 22 < layout.top + 4 ? markerY + 32 : markerY - 18;
}

export { STEPS, type PathStep };
