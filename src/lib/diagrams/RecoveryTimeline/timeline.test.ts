import { describe, expect, it } from 'vitest';
import {
	announcement,
	clampStop,
	findingAt,
	labelAnchor,
	LANES,
	LAST_DAY,
	markPath,
	pointsDown,
	STOPS,
	stopForKey,
	TICKS,
	timeScale,
	type LaneId
} from './timeline';
import { references } from '../../../../lessons/references';

const lane = (id: LaneId) => LANES.find((l) => l.id === id)!;

describe('timeScale', () => {
	it.each([
		// width, day, x: sqrt scale from 24 to width − 16 over 0…450 days
		[340, 0, 24],
		[340, LAST_DAY, 324],
		[340, LAST_DAY / 4, 174],
		[640, LAST_DAY / 4, 324]
	])('width %i, day %i → x %d', (width, day, x) => {
		expect(timeScale(width)(day)).toBeCloseTo(x);
	});

	it('keeps every stop and tick in order and inside the chart at phone width', () => {
		const x = timeScale(288);
		const xs = STOPS.map((s) => x(s.day));
		expect(xs).toEqual([...xs].sort((a, b) => a - b));
		for (const t of TICKS) {
			expect(x(t.day)).toBeGreaterThanOrEqual(24);
			expect(x(t.day)).toBeLessThanOrEqual(272);
		}
	});

	it('leaves room for two-line tick labels (about 46 px) at phone width', () => {
		const x = timeScale(288);
		const gaps = TICKS.slice(1).map((t, i) => x(t.day) - x(TICKS[i]!.day));
		for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(46);
	});

	it('never inverts its range on a tiny width', () => {
		const x = timeScale(10);
		expect(x(LAST_DAY)).toBeGreaterThan(x(0));
	});
});

describe('labelAnchor', () => {
	it.each([
		[10, 300, 'start'],
		[150, 300, 'middle'],
		[290, 300, 'end'],
		[36, 300, 'middle'],
		[264, 300, 'middle'],
		[265, 300, 'end']
	])('x %i in width %i → %s', (x, width, anchor) => {
		expect(labelAnchor(x, width)).toBe(anchor);
	});
});

describe('findingAt', () => {
	it.each([
		['overdose', 6, 'band', /first 4 months/],
		['overdose', 120, 'band', /lost their tolerance/],
		['overdose', 180, null, /cannot say when the danger ends/],
		['cue-craving', 30, 'rising', /higher in the groups further along/],
		['cue-craving', 90, 'highest', /highest in this group/],
		['cue-craving', 365, 'lower', /lower than at 3 months/],
		['cue-craving', 120, null, /Not measured/],
		['transporters', 30, 'low', /far fewer dopamine transporters/],
		['transporters', 90, null, /Not measured/],
		['transporters', 426, 'near-normal', /close to normal/]
	] as [LaneId, number, string | null, RegExp][])('%s at day %i → %s', (id, day, mark, text) => {
		const found = findingAt(lane(id), day);
		expect(found.mark).toBe(mark);
		expect(found.text).toMatch(text);
	});
});

describe('stopForKey', () => {
	it.each([
		['ArrowRight', 0, 1],
		['ArrowDown', 6, 7],
		['ArrowRight', 7, 7],
		['ArrowLeft', 0, 0],
		['ArrowUp', 3, 2],
		['Home', 5, 0],
		['End', 2, 7],
		['Tab', 2, null],
		[' ', 2, null]
	])('%s at %i → %s', (key, index, expected) => {
		expect(stopForKey(key, index)).toBe(expected);
	});
});

describe('clampStop', () => {
	it.each([
		[undefined, 0],
		[3, 3],
		[-2, 0],
		[99, 7],
		[2.6, 3],
		[Number.NaN, 0]
	])('%s → %i', (input, expected) => {
		expect(clampStop(input)).toBe(expected);
	});
});

describe('announcement', () => {
	it.each([
		[0, /^6 days without use\. Opioids, deaths from overdose after detox: In the first 4 months/],
		[3, /3 months without use\..*Methamphetamine, craving when shown drug cues: .*highest/],
		[7, /^14 months without use\..*transporters \(brain scans\): Dopamine transporters were back/]
	])('stop %i', (index, pattern) => {
		expect(announcement(index)).toMatch(pattern);
	});
});

describe('markPath and pointsDown', () => {
	it.each([
		['rising', false],
		['highest', false],
		['lower', true],
		['low', false],
		['near-normal', false]
	] as const)('%s: a symbol, pointing down %s', (kind, down) => {
		expect(markPath(kind)).toMatch(/^M/);
		expect(pointsDown(kind)).toBe(down);
	});

	it('draws the highest point bigger than the others', () => {
		const extent = (d: string) =>
			Math.max(...(d.match(/-?[\d.]+/g) ?? []).map((n) => Math.abs(+n)));
		expect(extent(markPath('highest'))).toBeGreaterThan(extent(markPath('rising')));
	});
});

describe('the data', () => {
	it('cites only sources in the reference registry', () => {
		for (const l of LANES) expect(Object.keys(references)).toContain(l.cite);
	});

	it('labels methamphetamine findings as methamphetamine, never as opioids', () => {
		expect(lane('cue-craving').drug).toBe('Methamphetamine');
		expect(lane('transporters').drug).toBe('Methamphetamine');
		expect(lane('transporters').population).toMatch(/methamphetamine/);
	});

	it('puts every finding on a time the learner can step to', () => {
		const days = new Set(STOPS.map((s) => s.day));
		for (const l of LANES)
			for (const f of l.findings) if (f.from === f.to) expect(days).toContain(f.from);
	});
});
