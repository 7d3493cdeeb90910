import { describe, expect, it } from 'vitest';
import { dayTicks } from './chart';

const at = (iso: string) => new Date(iso).getTime();
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16) + 'Z';

describe('dayTicks', () => {
	it.each([
		{
			// The reported case: attempts on 2 December around 14:06 UTC, padded by an hour.
			name: 'one afternoon: that day, in the middle of the plot',
			from: '2026-12-02T13:06Z',
			to: '2026-12-02T15:06Z',
			zone: 'UTC',
			want: [['2026-12-02', '2026-12-02T14:06Z']]
		},
		{
			name: 'the same afternoon in New York is still 2 December',
			from: '2026-12-02T13:06Z',
			to: '2026-12-02T15:06Z',
			zone: 'America/New_York',
			want: [['2026-12-02', '2026-12-02T14:06Z']]
		},
		{
			name: 'an evening in New York is that day there, the next day in UTC',
			from: '2026-12-03T01:00Z',
			to: '2026-12-03T03:00Z',
			zone: 'America/New_York',
			want: [['2026-12-02', '2026-12-03T02:00Z']]
		},
		{
			name: 'crossing midnight: each day under its own part',
			from: '2026-12-02T22:00Z',
			to: '2026-12-03T02:00Z',
			zone: 'UTC',
			want: [
				['2026-12-02', '2026-12-02T23:00Z'],
				['2026-12-03', '2026-12-03T01:00Z']
			]
		},
		{
			name: 'crossing midnight in New York (05:00 UTC)',
			from: '2026-12-03T03:00Z',
			to: '2026-12-03T07:00Z',
			zone: 'America/New_York',
			want: [
				['2026-12-02', '2026-12-03T04:00Z'],
				['2026-12-03', '2026-12-03T06:00Z']
			]
		},
		{
			name: 'a sliver of the day before gets no label',
			from: '2026-12-02T23:50Z',
			to: '2026-12-03T04:00Z',
			zone: 'UTC',
			want: [['2026-12-03', '2026-12-03T02:00Z']]
		},
		{
			name: 'three whole days: one label each, at midday',
			from: '2026-03-01T00:00Z',
			to: '2026-03-04T00:00Z',
			zone: 'UTC',
			want: [
				['2026-03-01', '2026-03-01T12:00Z'],
				['2026-03-02', '2026-03-02T12:00Z'],
				['2026-03-03', '2026-03-03T12:00Z']
			]
		},
		{
			name: 'a fortnight: five days evenly spread, no half days at the edges',
			from: '2026-03-01T20:00Z',
			to: '2026-03-15T04:00Z',
			zone: 'UTC',
			want: [
				['2026-03-02', '2026-03-02T12:00Z'],
				['2026-03-05', '2026-03-05T12:00Z'],
				['2026-03-08', '2026-03-08T12:00Z'],
				['2026-03-11', '2026-03-11T12:00Z'],
				['2026-03-14', '2026-03-14T12:00Z']
			]
		},
		{
			name: 'an empty span: its day',
			from: '2026-03-01T09:00Z',
			to: '2026-03-01T09:00Z',
			zone: 'UTC',
			want: [['2026-03-01', '2026-03-01T09:00Z']]
		}
	])('$name', ({ from, to, zone, want }) => {
		expect(dayTicks(at(from), at(to), zone).map((t) => [t.day, iso(t.at)])).toEqual(want);
	});

	it.each(['UTC', 'America/Los_Angeles', 'Asia/Kolkata'])(
		'over a year in %s: at most five, on different days, all inside the span',
		(zone) => {
			const from = at('2025-01-01T00:00Z');
			const to = at('2026-01-01T00:00Z');
			const ticks = dayTicks(from, to, zone, 5);
			expect(ticks.length).toBeLessThanOrEqual(5);
			expect(new Set(ticks.map((t) => t.day)).size).toBe(ticks.length);
			for (const t of ticks) expect(t.at > from && t.at < to).toBe(true);
		}
	);
});
