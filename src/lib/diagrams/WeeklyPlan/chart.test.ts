import { describe, expect, it } from 'vitest';
import { dayScales, FRAME, weekScale } from './chart';
import { emptyPlan, minutesByDay } from './plan';

const days = minutesByDay(emptyPlan());

describe('dayScales', () => {
	it.each([
		// drawn width, day label style
		[264, 'tiny'],
		[300, 'tiny'],
		[320, 'short'],
		[360, 'short'],
		[640, 'short']
	])('at %i px uses %s day names', (width, label) => {
		expect(dayScales(days, width).label).toBe(label);
	});

	it.each([100, 264, 640])('keeps all seven bars inside a %i px chart', (width) => {
		const { w, x } = dayScales(days, width);
		for (const d of days) {
			expect(x(d.day)!).toBeGreaterThanOrEqual(FRAME.left);
			expect(x(d.day)! + x.bandwidth()).toBeLessThanOrEqual(w - FRAME.right);
		}
	});

	it('puts 0 minutes on the base line and the top tick at the top', () => {
		const { y, ticks } = dayScales(days, 320);
		expect(y(0)).toBe(FRAME.height - FRAME.bottom);
		expect(y(ticks[2]!)).toBe(FRAME.top);
		expect(ticks).toEqual([0, 30, 60]);
	});
});

describe('weekScale', () => {
	it.each([
		[330, 300, 0, 12],
		[330, 300, 330, 288],
		[330, 300, 150, 12 + (150 / 330) * 276]
	])('0–%i minutes over %i px: %i minutes → x %f', (end, width, minutes, x) => {
		expect(weekScale(end, width).x(minutes)).toBeCloseTo(x);
	});
});
