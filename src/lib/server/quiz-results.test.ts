import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { course } from '$lib/content/catalog.server';
import type { OpenDatabase } from '$lib/server/db';
import { openTestDatabase } from '$lib/server/db/test-db';
import { addPerson } from '$lib/server/db/test-people';
import { quizAnswer } from '$lib/server/db/schema';
import { rightForm } from './quiz-test-forms';
import { recordQuizAttempt } from './progress';
import { latestAttempt, nextModuleLink, resultOfAttempt } from './quiz-results';
import { checkQuiz, quizFor } from './quizzes';

let open: OpenDatabase;
beforeAll(async () => {
	open = await openTestDatabase();
}, 60_000);
afterAll(async () => open?.close());

const quiz = quizFor('start-here')!;

function graded(entries: [string, string][]) {
	const outcome = checkQuiz(quiz, entries);
	if (outcome.status !== 'graded') throw new Error(outcome.status);
	return outcome.result;
}

describe('the last result, shown again', () => {
	it('is the owner’s latest attempt, with the stored score and each answer’s feedback', async () => {
		const me = await addPerson(open.db);
		const someone = await addPerson(open.db);
		const allRight = graded(rightForm(quiz));
		const first = quiz.definition.questions[0]!;
		const wrong = first.kind === 'order' ? null : first.options.find((o) => !o.correct)!;
		const oneWrong = graded([
			...rightForm(quiz).filter(([name]) => name !== `q:${first.id}`),
			[`q:${first.id}`, wrong!.id]
		]);
		await recordQuizAttempt(open.db, me.id, 'start-here', allRight, new Date(Date.UTC(2026, 0, 1)));
		await recordQuizAttempt(open.db, me.id, 'start-here', oneWrong, new Date(Date.UTC(2026, 0, 2)));
		await recordQuizAttempt(
			open.db,
			someone.id,
			'start-here',
			allRight,
			new Date(Date.UTC(2026, 0, 3))
		);

		const attempt = (await latestAttempt(open.db, me.id, 'start-here'))!;
		const shown = resultOfAttempt(quiz, attempt)!;
		expect(shown).toMatchObject({ score: oneWrong.score, maxScore: oneWrong.maxScore });
		expect(shown.questions[0]).toMatchObject({ correct: false, credit: 0, answer: [wrong!.id] });
		expect(shown.questions[0]!.options.find((o) => o.chosen)?.feedback).toBe(wrong!.feedback);
		expect(shown.questions.slice(1).every((q) => q.correct)).toBe(true);

		// Nobody else's attempt, and none for a module not tried.
		expect(await latestAttempt(open.db, me.id, 'reward-system')).toBeNull();
		const fresh = await addPerson(open.db);
		expect(await latestAttempt(open.db, fresh.id, 'start-here')).toBeNull();
	});

	it('keeps the stored credit, so it says what My progress and a counselor see', async () => {
		const me = await addPerson(open.db);
		await recordQuizAttempt(open.db, me.id, 'start-here', graded(rightForm(quiz)));
		// As if graded under an older rule: the page shows what was stored, not a new grade.
		const order = quiz.definition.questions.find((q) => q.kind === 'order')!;
		await open.db
			.update(quizAnswer)
			.set({ credit: 0, correct: false })
			.where(eq(quizAnswer.questionId, order.id));
		const shown = resultOfAttempt(quiz, (await latestAttempt(open.db, me.id, 'start-here'))!)!;
		expect(shown.questions.find((q) => q.id === order.id)).toMatchObject({
			correct: false,
			credit: 0
		});
	});

	it('is not shown when the quiz has changed since (a question it does not have)', async () => {
		const me = await addPerson(open.db);
		await recordQuizAttempt(open.db, me.id, 'start-here', graded(rightForm(quiz)));
		const attempt = (await latestAttempt(open.db, me.id, 'start-here'))!;
		expect(resultOfAttempt(quiz, { ...attempt, answers: attempt.answers.slice(1) })).toBeNull();
	});

	it('offers the next module, and none after the last', () => {
		const [first, second] = course.modules;
		expect(nextModuleLink(course, first!.slug)).toEqual({
			href: `/learn/${second!.slug}`,
			title: second!.title
		});
		expect(nextModuleLink(course, course.modules.at(-1)!.slug)).toBeNull();
	});
});
