import { describe, expect, it } from 'vitest';
import { safeNext } from './redirect';

describe('safeNext', () => {
	it.each([
		[null, '/learn'],
		['', '/learn'],
		['/me', '/me'],
		['/learn/start-here/how-this-course-works#top', '/learn/start-here/how-this-course-works#top'],
		['https://evil.example/', '/learn'],
		['//evil.example/', '/learn'],
		['/\\evil.example', '/learn'],
		['javascript:alert(1)', '/learn']
	])('%s → %s', (next, want) => expect(safeNext(next)).toBe(want));
});
