import { describe, expect, it } from 'vitest';
import { loadContactEmail } from './contact';

describe('loadContactEmail', () => {
	it.each([
		[undefined, null],
		['', null],
		[' ', null],
		['course@example.org', 'course@example.org'],
		[' team@rewire.example.org ', 'team@rewire.example.org']
	])('%j → %j', (value, email) => {
		expect(loadContactEmail(value)).toBe(email);
	});

	it.each(['not an address', 'a@b', '<x@example.org>'])('refuses %j', (value) => {
		expect(() => loadContactEmail(value)).toThrow(/CONTACT_EMAIL/);
	});
});
