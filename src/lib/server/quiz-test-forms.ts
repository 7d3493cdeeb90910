import type { ModuleQuiz } from './quizzes';

/** The form a browser sends for a fully right attempt at `quiz` (for tests). */
export function rightForm(quiz: ModuleQuiz): [string, string][] {
	return quiz.definition.questions.flatMap((q): [string, string][] =>
		q.kind === 'order'
			? q.items.map((item, i) => [`q:${q.id}:${item.id}`, `${i + 1}`])
			: q.options.filter((o) => o.correct).map((o) => [`q:${q.id}`, o.id])
	);
}
