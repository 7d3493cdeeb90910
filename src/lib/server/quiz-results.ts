import { and, desc, eq } from 'drizzle-orm';
import type { Course } from '$lib/content/course';
import type { Database } from '$lib/server/db';
import { quizAnswer, quizAttempt } from '$lib/server/db/schema';
import { gradeQuiz } from '$lib/quiz/grade';
import type { Answers, QuizResult, SectionLink } from '$lib/quiz/types';
import type { ModuleQuiz } from './quizzes';

// A learner's last quiz result, shown again from what was stored, so it outlives the page that
// checked it (a "Read … again" link and Back, a reload, JavaScript off). Only the owner's own
// attempts are read: the user id is part of every query.

export interface StoredAttempt {
	id: string;
	score: number;
	maxScore: number;
	mastered: boolean;
	answers: { questionId: string; answer: string[]; correct: boolean; credit: number }[];
}

/** The learner's latest attempt at one module's quiz, with its answers; null if none. */
export async function latestAttempt(
	db: Database,
	userId: string,
	moduleSlug: string
): Promise<StoredAttempt | null> {
	const [attempt] = await db
		.select({
			id: quizAttempt.id,
			score: quizAttempt.score,
			maxScore: quizAttempt.maxScore,
			mastered: quizAttempt.mastered
		})
		.from(quizAttempt)
		.where(and(eq(quizAttempt.userId, userId), eq(quizAttempt.moduleSlug, moduleSlug)))
		.orderBy(desc(quizAttempt.createdAt), desc(quizAttempt.id))
		.limit(1);
	if (!attempt) return null;
	const answers = await db
		.select({
			questionId: quizAnswer.questionId,
			answer: quizAnswer.answer,
			correct: quizAnswer.correct,
			credit: quizAnswer.credit
		})
		.from(quizAnswer)
		.where(eq(quizAnswer.attemptId, attempt.id));
	return { ...attempt, answers };
}

/**
 * The full result of a stored attempt, with every option's feedback from the quiz as it is now.
 * Scores and credits are the stored ones, so the page says what My progress and a counselor see.
 * Null when the quiz has changed since (a question added or removed): its feedback would not fit.
 */
export function resultOfAttempt(quiz: ModuleQuiz, attempt: StoredAttempt): QuizResult | null {
	const stored = new Map(attempt.answers.map((a) => [a.questionId, a]));
	const questions = quiz.definition.questions;
	if (questions.length !== attempt.maxScore || questions.some((q) => !stored.has(q.id))) {
		return null;
	}
	const answers: Answers = Object.fromEntries(attempt.answers.map((a) => [a.questionId, a.answer]));
	const graded = gradeQuiz(quiz.definition, answers, (q) => quiz.sections.get(q.id) as SectionLink);
	return {
		score: attempt.score,
		maxScore: attempt.maxScore,
		mastered: attempt.mastered,
		questions: graded.questions.map((q) => {
			const { correct, credit } = stored.get(q.id)!;
			return { ...q, correct, credit };
		})
	};
}

/** The module after this one in the course, offered once its quiz is mastered. */
export function nextModuleLink(
	index: Course,
	moduleSlug: string
): { href: string; title: string } | null {
	const at = index.modules.findIndex((m) => m.slug === moduleSlug);
	const next = at >= 0 ? index.modules[at + 1] : undefined;
	return next ? { href: `/learn/${next.slug}`, title: next.title } : null;
}
