import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { buildCourse } from '$lib/content/course';
import type { OpenDatabase } from '$lib/server/db';
import { openTestDatabase } from '$lib/server/db/test-db';
import { lessonProgress, quizAnswer, quizAttempt, user } from '$lib/server/db/schema';
import type { QuizResult } from '$lib/quiz/types';
import { checkQuiz, quizFor } from './quizzes';
import {
	MAX_GUEST_ITEMS,
	completeLesson,
	courseProgress,
	importGuestProgress,
	lastPosition,
	quizHistory,
	recordLessonVisit,
	recordQuizAttempt,
	recordReading,
	type GuestLesson
} from './progress';

// A small course: "one" (lessons a, b) and "two" (lesson c) have quizzes; "three" (lesson d)
// has none.
const moduleMd = (title: string) => `---\ntitle: ${title}\nsummary: S.\noutcomes:\n  - O\n---\n`;
const lessonMd = `---\ntitle: L\nminutes: 5\nobjectives:\n  - O\n---\n\n## Part\n`;
const index = buildCourse([
	{ path: 'lessons/01-one/module.md', raw: moduleMd('One') },
	{ path: 'lessons/01-one/01-a.md', raw: lessonMd },
	{ path: 'lessons/01-one/02-b.md', raw: lessonMd },
	{ path: 'lessons/02-two/module.md', raw: moduleMd('Two') },
	{ path: 'lessons/02-two/01-c.md', raw: lessonMd },
	{ path: 'lessons/03-three/module.md', raw: moduleMd('Three') },
	{ path: 'lessons/03-three/01-d.md', raw: lessonMd }
]);
const withQuiz = new Set(['one', 'two']);
const a = { moduleSlug: 'one', lessonSlug: 'a' };
const b = { moduleSlug: 'one', lessonSlug: 'b' };
const c = { moduleSlug: 'two', lessonSlug: 'c' };
const d = { moduleSlug: 'three', lessonSlug: 'd' };

let open: OpenDatabase;
let userId: string;
let users = 0;

beforeAll(async () => {
	open = await openTestDatabase();
}, 60_000);
afterAll(async () => open?.close());

/** A fresh learner per test, so tests do not see each other's rows. */
beforeEach(async () => {
	users += 1;
	userId = `user-${users}`;
	await open.db.insert(user).values({
		id: userId,
		email: `${userId}@example.com`,
		displayName: 'Sam',
		passwordHash: 'not-used'
	});
});

async function rowOf(lessonSlug: string) {
	const [row] = await open.db
		.select()
		.from(lessonProgress)
		.where(and(eq(lessonProgress.userId, userId), eq(lessonProgress.lessonSlug, lessonSlug)));
	return row;
}

/** A graded attempt with `right` of 5 questions right, built by the real grading. */
function attempt(right: number): QuizResult {
	const quiz = quizFor('start-here')!;
	const entries: [string, string][] = [];
	quiz.definition.questions.forEach((q, i) => {
		const wantRight = i < right;
		if (q.kind === 'order') {
			const ids = q.items.map((item) => item.id);
			// Wrong: every step one place along, so none is in place (reversing leaves a middle one).
			if (!wantRight) ids.push(ids.shift()!);
			ids.forEach((id, place) => entries.push([`q:${q.id}:${id}`, String(place + 1)]));
		} else {
			// Right: every right option (multiple select needs them all). Wrong: one wrong option.
			const chosen = wantRight
				? q.options.filter((o) => o.correct)
				: [q.options.find((o) => !o.correct)!];
			for (const option of chosen) entries.push([`q:${q.id}`, option.id]);
		}
	});
	const outcome = checkQuiz(quiz, entries);
	if (outcome.status !== 'graded') throw new Error(outcome.status);
	return outcome.result;
}

/** Visits a second apart, as real ones are: two in the same millisecond have no order. */
const at = (second: number) => new Date(Date.UTC(2026, 0, 1, 9, 0, second));

describe('recordReading', () => {
	it('stores the section being read without completing the lesson', async () => {
		await recordReading(open.db, userId, a, { section: 'part', finished: false }, at(0));
		expect(await rowOf('a')).toMatchObject({ section: 'part', completedAt: null });
	});

	it('completes the lesson when its end is reached, and keeps the first completion time', async () => {
		await recordReading(open.db, userId, a, { section: 'part', finished: true }, at(1));
		expect((await rowOf('a'))?.completedAt).toEqual(at(1));
		await recordReading(open.db, userId, a, { section: '', finished: true }, at(5));
		await recordReading(open.db, userId, a, { section: 'part', finished: false }, at(6));
		const row = (await rowOf('a'))!;
		expect(row.completedAt).toEqual(at(1));
		expect(row.updatedAt).toEqual(at(6));
	});

	it('counts on My progress and for a counselor like a lesson marked complete', async () => {
		await recordReading(open.db, userId, a, { section: 'part', finished: true });
		const [one] = await courseProgress(open.db, userId, index, withQuiz);
		expect(one?.lessons).toEqual({ total: 2, started: 1, completed: 1 });
	});
});

describe('recordLessonVisit', () => {
	it('starts a lesson on the first visit, at the top', async () => {
		await recordLessonVisit(open.db, userId, a);
		const row = await rowOf('a');
		expect(row).toMatchObject({ moduleSlug: 'one', section: '', completedAt: null });
	});

	it('stores the section last read and makes the lesson the most recent', async () => {
		await recordLessonVisit(open.db, userId, a, undefined, at(0));
		const first = (await rowOf('a'))!;
		await recordLessonVisit(open.db, userId, a, 'part', at(1));
		const after = (await rowOf('a'))!;
		expect(after.section).toBe('part');
		expect(after.updatedAt.getTime()).toBeGreaterThan(first.updatedAt.getTime());
		expect(after.startedAt).toEqual(first.startedAt);
	});

	it('keeps the section when visited again without one, and makes that lesson the latest', async () => {
		await recordLessonVisit(open.db, userId, a, 'part', at(0));
		await recordLessonVisit(open.db, userId, b, undefined, at(1));
		await recordLessonVisit(open.db, userId, a, undefined, at(2));
		expect((await rowOf('a'))?.section).toBe('part');
		expect((await lastPosition(open.db, userId, index))?.lessonSlug).toBe('a');
	});

	it.each([
		['too long', 'x'.repeat(101)],
		['upper case', 'Part'],
		['a space', 'two words'],
		['a path', '../etc'],
		['a fragment mark', '#part'],
		['not text', 42 as unknown as string]
	])('ignores a section with %s, but still records the visit', async (_name, section) => {
		await recordLessonVisit(open.db, userId, a, 'part');
		await recordLessonVisit(open.db, userId, b, section);
		expect((await rowOf('b'))?.section).toBe('');
		await recordLessonVisit(open.db, userId, a, section);
		expect((await rowOf('a'))?.section).toBe('part');
	});

	it('accepts a section of exactly 100 characters', async () => {
		await recordLessonVisit(open.db, userId, a, 'x'.repeat(100));
		expect((await rowOf('a'))?.section).toHaveLength(100);
	});
});

describe('completeLesson', () => {
	it('completes a lesson never visited, and keeps the first completion time', async () => {
		await completeLesson(open.db, userId, b);
		const first = (await rowOf('b'))!.completedAt;
		expect(first).toBeInstanceOf(Date);
		await completeLesson(open.db, userId, b);
		await recordLessonVisit(open.db, userId, b, 'part');
		expect((await rowOf('b'))!.completedAt).toEqual(first);
	});

	it('two tabs completing at once leave one row, complete', async () => {
		await Promise.all([
			completeLesson(open.db, userId, a),
			completeLesson(open.db, userId, a),
			recordLessonVisit(open.db, userId, a, 'part')
		]);
		const rows = await open.db
			.select()
			.from(lessonProgress)
			.where(eq(lessonProgress.userId, userId));
		expect(rows).toHaveLength(1);
		expect(rows[0]?.completedAt).toBeInstanceOf(Date);
	});
});

describe('lastPosition', () => {
	it('is null before any lesson is opened', async () => {
		expect(await lastPosition(open.db, userId, index)).toBeNull();
	});

	it('is the lesson most recently read, with its section', async () => {
		await recordLessonVisit(open.db, userId, a, 'part', at(0));
		await recordLessonVisit(open.db, userId, c, 'part', at(1));
		expect(await lastPosition(open.db, userId, index)).toEqual({
			moduleSlug: 'two',
			lessonSlug: 'c',
			section: 'part'
		});
		await recordLessonVisit(open.db, userId, a, 'part', at(2));
		expect((await lastPosition(open.db, userId, index))?.lessonSlug).toBe('a');
	});

	it('skips a lesson that is no longer in the course', async () => {
		await recordLessonVisit(open.db, userId, a, 'part', at(0));
		await recordLessonVisit(open.db, userId, { moduleSlug: 'one', lessonSlug: 'gone' }, 'x', at(1));
		expect((await lastPosition(open.db, userId, index))?.lessonSlug).toBe('a');
	});
});

describe('importGuestProgress', () => {
	const guest = (lesson: typeof a, section = '', completed = false): GuestLesson => ({
		...lesson,
		section,
		completed
	});

	it('adds lessons the account has not started', async () => {
		const merged = await importGuestProgress(
			open.db,
			userId,
			[guest(a, 'part', true), guest(c)],
			index
		);
		expect(merged).toBe(2);
		expect(await rowOf('a')).toMatchObject({ section: 'part', completedAt: expect.any(Date) });
		expect(await rowOf('c')).toMatchObject({ section: '', completedAt: null });
	});

	it('never un-completes, keeps the account section, fills a missing one', async () => {
		await completeLesson(open.db, userId, a);
		await recordLessonVisit(open.db, userId, a, 'mine');
		await recordLessonVisit(open.db, userId, b);
		const completedAt = (await rowOf('a'))!.completedAt;

		const merged = await importGuestProgress(
			open.db,
			userId,
			[guest(a, 'theirs', false), guest(b, 'theirs', false)],
			index
		);
		expect(merged).toBe(1); // only b gained something
		expect(await rowOf('a')).toMatchObject({ section: 'mine', completedAt });
		expect((await rowOf('b'))?.section).toBe('theirs');
	});

	it('marks complete a lesson the account had only started', async () => {
		await recordLessonVisit(open.db, userId, b, 'mine');
		expect(await importGuestProgress(open.db, userId, [guest(b, 'theirs', true)], index)).toBe(1);
		expect(await rowOf('b')).toMatchObject({ section: 'mine', completedAt: expect.any(Date) });
	});

	it('counts nothing the second time', async () => {
		const items = [guest(a, 'part', true), guest(d)];
		expect(await importGuestProgress(open.db, userId, items, index)).toBe(2);
		expect(await importGuestProgress(open.db, userId, items, index)).toBe(0);
	});

	it('skips unknown lessons, wrong modules, malformed items and bad sections', async () => {
		const items = [
			guest({ moduleSlug: 'one', lessonSlug: 'nope' }),
			guest({ moduleSlug: 'two', lessonSlug: 'a' }),
			{ moduleSlug: 'one', lessonSlug: 'b', section: 'x' } as GuestLesson,
			null as unknown as GuestLesson,
			guest(c, 'Bad Section', true)
		];
		expect(await importGuestProgress(open.db, userId, items, index)).toBe(1);
		const rows = await open.db
			.select()
			.from(lessonProgress)
			.where(eq(lessonProgress.userId, userId));
		expect(rows.map((r) => [r.lessonSlug, r.section])).toEqual([['c', '']]);
		expect(await importGuestProgress(open.db, userId, 'x' as unknown as GuestLesson[], index)).toBe(
			0
		);
	});

	it('merges repeats of one lesson and reads at most the first 200 items', async () => {
		const items = [
			guest(a, 'first'),
			guest(a, '', true),
			...Array.from({ length: MAX_GUEST_ITEMS }, () => guest(b)),
			guest(c)
		];
		expect(await importGuestProgress(open.db, userId, items, index)).toBe(2);
		expect(await rowOf('a')).toMatchObject({ section: 'first', completedAt: expect.any(Date) });
		expect(await rowOf('c')).toBeUndefined();
	});

	it('stores nothing when the transaction fails', async () => {
		await expect(
			importGuestProgress(open.db, 'no-such-user', [guest(a), guest(b)], index)
		).rejects.toThrow();
		const rows = await open.db
			.select()
			.from(lessonProgress)
			.where(eq(lessonProgress.userId, 'no-such-user'));
		expect(rows).toEqual([]);
	});
});

describe('quiz attempts and courseProgress', () => {
	it('shows an untouched course', async () => {
		const progress = await courseProgress(open.db, userId, index, withQuiz);
		expect(progress.map((m) => m.moduleSlug)).toEqual(['one', 'two', 'three']);
		expect(progress[0]).toEqual({
			moduleSlug: 'one',
			title: 'One',
			lessons: { total: 2, started: 0, completed: 0 },
			quiz: { available: true, attempts: 0, best: null, latest: null, mastered: false },
			complete: false
		});
		expect(progress[2]?.quiz.available).toBe(false);
	});

	it('stores every attempt with each answer, its correctness and credit', async () => {
		const result = attempt(3);
		const id = await recordQuizAttempt(open.db, userId, 'one', result);
		const [row] = await open.db.select().from(quizAttempt).where(eq(quizAttempt.id, id));
		expect(row).toMatchObject({
			userId,
			moduleSlug: 'one',
			score: 3,
			maxScore: 5,
			mastered: false
		});
		const answers = await open.db.select().from(quizAnswer).where(eq(quizAnswer.attemptId, id));
		expect(answers).toHaveLength(5);
		const byQuestion = new Map(answers.map((x) => [x.questionId, x]));
		for (const q of result.questions) {
			expect(byQuestion.get(q.id)).toMatchObject({
				answer: q.answer,
				correct: q.correct,
				credit: q.credit
			});
		}
	});

	it('derives best and latest scores, attempts and mastery from the attempts', async () => {
		await recordQuizAttempt(open.db, userId, 'one', attempt(2), at(0));
		await recordQuizAttempt(open.db, userId, 'one', attempt(4), at(1));
		await recordQuizAttempt(open.db, userId, 'one', attempt(3), at(2));
		const [one] = await courseProgress(open.db, userId, index, withQuiz);
		expect(one?.quiz).toMatchObject({
			attempts: 3,
			best: { percent: 80 },
			latest: { percent: 60 },
			mastered: true
		});
		expect(one!.quiz.latest!.at.getTime()).toBeGreaterThan(one!.quiz.best!.at.getTime());
		const history = await quizHistory(open.db, userId, index);
		expect(history.map((h) => [h.moduleTitle, h.percent, h.mastered])).toEqual([
			['One', 60, false],
			['One', 80, true],
			['One', 40, false]
		]);
	});

	it('counts lessons started and completed, and completes a module with all lessons and mastery', async () => {
		await recordLessonVisit(open.db, userId, a);
		await completeLesson(open.db, userId, b);
		await completeLesson(open.db, userId, c);
		await completeLesson(open.db, userId, d);
		await recordQuizAttempt(open.db, userId, 'two', attempt(3));
		const [one, two, three] = await courseProgress(open.db, userId, index, withQuiz);
		expect(one?.lessons).toEqual({ total: 2, started: 2, completed: 1 });
		expect(two).toMatchObject({ complete: false, quiz: { mastered: false } });
		// No quiz: complete when its lessons are.
		expect(three).toMatchObject({ complete: true, lessons: { completed: 1 } });

		await recordQuizAttempt(open.db, userId, 'two', attempt(5));
		await recordQuizAttempt(open.db, userId, 'one', attempt(5));
		const [oneAfter, twoAfter] = await courseProgress(open.db, userId, index, withQuiz);
		expect(twoAfter).toMatchObject({ complete: true, quiz: { mastered: true, attempts: 2 } });
		expect(oneAfter).toMatchObject({ complete: false, quiz: { mastered: true } }); // lesson a not done
	});

	it('keeps mastery after a later, lower attempt (retrying after passing is safe)', async () => {
		await recordQuizAttempt(open.db, userId, 'one', attempt(5));
		await recordQuizAttempt(open.db, userId, 'one', attempt(1));
		const [one] = await courseProgress(open.db, userId, index, withQuiz);
		expect(one?.quiz).toMatchObject({
			mastered: true,
			best: { percent: 100 },
			latest: { percent: 20 }
		});
	});

	it('records two submissions made at once, both, once each', async () => {
		const [first, second] = await Promise.all([
			recordQuizAttempt(open.db, userId, 'one', attempt(4)),
			recordQuizAttempt(open.db, userId, 'one', attempt(2))
		]);
		expect(first).not.toBe(second);
		const [one] = await courseProgress(open.db, userId, index, withQuiz);
		expect(one?.quiz.attempts).toBe(2);
		expect(one?.quiz.best?.percent).toBe(80);
		for (const id of [first, second]) {
			const answers = await open.db.select().from(quizAnswer).where(eq(quizAnswer.attemptId, id));
			expect(answers).toHaveLength(5);
		}
	});

	it("does not count another learner's attempts or lessons", async () => {
		const other = userId;
		await recordQuizAttempt(open.db, other, 'one', attempt(5));
		await completeLesson(open.db, other, a);
		users += 1;
		userId = `user-${users}`;
		await open.db
			.insert(user)
			.values({ id: userId, email: `${userId}@example.com`, displayName: 'Jo', passwordHash: 'x' });
		const [one] = await courseProgress(open.db, userId, index, withQuiz);
		expect(one).toMatchObject({ lessons: { started: 0 }, quiz: { attempts: 0 } });
		expect(await quizHistory(open.db, userId, index)).toEqual([]);
	});
});
