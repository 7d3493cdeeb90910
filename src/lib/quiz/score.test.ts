import { describe, expect, it } from 'vitest';
import { formatPoints, percentOf, resultHeadline, resultTally } from './score';

describe('formatPoints', () => {
	it.each([
		[0, '0'],
		[3, '3'],
		[3.5, '3.5'],
		[10 / 3, '3.3'],
		[3.97, '3.9'],
		[0.1 + 0.2, '0.3'],
		[4.999999999, '5']
	])('%d → %s', (points, shown) => expect(formatPoints(points)).toBe(shown));
});

describe('percentOf', () => {
	it.each([
		[4, 5, 80],
		[3.5, 5, 70],
		[2, 3, 66],
		[0.8000000119, 1, 80],
		[3.9999999, 5, 80],
		[3.97, 5, 79],
		[0, 0, 0]
	])('%d of %d → %d%%', (score, max, percent) => expect(percentOf(score, max)).toBe(percent));
});

describe('resultHeadline', () => {
	it.each([
		[{ score: 5, maxScore: 5, mastered: true }, 'Well done — 100%.'],
		[{ score: 4, maxScore: 5, mastered: true }, 'Well done — 80%.'],
		// Whole numbers only: partial credit never shows as "3.5".
		[{ score: 3.5, maxScore: 5, mastered: false }, "Not yet — 70%. Here's why…"],
		[{ score: 10 / 3, maxScore: 5, mastered: false }, "Not yet — 66%. Here's why…"],
		[{ score: 0, maxScore: 5, mastered: false }, "Not yet — 0%. Here's why…"]
	])('%o → %s', (result, headline) => expect(resultHeadline(result)).toBe(headline));
});

describe('resultTally', () => {
	const q = (correct: boolean, credit: number) => ({ correct, credit });
	it.each([
		[[q(true, 1), q(true, 1)], '2 of 2 questions right.'],
		[[q(true, 1), q(false, 0.5), q(false, 0)], '1 of 3 questions right, 1 partly right.'],
		[[q(false, 0)], '0 of 1 question right.']
	])('%o → %s', (questions, tally) => expect(resultTally(questions)).toBe(tally));
});
