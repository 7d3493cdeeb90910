import { and, eq } from 'drizzle-orm';
import type { Database } from '$lib/server/db';
import { reflection } from '$lib/server/db/schema';
import type { Course, LessonMeta } from '$lib/content/course';
import { readingOrder } from '$lib/content/course';
import { MAX_REFLECTION_LENGTH } from '$lib/reflection-rules';
import { storable } from '$lib/text';

export type ReflectionInput = { promptId: string; body: string };

/** Finds the lesson a prompt id (`<lesson-slug>/<prompt>`) belongs to, if the prompt exists. */
export function lessonOfPrompt(course: Course, promptId: string): LessonMeta | undefined {
	const [lessonSlug, prompt, ...rest] = promptId.split('/');
	if (!lessonSlug || !prompt || rest.length > 0) return undefined;
	const lesson = readingOrder(course).find((l) => l.slug === lessonSlug);
	return lesson?.prompts.includes(prompt) ? lesson : undefined;
}

/** Checks what a learner typed; returns a message for them, or null when it can be saved. */
export function checkReflection(body: string): string | null {
	if (!body.trim()) return 'Write something before saving.';
	const length = [...body].length;
	if (length > MAX_REFLECTION_LENGTH) {
		return `Keep it under ${MAX_REFLECTION_LENGTH} characters. You have ${length}.`;
	}
	return null;
}

export async function saveReflection(
	db: Database,
	userId: string,
	lesson: LessonMeta,
	input: ReflectionInput
): Promise<void> {
	const now = new Date();
	const body = storable(input.body);
	await db
		.insert(reflection)
		.values({ userId, promptId: input.promptId, lessonSlug: lesson.slug, body })
		.onConflictDoUpdate({
			target: [reflection.userId, reflection.promptId],
			set: { body, updatedAt: now }
		});
}

/** The learner's own reflections in one lesson, by prompt id. */
export async function reflectionsForLesson(
	db: Database,
	userId: string,
	lessonSlug: string
): Promise<Record<string, string>> {
	const rows = await db
		.select({ promptId: reflection.promptId, body: reflection.body })
		.from(reflection)
		.where(and(eq(reflection.userId, userId), eq(reflection.lessonSlug, lessonSlug)));
	return Object.fromEntries(rows.map((r) => [r.promptId, r.body]));
}

/**
 * Saves reflections a guest wrote before signing in. Valid prompts only; an answer already in
 * the account is kept (it was written while signed in, so it is the one the learner chose).
 */
export async function importGuestReflections(
	db: Database,
	userId: string,
	course: Course,
	items: ReflectionInput[]
): Promise<number> {
	const valid = items
		.slice(0, 200)
		.map((item) => ({ item, lesson: lessonOfPrompt(course, item.promptId) }))
		.filter(({ item, lesson }) => lesson && checkReflection(item.body) === null);
	if (valid.length === 0) return 0;
	const inserted = await db
		.insert(reflection)
		.values(
			valid.map(({ item, lesson }) => ({
				userId,
				promptId: item.promptId,
				lessonSlug: lesson!.slug,
				body: storable(item.body)
			}))
		)
		.onConflictDoNothing()
		.returning({ promptId: reflection.promptId });
	return inserted.length;
}
