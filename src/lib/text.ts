/**
 * The characters of a text as a person sees them (code points), with any lone surrogate (half
 * of an emoji, e.g. from a string cut in the wrong place or a JSON `"\ud83d"`) replaced by
 * U+FFFD. Postgres refuses lone surrogates in JSON, so stored text must never hold one.
 * (String.prototype.toWellFormed does this too, but not in browsers older than 2023.)
 */
export function characters(text: string): string[] {
	return [...text].map((c) => (c.length === 1 && c >= '\ud800' && c <= '\udfff' ? '\ufffd' : c));
}

/** Mends every string (and key) in parsed JSON, so what is stored is valid text for Postgres. */
export function mendJson(value: unknown, depth = 0): unknown {
	if (typeof value === 'string') return characters(value).join('');
	if (typeof value !== 'object' || value === null || depth > 20) return value;
	if (Array.isArray(value)) return value.map((v) => mendJson(v, depth + 1));
	return Object.fromEntries(
		Object.entries(value).map(([k, v]) => [characters(k).join(''), mendJson(v, depth + 1)])
	);
}
