import { getContext, setContext } from 'svelte';
import type { GlossaryEntry } from '$lessons/glossary';
import type { Reference } from '$lessons/references';
import type { Views } from '$lib/diagrams/views';

/** What the lesson page tells the components inside a lesson's Markdown. */
export interface LessonContext {
	moduleSlug: string;
	lessonSlug: string;
	/** The lesson's reference keys in frontmatter order: a citation's number is its place here. */
	references: string[];
	/** The texts of those references, by key (only this lesson's, sent by the server). */
	referenceTexts: Record<string, Reference>;
	/** The glossary entries of the lesson's `<Term>` words, by id. */
	glossary: Record<string, GlossaryEntry>;
	signedIn: boolean;
	/** The learner's saved reflections in this lesson, by prompt id. */
	reflections: Record<string, string>;
	/** The learner's saved tools (trigger list …), by kind. */
	items: Partial<Record<string, unknown>>;
	/** What a form action answered to a post made without JavaScript (the page's `form`). */
	form: Record<string, unknown> | null;
	/** The diagram views the address asks for (`?scene=2`), read by the server. */
	views?: Views;
}

const KEY = Symbol('lesson');

export function setLessonContext(context: LessonContext): void {
	setContext(KEY, context);
}

export function getLessonContext(): LessonContext {
	const context = getContext<LessonContext | undefined>(KEY);
	if (!context) throw new Error('Lesson components must be used inside a lesson page.');
	return context;
}

/** The diagram views asked for: none outside a lesson (a quiz's reveal opens where it says). */
export function lessonViews(): Views {
	return getContext<LessonContext | undefined>(KEY)?.views ?? {};
}

/**
 * The part of a form action's answer that belongs to one form (`complete`, `reflection`): from the
 * page's `form` after a post without JavaScript, or from `postForm`'s reply.
 */
export function formAnswer<T>(
	data: Record<string, unknown> | null | undefined,
	key: string
): T | undefined {
	return (data?.[key] ?? undefined) as T | undefined;
}
