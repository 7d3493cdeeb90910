/**
 * The characters of a text as a person sees them (code points), made storable: a lone
 * surrogate (half an emoji, e.g. from a string cut in the wrong place or a JSON `"\ud83d"`) and
 * NUL become U+FFFD. Postgres refuses both (in jsonb, and NUL in any text), which would turn a
 * learner's odd paste into a server error. Found by src/lib/server/input.property.test.ts.
 */
export function characters(text: string): string[] {
	return [...text].map((c) =>
		c === '\u0000' || (c.length === 1 && c >= '\ud800' && c <= '\udfff') ? '\ufffd' : c
	);
}

/** The text with every character made storable (see `characters`). */
export function storable(text: string): string {
	return characters(text).join('');
}

/** Mends every string (and key) in parsed JSON, so what is stored is valid for Postgres. */
export function mendJson(value: unknown, depth = 0): unknown {
	if (typeof value === 'string') return storable(value);
	if (typeof value !== 'object' || value === null || depth > 20) return value;
	if (Array.isArray(value)) return value.map((v) => mendJson(v, depth + 1));
	return Object.fromEntries(
		Object.entries(value).map(([k, v]) => [storable(k), mendJson(v, depth + 1)])
	);
}
