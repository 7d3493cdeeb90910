import { describe, expect, it } from 'vitest';
import {
	announcement,
	chartDescription,
	chartLayout,
	clampStep,
	expectedAt,
	labelAnchor,
	labelY,
	linePath,
	listText,
	pathPoints,
	placement,
	placementText,
	stepForKey,
	unitScale,
	walkedPoints
} from './path';
import { BETWEEN, COMPOSITE_NOTE, EXPECTED, STEPS } from './story';

const at = (id: string) => STEPS.findIndex((s) => s.id === id);

describe('the story', () => {
	it('has the events the lesson promises, in time order', () => {
		expect(STEPS.map((s) => s.id)).toEqual([
			'start',
			'steadier',
			'hard',
			'routine',
			'lapse',
			'back',
			'now'
		]);
		const xs = STEPS.map((s) => s.x);
		expect(xs).toEqual([...xs].sort((a, b) => a - b));
	});

	it('says what helped at every step, and keeps every point inside the chart', () => {
		for (const step of STEPS) expect(step.helped.length).toBeGreaterThan(0);
		for (const p of [...STEPS, ...BETWEEN, ...EXPECTED]) {
			expect(p.x).toBeGreaterThanOrEqual(0);
			expect(p.x).toBeLessThanOrEqual(1);
			expect(p.y).toBeGreaterThanOrEqual(0);
			expect(p.y).toBeLessThanOrEqual(1);
		}
	});

	it('labels the person as a composite', () => {
		expect(COMPOSITE_NOTE).toMatch(/composite written for this course/);
		expect(COMPOSITE_NOTE).toMatch(/not a real person/);
	});

	it('starts both lines at the same place and ends the path below the straight line', () => {
		expect(STEPS[0]).toMatchObject(EXPECTED[0]);
		const last = STEPS.at(-1)!;
		expect(last.y).toBeLessThan(expectedAt(last.x));
		expect(last.y).toBeGreaterThan(STEPS[0]!.y);
	});
});

describe('unitScale', () => {
	it.each([
		[10, 110, 0, 10],
		[10, 110, 1, 110],
		[10, 110, 0.25, 35],
		[200, 20, 0.5, 110],
		[200, 20, 1, 20]
	])('[0, 1] onto [%i, %i]: %d → %d', (from, to, value, out) => {
		expect(unitScale(from, to)(value)).toBeCloseTo(out);
	});
});

describe('chartLayout', () => {
	it.each([
		// width asked, width drawn, height
		[200, 260, 250],
		[320, 320, 250],
		[479, 479, 250],
		[480, 480, 290],
		[700, 700, 290]
	])('width %i → %i × %i', (asked, width, height) => {
		const layout = chartLayout(asked);
		expect(layout.width).toBe(width);
		expect(layout.height).toBe(height);
		expect(layout.x(0)).toBe(layout.left);
		expect(layout.x(1)).toBe(layout.right);
		// Up the page is better.
		expect(layout.y(1)).toBe(layout.top);
		expect(layout.y(0)).toBe(layout.bottom);
	});

	it('keeps neighbouring events at least 34 px apart at 320 px, so numbered markers do not touch', () => {
		const { x } = chartLayout(320);
		const gaps = STEPS.slice(1).map((s, i) => x(s.x) - x(STEPS[i]!.x));
		for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(34);
	});
});

describe('the path', () => {
	it('passes through every event and every point between', () => {
		const points = pathPoints();
		expect(points).toHaveLength(STEPS.length + BETWEEN.length);
		for (const s of STEPS) expect(points).toContainEqual({ x: s.x, y: s.y });
		const xs = points.map((p) => p.x);
		expect(new Set(xs).size).toBe(xs.length);
		expect(xs).toEqual([...xs].sort((a, b) => a - b));
	});

	it.each([
		[0, 1],
		[1, 3],
		[2, 5],
		[4, 9],
		[6, STEPS.length + BETWEEN.length]
	])('at step %i the walked part has %i points and ends at that event', (index, count) => {
		const walked = walkedPoints(index);
		expect(walked).toHaveLength(count);
		expect(walked.at(-1)).toEqual({ x: STEPS[index]!.x, y: STEPS[index]!.y });
	});

	it('draws nothing for a single point and a curve through the events otherwise', () => {
		const layout = chartLayout(320);
		expect(linePath(walkedPoints(0), layout)).toBe('');
		const d = linePath(walkedPoints(2), layout);
		expect(d.startsWith(`M${layout.x(STEPS[0]!.x)},${layout.y(STEPS[0]!.y)}`)).toBe(true);
		expect(d).toContain('C');
	});

	it.each([
		[EXPECTED[0].x, EXPECTED[0].y],
		[EXPECTED[1].x, EXPECTED[1].y],
		[(EXPECTED[0].x + EXPECTED[1].x) / 2, (EXPECTED[0].y + EXPECTED[1].y) / 2]
	])('the straight line at x = %d is at y = %d', (x, y) => {
		expect(expectedAt(x)).toBeCloseTo(y);
	});
});

describe('stepping', () => {
	it.each([
		[-3, 0],
		[0, 0],
		[2.4, 2],
		[6, 6],
		[99, 6],
		[Number.NaN, 0]
	])('clampStep(%d) → %i', (input, out) => {
		expect(clampStep(input)).toBe(out);
	});

	it.each([
		['ArrowRight', 0, 1],
		['ArrowDown', 3, 4],
		['ArrowLeft', 3, 2],
		['ArrowUp', 0, 0],
		['ArrowRight', 6, 6],
		['Home', 4, 0],
		['End', 1, 6],
		['Enter', 2, null],
		['a', 2, null]
	])('%s at step %i → %s', (key, index, to) => {
		expect(stepForKey(key, index, STEPS.length)).toBe(to);
	});
});

describe('placement', () => {
	it.each([
		['start', 'start', 'on'],
		['steadier', 'up', 'above'],
		['hard', 'down', 'far-below'],
		['routine', 'up', 'on'],
		['lapse', 'down', 'far-below'],
		['back', 'up', 'below'],
		['now', 'up', 'below']
	])('%s: the path goes %s and sits %s the straight line', (id, trend, versus) => {
		expect(placement(at(id))).toEqual({ trend, versus });
	});

	it.each([
		[at('start'), 'The path starts here, on the straight line.'],
		[at('hard'), 'The path goes down, far below the straight line.'],
		[at('back'), 'The path goes up, below the straight line.'],
		[at('now'), 'The path goes up, below the straight line, but higher than at the start.']
	])('step %i reads "%s"', (index, text) => {
		expect(placementText(index)).toBe(text);
	});
});

describe('words', () => {
	it.each([
		[[], ''],
		[['Walking'], 'Walking'],
		[['Medication', 'People'], 'Medication and people'],
		[['A', 'B', 'C'], 'A, b and c']
	])('listText(%j) → "%s"', (items, text) => {
		expect(listText(items)).toBe(text);
	});

	it('announces the step, the place on the path and what helped', () => {
		expect(announcement(at('lapse'))).toBe(
			'Step 5 of 7. Month 7: A lapse. The path goes down, far below the straight line. What helped: Telling his counselor instead of hiding it and still going to the clinic.'
		);
	});

	it.each([
		[0, 'drawn up to step 1 of 7'],
		[3, 'drawn up to step 4 of 7'],
		[6, 'The whole path is drawn']
	])('the description at step %i says "%s"', (index, part) => {
		const text = chartDescription(index);
		expect(text).toContain('dashed straight line');
		expect(text).toContain(part);
		expect(text).toContain(STEPS[index]!.title);
	});
});

describe('labels', () => {
	const layout = chartLayout(320);
	it.each([
		// x, label, anchor: a label sits centred on its marker unless it would spill over an edge
		[layout.left, 'A', 'start'],
		[160, 'A hard week', 'middle'],
		[50, 'A hard week', 'start'],
		[290, 'A lapse', 'end'],
		[225, 'Getting back on the road', 'end'],
		[layout.right, 'A', 'end']
	] as const)('x = %d, "%s" → anchor %s', (x, text, anchor) => {
		expect(labelAnchor(x, layout, text)).toBe(anchor);
	});

	it('keeps every event label inside the chart at 260 px', () => {
		const narrow = chartLayout(260);
		for (const step of STEPS) {
			const x = narrow.x(step.x);
			const width = step.label.length * 8.2;
			const anchor = labelAnchor(x, narrow, step.label);
			const [from, to] =
				anchor === 'start'
					? [x, x + width]
					: anchor === 'end'
						? [x - width, x]
						: [x - width / 2, x + width / 2];
			expect(from).toBeGreaterThanOrEqual(0);
			expect(to).toBeLessThanOrEqual(narrow.width);
		}
	});

	it.each([
		[layout.top + 10, layout.top + 42],
		[layout.bottom, layout.bottom - 18]
	])('a marker at y = %d gets its label at y = %d', (y, out) => {
		expect(labelY(y, layout)).toBe(out);
	});
});
