import { describe, expect, it } from 'vitest';
import {
	AXES,
	explain,
	findRow,
	formatNumber,
	formatTick,
	NOTES,
	OUTCOMES,
	outcomesFor,
	panelHeight,
	panelLayout,
	ROW_IDS,
	rowForKey,
	rowTop,
	shortResult,
	spokenResult,
	toRowId,
	verdict,
	WIDE,
	xScale,
	type Outcome,
	type OutcomeId
} from './evidence';

const outcome = (id: OutcomeId) => OUTCOMES.find((o) => o.id === id)!;

describe('the plotted numbers are exactly those in the abstract of wang2014', () => {
	it.each([
		// id, measure, estimate, low, high (PLoS One 2014;9(10):e110728, abstract)
		['abstinence', 'OR', 1.69, 1.44, 1.99],
		['withdrawal', 'SMD', -1.24, -2.46, -0.02],
		['anxiety', 'SMD', -0.31, -0.45, -0.16],
		['depression', 'SMD', -0.47, -0.8, -0.14]
	] as const)('%s: %s %f (%f, %f)', (id, measure, estimate, low, high) => {
		expect(outcome(id)).toMatchObject({ measure, estimate, low, high });
	});

	it('plots only those four outcomes', () => {
		expect(OUTCOMES.map((o) => o.id)).toEqual([
			'abstinence',
			'withdrawal',
			'anxiety',
			'depression'
		]);
	});

	it('gives findings without numbers as text rows that say they are not drawn', () => {
		for (const note of NOTES) {
			expect(note).not.toHaveProperty('estimate');
			expect(note.meaning).toMatch(/no numbers/);
		}
	});
});

describe('xScale', () => {
	const phone = panelLayout(320);
	it.each([
		// measure, value, where it falls between the plot's left (0) and right (1) edges
		['OR', 0.5, 0],
		['OR', 4, 1],
		['OR', 1, 1 / 3], // log scale: 0.5 → 1 → 2 → 4 are evenly spaced
		['OR', 2, 2 / 3],
		['SMD', -2.5, 0],
		['SMD', 1, 1],
		['SMD', 0, 2.5 / 3.5]
	] as const)('%s %f sits at %f of the width', (measure, value, share) => {
		const x = xScale(measure, phone)(value);
		expect(x).toBeCloseTo(phone.left + share * (phone.right - phone.left));
	});

	it('keeps every interval and tick inside the plot', () => {
		for (const layout of [panelLayout(200), panelLayout(320), panelLayout(900)]) {
			for (const o of OUTCOMES) {
				const x = xScale(o.measure, layout);
				for (const v of [o.low, o.high, ...AXES[o.measure].ticks]) {
					expect(x(v)).toBeGreaterThanOrEqual(layout.left);
					expect(x(v)).toBeLessThanOrEqual(layout.right);
				}
			}
		}
	});
});

describe('panelLayout', () => {
	it.each([
		// width, labels beside the plot?
		[280, false],
		[WIDE - 1, false],
		[WIDE, true],
		[1000, true]
	])('at %i px, labels in a side column: %s', (width, side) => {
		const layout = panelLayout(width);
		expect(layout.left > 100).toBe(side);
		expect(layout.right).toBeLessThan(width);
	});

	it('stacks label, numbers and line top to bottom on a phone, inside the row', () => {
		const l = panelLayout(320);
		expect(l.labelY).toBeLessThan(l.valueY);
		expect(l.valueY).toBeLessThan(l.lineY);
		expect(l.lineY + 8).toBeLessThanOrEqual(l.rowHeight);
	});

	it('never inverts on a tiny width', () => {
		const l = panelLayout(10);
		expect(l.right).toBeGreaterThan(l.left);
	});

	it.each([
		[1, 30 + 76 + 64],
		[3, 30 + 3 * 76 + 64]
	])('a phone panel of %i rows is %i px tall', (rows, height) => {
		expect(panelHeight(panelLayout(320), rows)).toBe(height);
	});

	it('puts rows one below the other', () => {
		const l = panelLayout(320);
		expect(rowTop(l, 1) - rowTop(l, 0)).toBe(l.rowHeight);
	});
});

describe('formatting', () => {
	it.each([
		[1.69, '1.69'],
		[-0.8, '−0.80'],
		[-0.02, '−0.02'],
		[0, '0.00']
	])('formatNumber(%f) = %s', (value, text) => {
		expect(formatNumber(value)).toBe(text);
	});

	it.each([
		[0.5, '0.5'],
		[-2, '−2'],
		[4, '4']
	])('formatTick(%f) = %s', (value, text) => {
		expect(formatTick(value)).toBe(text);
	});

	it('names the measure and the interval', () => {
		expect(shortResult(outcome('abstinence'))).toBe('OR 1.69 (1.44 to 1.99)');
		expect(spokenResult(outcome('withdrawal'))).toBe(
			'standardized mean difference −1.24, 95% confidence interval −2.46 to −0.02'
		);
	});
});

describe('verdict', () => {
	const make = (o: Partial<Outcome>): Outcome => ({ ...outcome('anxiety'), ...o });
	it.each([
		// measure, better, low, high, verdict
		['OR', 'higher', 1.44, 1.99, 'helps'],
		['OR', 'higher', 0.8, 1.5, 'unclear'],
		['OR', 'higher', 0.5, 0.9, 'harms'],
		['SMD', 'lower', -0.45, -0.16, 'helps'],
		['SMD', 'lower', -0.2, 0.3, 'unclear'],
		['SMD', 'lower', 0.1, 0.4, 'harms'],
		['SMD', 'higher', 0.1, 0.4, 'helps']
	] as const)('%s, better %s, %f to %f → %s', (measure, better, low, high, expected) => {
		expect(verdict(make({ measure, better, low, high }))).toBe(expected);
	});

	it('finds every outcome of wang2014 on the helpful side', () => {
		expect(OUTCOMES.map(verdict)).toEqual(['helps', 'helps', 'helps', 'helps']);
	});
});

describe('explain', () => {
	it.each([
		[null, /Choose a row/],
		['abstinence', /more likely to stay abstinent.*odds ratio 1\.69|odds ratio 1\.69.*more likely/],
		['withdrawal', /unsure/],
		['by-substance', /no numbers/]
	] as const)('%s → %s', (id, pattern) => {
		expect(explain(id)).toMatch(pattern);
	});

	it('explains every row', () => {
		for (const id of ROW_IDS) expect(findRow(id)).toBeDefined();
	});
});

describe('rowForKey', () => {
	it.each([
		['ArrowDown', 0, 6, 1],
		['ArrowDown', 5, 6, 5],
		['ArrowUp', 0, 6, 0],
		['ArrowUp', 3, 6, 2],
		['Home', 4, 6, 0],
		['End', 1, 6, 5],
		['Enter', 1, 6, null],
		['ArrowDown', 0, 0, null]
	])('%s from %i of %i → %s', (key, index, count, expected) => {
		expect(rowForKey(key, index, count)).toBe(expected);
	});
});

describe('toRowId and outcomesFor', () => {
	it.each([
		['anxiety', 'anxiety'],
		['by-exercise', 'by-exercise'],
		['nonsense', null],
		[42, null],
		[undefined, null]
	])('toRowId(%s) = %s', (value, expected) => {
		expect(toRowId(value)).toBe(expected);
	});

	it('splits the outcomes into one odds-ratio panel and one SMD panel', () => {
		expect(outcomesFor('OR').map((o) => o.id)).toEqual(['abstinence']);
		expect(outcomesFor('SMD').map((o) => o.id)).toEqual(['withdrawal', 'anxiety', 'depression']);
	});
});
