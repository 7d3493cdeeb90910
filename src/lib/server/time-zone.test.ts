import { describe, expect, it } from 'vitest';
import { loadTimeZone } from './time-zone';

describe('loadTimeZone', () => {
	it.each([
		[undefined, 'UTC'],
		['', 'UTC'],
		['  ', 'UTC'],
		['America/Chicago', 'America/Chicago'],
		[' Europe/Madrid ', 'Europe/Madrid']
	])('%j → %j', (value, zone) => {
		expect(loadTimeZone(value)).toBe(zone);
	});

	it('refuses a zone it does not know, naming it', () => {
		expect(() => loadTimeZone('Mars/Olympus')).toThrow(/TIME_ZONE "Mars\/Olympus"/);
	});
});
