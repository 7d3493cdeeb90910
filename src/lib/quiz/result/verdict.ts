import type { QuestionResult } from '../types';

/**
 * What a partly right answer earned, in whole numbers of the things the learner did rather than
 * a fraction of a point: steps in place for an order question, right and wrong picks for a
 * multiple select.
 */
export function partialVerdict(result: Pick<QuestionResult, 'kind' | 'options' | 'steps'>): string {
	if (result.kind === 'order') {
		const inPlace = result.steps.filter((s) => s.placed === s.belongs).length;
		return `Partly right: ${inPlace} of ${result.steps.length} steps in the right place.`;
	}
	const right = result.options.filter((o) => o.correct);
	const picked = right.filter((o) => o.chosen).length;
	const wrong = result.options.filter((o) => o.chosen && !o.correct).length;
	const also = wrong > 0 ? `, and ${wrong} that ${wrong === 1 ? 'is' : 'are'} not` : '';
	return `Partly right: you chose ${picked} of the ${right.length} right answers${also}.`;
}
