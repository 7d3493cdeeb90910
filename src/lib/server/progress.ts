import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { and, desc, eq, sql } from 'drizzle-orm';
import { course as courseIndex } from '$lib/content/catalog.server';
import { findLesson, type Course } from '$lib/content/course';
import type { Database } from '$lib/server/db';
import { lessonProgress, quizAnswer, quizAttempt } from '$lib/server/db/schema';
import { modulesWithQuiz } from '$lib/server/quizzes';
import { percentOf } from '$lib/quiz/score';
import type { QuizResult } from '$lib/quiz/types';
import type { AttemptSummary, ModuleProgress } from '$lib/progress/types';

export type { AttemptSummary, ModuleProgress, ScoreAt } from '$lib/progress/types';

// A learner's progress. The rule, also stated on My progress and under each lesson: a lesson is
// STARTED when it is opened and COMPLETE when the learner reaches its end (its last section, or
// the end of the page) or marks it so (time spent does not count). A module is
// complete when all its lessons are, and its quiz (if it has one) is mastered. Best and latest
// quiz scores are derived from the stored attempts, never stored twice.

export interface LessonRef {
	moduleSlug: string;
	lessonSlug: string;
}

export const MAX_SECTION_LENGTH = 100;
export const MAX_GUEST_ITEMS = 200;

/** A heading id ('' = the top of the lesson): what the lesson page may store as "last read". */
export function isValidSection(section: unknown): section is string {
	return (
		typeof section === 'string' &&
		section.length <= MAX_SECTION_LENGTH &&
		/^[a-z0-9-]*$/.test(section)
	);
}

const key = [lessonProgress.userId, lessonProgress.lessonSlug];

/**
 * Records that a learner opened a lesson: the first visit starts it, and every visit makes it
 * the most recent (so "Continue" follows the learner). With a valid `section`, that section
 * becomes the last one read; an invalid one is ignored (the visit still counts).
 */
export async function recordLessonVisit(
	db: Database,
	userId: string,
	lesson: LessonRef,
	section?: string,
	now = new Date()
): Promise<void> {
	const read = isValidSection(section) ? section : undefined;
	const insert = db.insert(lessonProgress).values({
		userId,
		moduleSlug: lesson.moduleSlug,
		lessonSlug: lesson.lessonSlug,
		section: read ?? '',
		startedAt: now,
		updatedAt: now
	});
	await insert.onConflictDoUpdate({
		target: key,
		set: read === undefined ? { updatedAt: now } : { section: read, updatedAt: now }
	});
}

/** Marks a lesson complete. Idempotent: the first completion time is kept. */
export async function completeLesson(
	db: Database,
	userId: string,
	lesson: LessonRef
): Promise<void> {
	await db
		.insert(lessonProgress)
		.values({
			userId,
			moduleSlug: lesson.moduleSlug,
			lessonSlug: lesson.lessonSlug,
			completedAt: sql`now()`
		})
		.onConflictDoUpdate({
			target: key,
			set: {
				completedAt: sql`coalesce(${lessonProgress.completedAt}, now())`,
				updatedAt: sql`now()`
			}
		});
}

/**
 * What the lesson page reports while a learner reads: the section they are in, and whether they
 * have reached the lesson's end, which completes it (the first completion time is kept). One
 * statement; the page reports only when one of these changes, so reading writes little.
 */
export async function recordReading(
	db: Database,
	userId: string,
	lesson: LessonRef,
	reading: { section: string; finished: boolean },
	now = new Date()
): Promise<void> {
	const section = isValidSection(reading.section) ? reading.section : '';
	const completedAt = reading.finished ? now : null;
	await db
		.insert(lessonProgress)
		.values({ userId, ...lesson, section, startedAt: now, updatedAt: now, completedAt })
		.onConflictDoUpdate({
			target: key,
			set: {
				section,
				updatedAt: now,
				...(reading.finished
					? {
							completedAt: sql`coalesce(${lessonProgress.completedAt}, ${now.toISOString()}::timestamptz)`
						}
					: {})
			}
		});
}

/** Whether one lesson is complete, and the section last read in it. */
export async function lessonState(db: Database, userId: string, lessonSlug: string) {
	const [row] = await db
		.select({ completedAt: lessonProgress.completedAt, section: lessonProgress.section })
		.from(lessonProgress)
		.where(and(eq(lessonProgress.userId, userId), eq(lessonProgress.lessonSlug, lessonSlug)));
	return row ?? null;
}

/**
 * Where to continue: the most recently updated lesson that is still in the course, with the
 * section last read ('' for the top).
 */
export async function lastPosition(
	db: Database,
	userId: string,
	index: Course = courseIndex
): Promise<{ moduleSlug: string; lessonSlug: string; section: string } | null> {
	const rows = await db
		.select({
			moduleSlug: lessonProgress.moduleSlug,
			lessonSlug: lessonProgress.lessonSlug,
			section: lessonProgress.section
		})
		.from(lessonProgress)
		.where(eq(lessonProgress.userId, userId))
		.orderBy(desc(lessonProgress.updatedAt), desc(lessonProgress.startedAt))
		// A few rows, so a lesson removed from the course does not hide the one before it.
		.limit(10);
	return rows.find((r) => findLesson(index, r.moduleSlug, r.lessonSlug)) ?? null;
}

export interface GuestLesson {
	moduleSlug: string;
	lessonSlug: string;
	section: string;
	completed: boolean;
}

function isGuestLesson(item: unknown): item is GuestLesson {
	const i = item as Partial<GuestLesson> | null;
	return (
		typeof i === 'object' &&
		i !== null &&
		typeof i.moduleSlug === 'string' &&
		typeof i.lessonSlug === 'string' &&
		typeof i.section === 'string' &&
		typeof i.completed === 'boolean'
	);
}

/**
 * Merges what a guest did (kept in their browser) into their account, in one transaction.
 * Guest data only fills gaps: it adds lessons the account has not started, sets a section
 * where the account has none, and marks lessons complete; it never un-completes a lesson or
 * replaces a section the account already has. Items for lessons not in the course, malformed
 * items and items past the first MAX_GUEST_ITEMS are skipped. Returns how many lessons it
 * added or changed.
 */
export async function importGuestProgress(
	db: Database,
	userId: string,
	items: GuestLesson[],
	index: Course = courseIndex
): Promise<number> {
	if (!Array.isArray(items)) return 0;
	const merged = new Map<string, GuestLesson>();
	for (const item of items.slice(0, MAX_GUEST_ITEMS)) {
		if (!isGuestLesson(item) || !findLesson(index, item.moduleSlug, item.lessonSlug)) continue;
		const before = merged.get(item.lessonSlug);
		merged.set(item.lessonSlug, {
			moduleSlug: item.moduleSlug,
			lessonSlug: item.lessonSlug,
			section:
				isValidSection(item.section) && item.section ? item.section : (before?.section ?? ''),
			completed: item.completed || (before?.completed ?? false)
		});
	}
	if (merged.size === 0) return 0;

	const excluded = (column: string) => sql.raw(`excluded.${column}`);
	return db.transaction(async (tx) => {
		const changed = await tx
			.insert(lessonProgress)
			.values(
				[...merged.values()].map((item) => ({
					userId,
					moduleSlug: item.moduleSlug,
					lessonSlug: item.lessonSlug,
					section: item.section,
					completedAt: item.completed ? sql`now()` : null
				}))
			)
			.onConflictDoUpdate({
				target: key,
				set: {
					section: sql`case when ${lessonProgress.section} = '' then ${excluded('section')} else ${lessonProgress.section} end`,
					completedAt: sql`coalesce(${lessonProgress.completedAt}, ${excluded('completed_at')})`,
					updatedAt: sql`now()`
				},
				// Only touch rows the guest data adds something to, so the count is honest.
				setWhere: sql`(${lessonProgress.section} = '' and ${excluded('section')} <> '')
					or (${lessonProgress.completedAt} is null and ${excluded('completed_at')} is not null)`
			})
			.returning({ lessonSlug: lessonProgress.lessonSlug });
		return changed.length;
	});
}

/**
 * Stores a graded attempt and each of its answers in one transaction; returns the attempt id.
 * Every submission is its own row, so two tabs submitting at once both count, once each.
 */
export async function recordQuizAttempt(
	db: Database,
	userId: string,
	moduleSlug: string,
	result: QuizResult,
	now = new Date()
): Promise<string> {
	const id = encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(15)));
	await db.transaction(async (tx) => {
		await tx.insert(quizAttempt).values({
			id,
			userId,
			moduleSlug,
			score: result.score,
			maxScore: result.maxScore,
			mastered: result.mastered,
			createdAt: now
		});
		await tx.insert(quizAnswer).values(
			result.questions.map((q) => ({
				attemptId: id,
				questionId: q.id,
				answer: q.answer,
				correct: q.correct,
				credit: q.credit
			}))
		);
	});
	return id;
}

/** Progress on every module of the course, in course order, from two queries in all. */
export async function courseProgress(
	db: Database,
	userId: string,
	index: Course = courseIndex,
	withQuiz: ReadonlySet<string> = modulesWithQuiz()
): Promise<ModuleProgress[]> {
	const ratio = sql`${quizAttempt.score}::float8 / ${quizAttempt.maxScore}`;
	const [lessons, quizzes] = await Promise.all([
		db
			.select({
				lessonSlug: lessonProgress.lessonSlug,
				completed: sql<boolean>`${lessonProgress.completedAt} is not null`
			})
			.from(lessonProgress)
			.where(eq(lessonProgress.userId, userId)),
		db
			.select({
				moduleSlug: quizAttempt.moduleSlug,
				attempts: sql<number>`count(*)::int`.mapWith(Number),
				mastered: sql<boolean>`bool_or(${quizAttempt.mastered})`,
				best: sql<number>`max(${ratio})`.mapWith(Number),
				bestAt:
					sql`(array_agg(${quizAttempt.createdAt} order by ${ratio} desc, ${quizAttempt.createdAt}))[1]`.mapWith(
						quizAttempt.createdAt
					),
				latest:
					sql<number>`(array_agg(${ratio} order by ${quizAttempt.createdAt} desc, ${quizAttempt.id} desc))[1]`.mapWith(
						Number
					),
				latestAt: sql`max(${quizAttempt.createdAt})`.mapWith(quizAttempt.createdAt)
			})
			.from(quizAttempt)
			.where(eq(quizAttempt.userId, userId))
			.groupBy(quizAttempt.moduleSlug)
	]);

	const lessonState = new Map(lessons.map((l) => [l.lessonSlug, l.completed]));
	const quizState = new Map(quizzes.map((q) => [q.moduleSlug, q]));
	return index.modules.map((module) => {
		const slugs = module.lessons.map((l) => l.slug);
		const started = slugs.filter((s) => lessonState.has(s)).length;
		const completed = slugs.filter((s) => lessonState.get(s) === true).length;
		const quiz = quizState.get(module.slug);
		const available = withQuiz.has(module.slug);
		const mastered = quiz?.mastered === true;
		return {
			moduleSlug: module.slug,
			title: module.title,
			lessons: { total: slugs.length, started, completed },
			quiz: {
				available,
				attempts: quiz?.attempts ?? 0,
				best: quiz ? { percent: percentOf(quiz.best, 1), at: quiz.bestAt as Date } : null,
				latest: quiz ? { percent: percentOf(quiz.latest, 1), at: quiz.latestAt as Date } : null,
				mastered
			},
			complete: completed === slugs.length && (!available || mastered)
		};
	});
}

/** A learner's quiz attempts, newest first. */
export async function quizHistory(
	db: Database,
	userId: string,
	index: Course = courseIndex,
	limit = 50
): Promise<AttemptSummary[]> {
	const rows = await db
		.select({
			id: quizAttempt.id,
			moduleSlug: quizAttempt.moduleSlug,
			score: quizAttempt.score,
			maxScore: quizAttempt.maxScore,
			mastered: quizAttempt.mastered,
			at: quizAttempt.createdAt
		})
		.from(quizAttempt)
		.where(eq(quizAttempt.userId, userId))
		.orderBy(desc(quizAttempt.createdAt), desc(quizAttempt.id))
		.limit(limit);
	return rows.map((r) => ({
		...r,
		moduleTitle: index.modules.find((m) => m.slug === r.moduleSlug)?.title ?? r.moduleSlug,
		percent: percentOf(r.score, r.maxScore)
	}));
}
