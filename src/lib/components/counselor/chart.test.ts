import { describe, expect, it } from 'vitest';
import { dayTicks } from './chart';

const at = (iso: string) => new Date(iso).getTime();
const days = (ticks: Date[]) => ticks.map((t) => t.toISOString().slice(0, 10));

describe('dayTicks', () => {
	it.each([
		{
			name: 'a fortnight: five days, evenly spaced',
			from: '2026-03-01T10:00Z',
			to: '2026-03-15T10:00Z',
			want: ['2026-03-02', '2026-03-06', '2026-03-10', '2026-03-14']
		},
		{
			name: 'three days: one tick a day',
			from: '2026-03-01T00:00Z',
			to: '2026-03-03T00:00Z',
			want: ['2026-03-01', '2026-03-02', '2026-03-03']
		},
		{
			name: 'within one day: that day',
			from: '2026-03-01T09:00Z',
			to: '2026-03-01T11:00Z',
			want: ['2026-03-01']
		},
		{
			name: 'an empty span: its day',
			from: '2026-03-01T09:00Z',
			to: '2026-03-01T09:00Z',
			want: ['2026-03-01']
		}
	])('$name', ({ from, to, want }) => {
		expect(days(dayTicks(at(from), at(to)))).toEqual(want);
	});

	it('never gives more than asked, or two on a day, over a long span', () => {
		const ticks = dayTicks(at('2025-01-01T00:00Z'), at('2026-01-01T00:00Z'), 5);
		expect(ticks.length).toBeLessThanOrEqual(5);
		expect(new Set(days(ticks)).size).toBe(ticks.length);
	});
});
