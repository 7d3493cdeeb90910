import { describe, expect, it } from 'vitest';
import { isTimeZone, localDay, nextDay, startOfDay } from './time-zone';

describe('time zones', () => {
	it.each([
		['UTC', true],
		['America/New_York', true],
		['Europe/Madrid', true],
		['Mars/Olympus', false],
		['', false]
	])('isTimeZone(%j) is %j', (zone, ok) => {
		expect(isTimeZone(zone)).toBe(ok);
	});

	it.each([
		{ at: '2026-12-02T14:06Z', zone: 'UTC', day: '2026-12-02' },
		{ at: '2026-12-03T02:00Z', zone: 'UTC', day: '2026-12-03' },
		{ at: '2026-12-03T02:00Z', zone: 'America/New_York', day: '2026-12-02' },
		{ at: '2026-12-02T23:30Z', zone: 'Asia/Tokyo', day: '2026-12-03' }
	])('$at is $day in $zone', ({ at, zone, day }) => {
		expect(localDay(new Date(at), zone)).toBe(day);
	});

	it.each([
		{ day: '2026-12-02', zone: 'UTC', start: '2026-12-02T00:00:00.000Z' },
		{ day: '2026-12-02', zone: 'America/New_York', start: '2026-12-02T05:00:00.000Z' },
		{ day: '2026-07-02', zone: 'America/New_York', start: '2026-07-02T04:00:00.000Z' },
		// The days daylight saving starts and ends in New York (2026-03-08, 2026-11-01).
		{ day: '2026-03-08', zone: 'America/New_York', start: '2026-03-08T05:00:00.000Z' },
		{ day: '2026-03-09', zone: 'America/New_York', start: '2026-03-09T04:00:00.000Z' },
		{ day: '2026-11-01', zone: 'America/New_York', start: '2026-11-01T04:00:00.000Z' },
		{ day: '2026-11-02', zone: 'America/New_York', start: '2026-11-02T05:00:00.000Z' },
		{ day: '2026-12-02', zone: 'Asia/Kolkata', start: '2026-12-01T18:30:00.000Z' }
	])('$day begins at $start in $zone', ({ day, zone, start }) => {
		expect(new Date(startOfDay(day, zone)).toISOString()).toBe(start);
	});

	it.each([
		['2026-12-02', '2026-12-03'],
		['2026-12-31', '2027-01-01'],
		['2028-02-28', '2028-02-29']
	])('the day after %s is %s', (day, next) => {
		expect(nextDay(day)).toBe(next);
	});
});
