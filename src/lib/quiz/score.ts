// How scores read on screen. Rounded DOWN, so 3.97 of 5 never reads "4 of 5" next to "not yet".

/** Points with at most one decimal: 3, 3.5, 3.3. */
export function formatPoints(points: number): string {
	const tenths = Math.floor(points * 10 + 1e-6) / 10;
	return Number.isInteger(tenths) ? String(tenths) : tenths.toFixed(1);
}

/** Whole percent, rounded down (the small allowance absorbs floating-point sums like 0.7999…). */
export function percentOf(score: number, maxScore: number): number {
	return maxScore > 0 ? Math.floor((score / maxScore) * 100 + 1e-4) : 0;
}

/**
 * The result's heading, as a whole percent (partial credit makes points fractional, and "3.5 of
 * 5" reads worse than "70%"): "not yet" framing below mastery, never "fail". The same words go to
 * the live region, so a screen reader hears what a sighted learner sees.
 */
export function resultHeadline(result: {
	score: number;
	maxScore: number;
	mastered: boolean;
}): string {
	const percent = `${percentOf(result.score, result.maxScore)}%`;
	return result.mastered ? `Well done — ${percent}.` : `Not yet — ${percent}. Here's why…`;
}

/** How many questions were right and partly right, in whole numbers: "3 of 5 right, 1 partly." */
export function resultTally(questions: readonly { correct: boolean; credit: number }[]): string {
	const right = questions.filter((q) => q.correct).length;
	const partly = questions.filter((q) => !q.correct && q.credit > 0).length;
	const of = `${right} of ${questions.length} ${questions.length === 1 ? 'question' : 'questions'} right`;
	return partly > 0 ? `${of}, ${partly} partly right.` : `${of}.`;
}
