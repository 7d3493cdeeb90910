import { answerFields } from './fields';
import type { QuizResult } from './types';

/**
 * Where a result can be seen again. A signed-in learner's latest attempt is stored, so its
 * address is plain; a guest's is not, so the address carries the answers themselves (nothing
 * about the guest is kept anywhere, and the page grades them again).
 */
export function resultHref(moduleSlug: string, result: QuizResult, saved: boolean): string {
	const base = `/learn/${moduleSlug}/quiz/result`;
	return saved ? base : `${base}?${new URLSearchParams(answerFields(result.questions))}`;
}
