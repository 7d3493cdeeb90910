/**
 * Stands for this site while a `next` is parsed. Any http(s) origin gives the same answer: the
 * URL parser treats both schemes alike, and only "is the origin still this one" is asked.
 */
const SITE = 'http://rewire.invalid';

/** Longer than any address of this site; a longer value is not a page we would send anyone to. */
const MAX_LENGTH = 2048;

/**
 * Where to send someone after they sign up or log in: a path of this site, or `fallback`.
 *
 * Decided the way a browser will read the Location header (WHATWG URL parsing), not by looking
 * at the first characters: browsers drop tabs and newlines anywhere and read `\` as `/`, so
 * `/<TAB>/evil.example` is `//evil.example`, another site. The answer is the parsed path, query
 * and fragment, percent-encoded ASCII, so it is always a valid header value (CR, LF or non-ASCII
 * in a raw header made the redirect itself fail).
 */
export function safeNext(next: string | null | undefined, fallback = '/learn'): string {
	if (typeof next !== 'string' || next.length > MAX_LENGTH) return fallback;
	// A path and nothing else: not a scheme, not `//host`, not `/\host`.
	if (!/^\/(?![/\\])/.test(next)) return fallback;
	let parsed: URL;
	try {
		parsed = new URL(next, SITE);
	} catch {
		return fallback;
	}
	if (parsed.origin !== SITE) return fallback;
	const path = parsed.pathname + parsed.search + parsed.hash;
	// `/.//evil.example` normalises to `//evil.example`, which a browser reads as another host.
	return path.startsWith('//') ? fallback : path;
}
