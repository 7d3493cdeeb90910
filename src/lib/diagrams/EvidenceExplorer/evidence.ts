import { linearScale, logScale } from '../scales';

/**
 * "What the trials found": the pooled results of Wang D, et al. Impact of physical exercise on
 * substance use disorders: a meta-analysis. PLoS One 2014;9(10):e110728 (key `wang2014`), exactly
 * as its abstract gives them. 22 randomized controlled trials, 1990–2013; the four outcomes below
 * are the four it measured. Nothing is plotted that the paper's summary does not give as a number:
 * its findings by substance and by kind of exercise come without numbers, so they are text rows.
 *
 * - abstinence rate: OR = 1.69 (95% CI 1.44, 1.99)
 * - withdrawal symptoms: SMD = −1.24 (95% CI −2.46, −0.02)
 * - anxiety: SMD = −0.31 (95% CI −0.45, −0.16)
 * - depression: SMD = −0.47 (95% CI −0.80, −0.14)
 */

export type Measure = 'OR' | 'SMD';
export type OutcomeId = 'abstinence' | 'withdrawal' | 'anxiety' | 'depression';
export type NoteId = 'by-substance' | 'by-exercise';
export type RowId = OutcomeId | NoteId;

export interface Outcome {
	id: OutcomeId;
	label: string;
	measure: Measure;
	estimate: number;
	low: number;
	high: number;
	/** Which side of "no difference" means the exercise group did better. */
	better: 'higher' | 'lower';
	/** What the number means, in plain words. */
	meaning: string;
}

/** A finding the summary states without a number: shown as text, never plotted. */
export interface Note {
	id: NoteId;
	label: string;
	meaning: string;
}

export const SOURCE =
	'Wang and others, 2014: a meta-analysis of 22 randomized trials (PLoS One). Numbers as given in the paper’s summary.';

export const OUTCOMES: Outcome[] = [
	{
		id: 'abstinence',
		label: 'Staying off drugs',
		measure: 'OR',
		estimate: 1.69,
		low: 1.44,
		high: 1.99,
		better: 'higher',
		meaning:
			'People who exercised were more likely to stay abstinent (not using) than people who did not. Their odds of staying off were about 1.7 times as high.'
	},
	{
		id: 'withdrawal',
		label: 'Withdrawal symptoms',
		measure: 'SMD',
		estimate: -1.24,
		low: -2.46,
		high: -0.02,
		better: 'lower',
		meaning:
			'People who exercised had milder withdrawal symptoms. But the line is very long, so how much milder is unsure: it could be a lot or only a little.'
	},
	{
		id: 'anxiety',
		label: 'Anxiety',
		measure: 'SMD',
		estimate: -0.31,
		low: -0.45,
		high: -0.16,
		better: 'lower',
		meaning:
			'People who exercised felt less anxious. The line is short, so this result is fairly sure.'
	},
	{
		id: 'depression',
		label: 'Depression',
		measure: 'SMD',
		estimate: -0.47,
		low: -0.8,
		high: -0.14,
		better: 'lower',
		meaning:
			'People who exercised had fewer signs of depression. The dot is a little farther from 0 than for anxiety, so the drop was a bit bigger.'
	}
];

export const NOTES: Note[] = [
	{
		id: 'by-substance',
		label: 'By the drug people used',
		meaning:
			'Exercise eased depression more for people who used alcohol or illegal drugs than for people who used nicotine. It raised staying off more for people who used illegal drugs than for others. The summary gives no numbers for these, so they are not drawn.'
	},
	{
		id: 'by-exercise',
		label: 'By the kind of exercise',
		meaning:
			'The results were much the same for harder and easier exercise, for different kinds of exercise, and for shorter and longer follow-up. The summary gives no numbers for these, so they are not drawn.'
	}
];

export const ROW_IDS: RowId[] = [...OUTCOMES.map((o) => o.id), ...NOTES.map((n) => n.id)];

export const MEASURES: Record<
	Measure,
	{ name: string; noEffect: number; helpsSide: 'left' | 'right'; scale: string }
> = {
	OR: {
		name: 'odds ratio',
		noEffect: 1,
		helpsSide: 'right',
		scale: 'Odds ratio (OR). 1 means no difference; above 1, more people stayed off.'
	},
	SMD: {
		name: 'standardized mean difference',
		noEffect: 0,
		helpsSide: 'left',
		scale: 'Standardized mean difference (SMD). 0 means no difference; below 0, fewer symptoms.'
	}
};

/** Axis extents and ticks: each measure's panel shows all its intervals with room to spare. */
export const AXES: Record<Measure, { domain: [number, number]; ticks: number[] }> = {
	OR: { domain: [0.5, 4], ticks: [0.5, 1, 2, 4] },
	SMD: { domain: [-2.5, 1], ticks: [-2, -1, 0, 1] }
};

/**
 * Geometry of a panel `width` px wide (the SVG's viewBox equals its drawn width, so 1 unit is
 * 1 px and text keeps its size). On a phone each row stacks its label, its numbers and its line;
 * from WIDE px up the labels sit in a column to the left of the plot.
 */
export const WIDE = 560;
const PAD = 16;
const LABELS = 240;

export interface PanelLayout {
	/** The plot's x range. */
	left: number;
	right: number;
	rowHeight: number;
	/** Offsets inside a row: label and numbers baselines, and the interval's line. */
	labelY: number;
	valueY: number;
	lineY: number;
	/** Space above the first row (for "no difference") and below the last (the axis). */
	top: number;
	axis: number;
}

export function panelLayout(width: number): PanelLayout {
	const w = Math.max(200, width);
	if (w >= WIDE) {
		return {
			left: LABELS,
			right: w - PAD,
			rowHeight: 58,
			labelY: 24,
			valueY: 44,
			lineY: 32,
			top: 30,
			axis: 64
		};
	}
	return {
		left: PAD,
		right: w - PAD,
		rowHeight: 76,
		labelY: 18,
		valueY: 38,
		lineY: 58,
		top: 30,
		axis: 64
	};
}

export function panelHeight(layout: PanelLayout, rows: number): number {
	return layout.top + rows * layout.rowHeight + layout.axis;
}

export function rowTop(layout: PanelLayout, index: number): number {
	return layout.top + index * layout.rowHeight;
}

/** x position for a value of a measure in a panel. Odds ratios use a log scale (1 is central). */
export function xScale(measure: Measure, layout: PanelLayout): (value: number) => number {
	const range: [number, number] = [layout.left, Math.max(layout.left + 1, layout.right)];
	const { domain } = AXES[measure];
	return measure === 'OR' ? logScale(domain, range) : linearScale(domain, range);
}

export function outcomesFor(measure: Measure): Outcome[] {
	return OUTCOMES.filter((o) => o.measure === measure);
}

/** A number as printed in the course: a true minus sign, two decimals for these results. */
export function formatNumber(value: number, decimals = 2): string {
	const text = Math.abs(value).toFixed(decimals);
	return value < 0 ? `−${text}` : text;
}

/** A tick label: no trailing zeros. */
export function formatTick(value: number): string {
	const text = String(Math.abs(value));
	return value < 0 ? `−${text}` : text;
}

/** "OR 1.69 (1.44 to 1.99)" */
export function shortResult(o: Outcome): string {
	return `${o.measure} ${formatNumber(o.estimate)} (${formatNumber(o.low)} to ${formatNumber(o.high)})`;
}

/** "odds ratio 1.69, 95% confidence interval 1.44 to 1.99" */
export function spokenResult(o: Outcome): string {
	return `${MEASURES[o.measure].name} ${formatNumber(o.estimate)}, 95% confidence interval ${formatNumber(o.low)} to ${formatNumber(o.high)}`;
}

/**
 * Where the whole confidence interval lies against "no difference": 'helps' when all of it is on
 * the exercise-did-better side, 'harms' when all on the other, 'unclear' when it crosses the line.
 */
export function verdict(o: Outcome): 'helps' | 'harms' | 'unclear' {
	const none = MEASURES[o.measure].noEffect;
	const above = o.low > none;
	const below = o.high < none;
	if (!above && !below) return 'unclear';
	return above === (o.better === 'higher') ? 'helps' : 'harms';
}

export function verdictText(o: Outcome): string {
	switch (verdict(o)) {
		case 'helps':
			return 'The whole line is on the “exercise helped” side of no difference, so chance alone is an unlikely reason for this result.';
		case 'harms':
			return 'The whole line is on the side where the exercise group did worse.';
		default:
			return 'The line crosses “no difference”, so the trials cannot tell if exercise helped.';
	}
}

export function findRow(id: RowId | null | undefined): Outcome | Note | undefined {
	if (!id) return undefined;
	return OUTCOMES.find((o) => o.id === id) ?? NOTES.find((n) => n.id === id);
}

export function isOutcome(row: Outcome | Note): row is Outcome {
	return 'measure' in row;
}

/** What is said when a row is chosen (the live region and the explanation box). */
export function explain(id: RowId | null | undefined): string {
	const row = findRow(id);
	if (!row) return 'Choose a row to see what its number means.';
	if (!isOutcome(row)) return `${row.label}: ${row.meaning}`;
	return `${row.label}: ${row.meaning} ${verdictText(row)} (${spokenResult(row)}.)`;
}

/** Arrow keys, Home and End move between rows; any other key returns null. */
export function rowForKey(key: string, index: number, count: number): number | null {
	if (count <= 0) return null;
	switch (key) {
		case 'ArrowDown':
			return Math.min(count - 1, index + 1);
		case 'ArrowUp':
			return Math.max(0, index - 1);
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return null;
	}
}

/** A prop from outside (the lesson or a quiz reveal) that may not name a real row. */
export function toRowId(value: unknown): RowId | null {
	return typeof value === 'string' && (ROW_IDS as string[]).includes(value)
		? (value as RowId)
		: null;
}
