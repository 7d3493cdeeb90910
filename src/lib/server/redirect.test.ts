import { describe, expect, it } from 'vitest';
import { safeNext } from './redirect';

const SITE = 'http://rewire.invalid';

/** Values an attacker can put in `?next=`, and where each must end up. */
const cases: [string | null | undefined, string][] = [
	[null, '/learn'],
	[undefined, '/learn'],
	['', '/learn'],
	['/me', '/me'],
	['/learn/start-here/how-this-course-works#top', '/learn/start-here/how-this-course-works#top'],
	['/invite/abc?x=1', '/invite/abc?x=1'],
	// Other sites, written plainly.
	['https://evil.example/', '/learn'],
	['http:evil.example', '/learn'],
	['//evil.example/', '/learn'],
	['///evil.example', '/learn'],
	['/\\evil.example', '/learn'],
	['/\\\\evil.example', '/learn'],
	['\\\\evil.example', '/learn'],
	['javascript:alert(1)', '/learn'],
	['data:text/html,<script>alert(1)</script>', '/learn'],
	['evil.example', '/learn'],
	[' /me', '/learn'],
	// Characters a browser drops (tab, CR, LF) turn a path into `//host`.
	['/\t/evil.example', '/learn'],
	['/\r/evil.example', '/learn'],
	['/\n/evil.example', '/learn'],
	['/\r\n/evil.example', '/learn'],
	['\t//evil.example', '/learn'],
	// Dot segments that normalise to `//host`.
	['/.//evil.example', '/learn'],
	['/..//evil.example', '/learn'],
	['/a/../..//evil.example', '/learn'],
	// Encoded slashes stay encoded: a path of this site, not another host.
	['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
	['/%5C%5Cevil.example', '/%5C%5Cevil.example'],
	// Look-alikes of `/` and spaces are plain characters, percent-encoded.
	['/\u3000/x', '/%E3%80%80/x'],
	['/\uFF0F/evil.example', '/%EF%BC%8F/evil.example'],
	['\uFF0F\uFF0Fevil.example', '/learn'],
	['/\u2215/evil.example', '/%E2%88%95/evil.example'],
	// Non-ASCII and spaces in the query and fragment are encoded, so the header can be sent.
	['/me?q=é 1#a b', '/me?q=%C3%A9%201#a%20b'],
	['/\u0000x', '/%00x'],
	// Too long to be one of our pages.
	[`/${'a'.repeat(5000)}`, '/learn']
];

// Named by a short form of the value, so a 5,000-character case does not fill the report.
const named = cases.map(([next, want]) => ({
	shown: JSON.stringify(next)?.slice(0, 40),
	next,
	want
}));

describe('safeNext', () => {
	it.each(named)('$shown → $want', ({ next, want }) => expect(safeNext(next)).toBe(want));

	it.each(named)('$shown stays on the site, as a valid header value', ({ next }) => {
		const out = safeNext(next);
		expect(new URL(out, SITE).origin).toBe(SITE);
		expect(out).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
	});

	it('uses the fallback given', () => expect(safeNext('//evil.example', '/me')).toBe('/me'));
});
