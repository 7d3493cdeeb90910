import { scaleLinear, scaleLog, scaleSqrt } from 'd3';
import { describe, expect, it } from 'vitest';
import { linearScale, logScale, sqrtScale } from './scales';

type Pair = [number, number];

// The local maps must agree with the d3 scales they replace, inside and outside the domain.
describe.each([
	{ name: 'linear', ours: linearScale, d3: (d: Pair, r: Pair) => scaleLinear().domain(d).range(r) },
	{ name: 'log', ours: logScale, d3: (d: Pair, r: Pair) => scaleLog().domain(d).range(r) },
	{ name: 'sqrt', ours: sqrtScale, d3: (d: Pair, r: Pair) => scaleSqrt().domain(d).range(r) }
])('$name scale', ({ name, ours, d3 }) => {
	const cases: { domain: Pair; range: Pair; values: number[] }[] = [
		{ domain: [1, 400], range: [24, 300], values: [1, 2, 7, 90, 400, 500] },
		{ domain: [0.25, 8], range: [0, 100], values: [0.25, 0.5, 1, 4, 8, 10] },
		{ domain: [1, 400], range: [300, 24], values: [1, 30, 400] }
	];
	if (name !== 'log') cases.push({ domain: [0, 4], range: [2, 12], values: [0, 1, 2.5, 4, -1] });
	it.each(cases)('matches d3 on $domain → $range', ({ domain, range, values }) => {
		const a = ours(domain, range);
		const b = d3(domain, range);
		for (const v of values) expect(a(v)).toBeCloseTo(b(v), 9);
	});

	it('maps a collapsed domain to the middle of the range', () => {
		expect(ours([4, 4], [10, 20])(4)).toBe(15);
	});
});
