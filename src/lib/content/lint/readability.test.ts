import { describe, expect, it } from 'vitest';
import { countSyllables, fleschKincaid } from './readability';

describe('countSyllables', () => {
	// Dictionary counts (Merriam-Webster), grouped by the rule each word exercises.
	it.each([
		// vowel groups
		['cat', 1],
		['brain', 1],
		['neuron', 2],
		['receptor', 3],
		['recovery', 4],
		['medication', 4],
		['beautiful', 3],
		// silent final e, and the consonant + le exception
		['time', 1],
		['whole', 1],
		['change', 1],
		['dopamine', 3],
		['naloxone', 3],
		['buprenorphine', 4],
		['table', 2],
		['little', 2],
		['people', 2],
		// a lone e is still a syllable
		['the', 1],
		['free', 1],
		// -ed and -es
		['used', 1],
		['helped', 1],
		['played', 1],
		['wanted', 2],
		['needed', 2],
		['makes', 1],
		['states', 1],
		['uses', 2],
		['boxes', 2],
		['changes', 2],
		['places', 2],
		['goes', 1],
		// -ing after a vowel
		['doing', 2],
		['being', 2],
		['seeing', 2],
		['making', 2],
		// leading y is a consonant, final y a vowel
		['you', 1],
		['year', 1],
		['yes', 1],
		['every', 3],
		// the exception table
		['opioid', 3],
		['heroin', 3],
		['science', 2],
		// punctuation, numbers, at least one
		["don't", 1],
		['Again', 2],
		['988', 1],
		['a', 1]
	])('%s has %i', (word, syllables) => {
		expect(countSyllables(word)).toBe(syllables);
	});
});

describe('fleschKincaid', () => {
	it('matches a hand-computed grade', () => {
		// Recovery(4) takes(1) time(1). Your(1) brain(1) can(1) change(1) again(2).
		// 8 words, 2 sentences, 12 syllables:
		// 0.39 × 8/2 + 11.8 × 12/8 − 15.59 = 1.56 + 17.7 − 15.59 = 3.67
		const score = fleschKincaid('Recovery takes time. Your brain can change again.');
		expect(score).toMatchObject({ words: 8, sentences: 2, syllables: 12 });
		expect(score.grade).toBeCloseTo(3.67, 2);
	});

	it.each([
		// 14 one-syllable words in 2 sentences: 0.39 × 7 + 11.8 × 1 − 15.59 = −1.06
		['The cat sat on the mat. The dog ran to the big red ball.', 14, 2, 14, -1.06],
		// 'e.g.' does not end a sentence; '1.69' is one word of one syllable; exercise(3):
		// 0.39 × 10/2 + 11.8 × 12/10 − 15.59 = 1.95 + 14.16 − 15.59 = 0.52
		['Exercise helps, e.g. a walk. Odds rose by 1.69 times!', 10, 2, 12, 0.52],
		// a hyphenated word is one word with the syllables of both parts:
		// 0.39 × 3 + 11.8 × 4/3 − 15.59 = 1.17 + 15.733 − 15.59 = 1.313
		['A non-stop day.', 3, 1, 4, 1.313]
	])('%j', (text, words, sentences, syllables, grade) => {
		const score = fleschKincaid(text);
		expect(score).toMatchObject({ words, sentences, syllables });
		expect(score.grade).toBeCloseTo(grade, 2);
	});

	it('counts text without a full stop as one sentence and empty text as grade 0', () => {
		expect(fleschKincaid('no full stop here')).toMatchObject({ words: 4, sentences: 1 });
		expect(fleschKincaid('  — ')).toEqual({ words: 0, sentences: 0, syllables: 0, grade: 0 });
	});

	it('scores long words and long sentences higher', () => {
		const plain = fleschKincaid('Your brain can learn. It can change. It takes time.').grade;
		const dense = fleschKincaid(
			'Neurobiological investigations demonstrate that pharmacological exposure progressively reorganizes dopaminergic circuitry.'
		).grade;
		expect(plain).toBeLessThan(8);
		expect(dense).toBeGreaterThan(8);
	});
});
