import { glossary, type GlossaryEntry } from '$lessons/glossary';
import { references, type Reference } from '$lessons/references';
import type { LessonMeta } from './course';

/** What a lesson's `<Term>` and `<Cite>` components and its reference list show. */
export interface LessonRegistries {
	glossary: Record<string, GlossaryEntry>;
	/** Reference texts by key, in the lesson's frontmatter order. */
	references: Record<string, Reference>;
}

/**
 * Only the glossary entries and references one lesson uses. The full registries stay on the
 * server: sent with every lesson's JavaScript they cost about 8 KB gzip a page (bench/).
 */
export function lessonRegistries(
	lesson: Pick<LessonMeta, 'terms' | 'references'>
): LessonRegistries {
	const pick = <T>(from: Record<string, T>, keys: string[]) =>
		Object.fromEntries(keys.flatMap((key) => (key in from ? [[key, from[key] as T]] : [])));
	return {
		glossary: pick(glossary, lesson.terms),
		references: pick(references as Record<string, Reference>, lesson.references)
	};
}
