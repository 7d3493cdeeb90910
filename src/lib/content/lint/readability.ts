/**
 * Flesch–Kincaid grade level (Kincaid, Fishburne, Rogers, Chissom & Chissom 1975, "Derivation of
 * new readability formulas ... for Navy enlisted personnel", Research Branch Report 8-75):
 *   grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 * CONTENT.md asks for grade <= 8 in every lesson body.
 */

/**
 * Words the rules below get wrong that the course uses often, with their dictionary syllable
 * counts (Merriam-Webster). Keep it small: the formula is an estimate, not a phonetic analysis.
 */
const EXCEPTIONS: Record<string, number> = {
	heroin: 3,
	nucleus: 3,
	opioid: 3,
	opioids: 3,
	idea: 3,
	ideas: 3,
	area: 3,
	areas: 3,
	create: 2,
	creates: 2,
	science: 2,
	quiet: 2,
	diet: 2,
	client: 2,
	clients: 2,
	video: 3,
	usual: 3,
	usually: 4
};

const VOWEL_GROUP = /[aeiouy]+/g;

/**
 * Syllables in one English word, by the usual written-English heuristic:
 * 1. count groups of adjacent vowels (a e i o u y), where a leading y is a consonant (`yes`);
 * 2. a final silent e is not a syllable (`time`), unless it ends consonant + `le` (`ta-ble`);
 * 3. final `-es` and `-ed` after a consonant are silent (`makes`, `used`), except `-ted`/`-ded`
 *    (`want-ed`) and `-es` after s, x, z, ch, sh, ce, ge (`us-es`, `box-es`, `chang-es`);
 * 4. `-ing` right after a vowel is its own syllable (`do-ing`, `be-ing`, `say-ing`);
 * 5. every word has at least one syllable. Words in EXCEPTIONS use their dictionary count.
 * Numbers and other words without letters count as one syllable.
 */
export function countSyllables(word: string): number {
	const w = word.toLowerCase().replace(/[^a-z]/g, '');
	if (w.length === 0) return 1;
	const known = EXCEPTIONS[w];
	if (known !== undefined) return known;

	let count = (w.replace(/^y/, '').match(VOWEL_GROUP) ?? []).length;
	const consonantBefore = (suffixLength: number) => /[^aeiouy]/.test(w.at(-suffixLength - 1) ?? '');
	if (w.endsWith('e') && consonantBefore(1) && !/[^aeiouy]le$/.test(w)) count--;
	else if (w.endsWith('ed') && consonantBefore(2) && !/[td]ed$/.test(w)) count--;
	else if (w.endsWith('es') && consonantBefore(2) && !/(?:[sxzcg]|ch|sh)es$/.test(w)) count--;
	if (/[aeiouy]ing$/.test(w)) count++;
	return Math.max(1, count);
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = /\b(?:e\.g|i\.e|vs|dr|mr|mrs|ms|approx)\./gi;

export interface Readability {
	words: number;
	sentences: number;
	syllables: number;
	/** Flesch–Kincaid grade; 0 for text without words. */
	grade: number;
}

/** Scores prose (see `toProse`): sentences end in . ! or ? followed by space or the end. */
export function fleschKincaid(prose: string): Readability {
	const text = prose.replace(ABBREVIATIONS, (abbreviation) => abbreviation.replace(/\./g, ''));
	const words = text
		.split(/\s+/)
		.map((token) => token.replace(/['’]/g, ''))
		.filter((token) => /[\p{L}\p{N}]/u.test(token));
	// A hyphenated word is one word with the syllables of its parts (`non-stop` = 2).
	const syllables = words.reduce(
		(sum, token) =>
			sum +
			token
				.split(/[-–—/]/)
				.filter((part) => /[\p{L}\p{N}]/u.test(part))
				.reduce((s, part) => s + countSyllables(part), 0),
		0
	);
	const sentences = Math.max(1, (text.match(/[.!?]+["'”’)\]]*(?=\s|$)/g) ?? []).length);
	if (words.length === 0) return { words: 0, sentences: 0, syllables: 0, grade: 0 };
	const grade = 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
	return { words: words.length, sentences, syllables, grade };
}
