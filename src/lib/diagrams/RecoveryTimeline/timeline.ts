import { indexForKey } from '../stepper';
import { symbol, symbolCircle, symbolTriangle } from 'd3';
import { sqrtScale } from '../scales';

/**
 * "Recovery over time": what studies found at different times without use, drawn ONLY from
 * numbers stated in sources read for this course. No study here gives levels that could be
 * plotted as a line, so the chart is a timeline of findings, not a graph of brain measures.
 *
 * - strang2003 (BMJ 326:959): 137 people in a 28-day inpatient opioid detox program in London;
 *   5 died within 12 months of discharge, 3 of them from an overdose in the first 4 months, all 3
 *   among the 37 who had completed detox and the program ("lost tolerance").
 * - wang2013 (PLoS One 8:e68791): cross-sectional, adults with METHAMPHETAMINE dependence in a
 *   rehab center, abstinent 6 days, 14 days, 1 month, 3 months, 6 months or 1 year (139 had a cue
 *   session); cue-induced craving "increased until 3 months of abstinence and decreased at 6
 *   months and 1 year": a different group at each time, so the text says which group was higher,
 *   never that craving grew within a person; craving without cues fell with time.
 * - volkow2001 (J Neurosci 21:9414), as described by NIDA (nida-recover): dopamine TRANSPORTERS in
 *   people who used METHAMPHETAMINE, far below normal one month after stopping and near normal
 *   after 14 months. The abstract's own numbers were not available to this course, so no level is
 *   drawn, only the two times and what was seen.
 */

export type MarkKind = 'band' | 'rising' | 'highest' | 'lower' | 'low' | 'near-normal';
export type LaneId = 'overdose' | 'cue-craving' | 'transporters';

export interface Finding {
	/** The span of days (without use) this finding covers; a point has from === to. */
	from: number;
	to: number;
	mark: MarkKind;
	text: string;
	/** A band's short label, drawn inside it. */
	label?: string;
}

export interface Lane {
	id: LaneId;
	drug: 'Opioids' | 'Methamphetamine';
	measure: string;
	population: string;
	/** The source, as shown in the diagram, and its key in lessons/references.ts. */
	source: string;
	cite: string;
	findings: Finding[];
	/** What to say at a time this study did not look at. */
	elsewhere: string;
	/** Drawn on a dashed line between the first and last point, where nothing was measured. */
	between?: string;
}

export interface Stop {
	day: number;
	label: string;
}

/** The times the studies looked at: the places the learner can step to. */
export const STOPS: Stop[] = [
	{ day: 6, label: '6 days' },
	{ day: 14, label: '2 weeks' },
	{ day: 30, label: '1 month' },
	{ day: 90, label: '3 months' },
	{ day: 120, label: '4 months' },
	{ day: 180, label: '6 months' },
	{ day: 365, label: '1 year' },
	{ day: 426, label: '14 months' }
];

const CUE = 'Craving set off by drug cues';

export const LANES: Lane[] = [
	{
		id: 'overdose',
		drug: 'Opioids',
		measure: 'deaths from overdose after detox',
		population: '137 people who left a 28-day hospital detox program for opioids in London',
		source: 'Strang and others, 2003',
		cite: 'strang2003',
		findings: [
			{
				from: 0,
				to: 120,
				mark: 'band',
				label: 'first 4 months',
				text: 'In the first 4 months after detox, 3 people died of an overdose. All 3 had finished detox, so they had lost their tolerance.'
			}
		],
		elsewhere:
			'The overdose deaths in this study came in the first 4 months. A small study cannot say when the danger ends.'
	},
	{
		id: 'cue-craving',
		drug: 'Methamphetamine',
		measure: 'craving when shown drug cues',
		population:
			'Adults in a rehab center who had used methamphetamine, a different group at each time (139 in the cue test)',
		source: 'Wang and others, 2013',
		cite: 'wang2013',
		findings: [
			{ from: 6, to: 6, mark: 'rising', text: `${CUE} was higher in the groups further along.` },
			{ from: 14, to: 14, mark: 'rising', text: `${CUE} was higher in the groups further along.` },
			{ from: 30, to: 30, mark: 'rising', text: `${CUE} was higher in the groups further along.` },
			{ from: 90, to: 90, mark: 'highest', text: `${CUE} was highest in this group.` },
			{ from: 180, to: 180, mark: 'lower', text: `${CUE} was lower than at 3 months.` },
			{ from: 365, to: 365, mark: 'lower', text: `${CUE} was lower than at 3 months.` }
		],
		elsewhere: 'Not measured at this time.'
	},
	{
		id: 'transporters',
		drug: 'Methamphetamine',
		measure: 'dopamine transporters (brain scans)',
		population: 'People who had used methamphetamine',
		source: 'Volkow and others, 2001',
		cite: 'volkow2001',
		findings: [
			{
				from: 30,
				to: 30,
				mark: 'low',
				text: 'Brain scans showed far fewer dopamine transporters than in people who did not use.'
			},
			{
				from: 426,
				to: 426,
				mark: 'near-normal',
				text: 'Dopamine transporters were back close to normal.'
			}
		],
		elsewhere: 'Not measured at this time.',
		between: 'not measured'
	}
];

/** The last day the time line shows: a little past 14 months. */
export const LAST_DAY = 450;

export interface Margins {
	left: number;
	right: number;
}

/**
 * Days → x. A square-root scale stretches the first weeks, where most of the study times are,
 * while keeping later times in order and spaced by real time. The chart says so in words.
 */
export function timeScale(width: number, margins: Margins = { left: 24, right: 16 }) {
	return sqrtScale(
		[0, LAST_DAY],
		[margins.left, Math.max(margins.left + 1, width - margins.right)]
	);
}

/**
 * Where a label centred on x should anchor so that about `halfWidth` px of text stays inside
 * 0…width: labels near an edge run inwards instead of off the chart.
 */
export function labelAnchor(x: number, width: number, halfWidth = 36): 'start' | 'middle' | 'end' {
	if (x - halfWidth < 0) return 'start';
	if (x + halfWidth > width) return 'end';
	return 'middle';
}

/** Axis labels, each on two short lines, spaced so they fit side by side on a phone. */
export const TICKS: { day: number; lines: [string, string] }[] = [
	{ day: 0, lines: ['stop', 'using'] },
	{ day: 30, lines: ['1', 'month'] },
	{ day: 180, lines: ['6', 'months'] },
	{ day: 365, lines: ['1', 'year'] }
];

export function findingAt(lane: Lane, day: number): { text: string; mark: MarkKind | null } {
	const found = lane.findings.find((f) => f.from <= day && day <= f.to);
	return found ? { text: found.text, mark: found.mark } : { text: lane.elsewhere, mark: null };
}

/** Moves through the stops with the keyboard; null for keys the chart leaves alone. */
export function stopForKey(
	key: string,
	index: number,
	count: number = STOPS.length
): number | null {
	return indexForKey(key, index, count);
}

/** A stop by index, clamped into range (props may carry any number). */
export function clampStop(index: number | undefined, count: number = STOPS.length): number {
	if (index === undefined || !Number.isFinite(index)) return 0;
	return Math.min(count - 1, Math.max(0, Math.round(index)));
}

/** What the live region says at a stop: the time, then each study's finding. */
export function announcement(index: number): string {
	const stop = STOPS[clampStop(index)]!;
	const parts = LANES.map(
		(lane) => `${lane.drug}, ${lane.measure}: ${findingAt(lane, stop.day).text}`
	);
	return `${stop.label} without use. ${parts.join(' ')}`;
}

/** SVG path data for a mark's symbol, centred on 0,0 (the chart moves it into place). */
export function markPath(kind: Exclude<MarkKind, 'band'>): string {
	const size = kind === 'highest' ? 200 : 110;
	const shape = kind === 'low' || kind === 'near-normal' ? symbolCircle : symbolTriangle;
	return symbol(shape, size)() ?? '';
}

/** Whether a mark's symbol points down (a triangle turned over means "lower than at 3 months"). */
export function pointsDown(kind: MarkKind): boolean {
	return kind === 'lower';
}
