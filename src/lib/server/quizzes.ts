import { course } from '$lib/content/catalog.server';
import {
	ContentError,
	type ContentProblem,
	type Course,
	type ModuleMeta
} from '$lib/content/course';
import { quizSchema, type QuizDefinition } from '$lib/quiz/definition';
import { gradeQuiz, readAnswers, type Submission } from '$lib/quiz/grade';
import type { PublicOption, PublicQuiz, QuizResult, SectionLink } from '$lib/quiz/types';

// The module quizzes, WITH their answer keys. This file is server-only ($lib/server), so the
// keys cannot end up in a browser bundle; pages get `publicQuiz(...)`, which drops them.

export interface ModuleQuiz {
	moduleSlug: string;
	moduleTitle: string;
	title: string;
	/** Source file, for messages: `lessons/00-start-here/quiz.ts`. */
	file: string;
	definition: QuizDefinition;
	/** Where each question's answer is taught, by question id. */
	sections: Map<string, SectionLink>;
}

/**
 * Validates every quiz file against the schema and the course: it must sit in a module's
 * folder, and each question's `section` must name a lesson of that module and a heading in it.
 * Throws a ContentError naming every file and field at fault.
 *
 * @param files `import.meta.glob('/lessons/*\/quiz.ts', { eager: true, import: 'default' })`
 */
export function loadQuizzes(
	files: Record<string, unknown>,
	index: Course
): Map<string, ModuleQuiz> {
	const problems: ContentProblem[] = [];
	const quizzes = new Map<string, ModuleQuiz>();

	for (const [path, value] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
		const file = path.replace(/^\/+/, '');
		const folder = file.split('/')[1];
		const module = index.modules.find((m) => m.file === `lessons/${folder}/module.md`);
		if (!module) {
			problems.push({ file, message: 'a quiz must sit in a module folder beside its module.md' });
			continue;
		}
		if (value === undefined) {
			problems.push({ file, message: 'must `export default defineQuiz({ … })`' });
			continue;
		}
		const parsed = quizSchema.safeParse(value);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				problems.push({ file, field: issue.path.join('.') || undefined, message: issue.message });
			}
			continue;
		}
		const sections = new Map<string, SectionLink>();
		parsed.data.questions.forEach((q, i) => {
			const found = resolveSection(module, q.section);
			if ('problem' in found) {
				const { field, message } = found.problem;
				problems.push({ file, field: `questions.${i}.section.${field}`, message });
			} else sections.set(q.id, found.link);
		});
		quizzes.set(module.slug, {
			moduleSlug: module.slug,
			moduleTitle: module.title,
			title: parsed.data.title ?? `Quiz: ${module.title}`,
			file,
			definition: parsed.data,
			sections
		});
	}

	if (problems.length > 0) throw new ContentError(problems);
	return quizzes;
}

/** The link to the section that teaches a question, or what is wrong with its `section`. */
function resolveSection(
	module: ModuleMeta,
	section: { lesson: string; heading: string }
): { link: SectionLink } | { problem: { field: 'lesson' | 'heading'; message: string } } {
	const lesson = module.lessons.find((l) => l.slug === section.lesson);
	if (!lesson) {
		const known = module.lessons.map((l) => l.slug).join(', ');
		const message = `no lesson "${section.lesson}" in module "${module.slug}" (its lessons: ${known})`;
		return { problem: { field: 'lesson', message } };
	}
	const heading = lesson.headings.get(section.heading);
	if (heading === undefined) {
		const known = [...lesson.headings.keys()].join(', ');
		const message = `no heading with id "${section.heading}" in ${lesson.file} (its headings: ${known})`;
		return { problem: { field: 'heading', message } };
	}
	const href = `/learn/${module.slug}/${lesson.slug}#${section.heading}`;
	return { link: { href, lessonTitle: lesson.title, heading } };
}

/** Fisher–Yates. `random` is injectable so tests can force the edge cases. */
function shuffle<T>(list: readonly T[], random: () => number): T[] {
	const out = [...list];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}

/**
 * What the browser gets before the learner answers: prompts and option texts in a fresh
 * random order, and nothing else (no `correct`, `feedback`, `reveal` or `section`). Steps to
 * order never start in their correct order. True/false stays "true, false": a reshuffled pair
 * only slows a person down.
 */
export function publicQuiz(quiz: ModuleQuiz, random: () => number = Math.random): PublicQuiz {
	const pick = ({ id, text }: PublicOption): PublicOption => ({ id, text });
	return {
		moduleSlug: quiz.moduleSlug,
		moduleTitle: quiz.moduleTitle,
		title: quiz.title,
		questions: quiz.definition.questions.map((q) => {
			let options: PublicOption[];
			if (q.kind === 'order') {
				options = shuffle(q.items, random).map(pick);
				if (options.every((o, i) => o.id === q.items[i]?.id)) {
					// Shuffled into the right order by chance: rotating by one is never right.
					options.push(options.shift() as PublicOption);
				}
			} else if (q.kind === 'true-false') {
				options = ['true', 'false'].flatMap((id) => q.options.filter((o) => o.id === id).map(pick));
			} else {
				options = shuffle(q.options, random).map(pick);
			}
			return { id: q.id, kind: q.kind, prompt: q.prompt, options };
		})
	};
}

export type QuizOutcome =
	{ status: 'graded'; result: QuizResult } | Exclude<Submission, { status: 'complete' }>;

/** Reads and grades a submitted form; the score is computed here and nowhere else. */
export function checkQuiz(
	quiz: ModuleQuiz,
	entries: Iterable<readonly [string, unknown]>
): QuizOutcome {
	const read = readAnswers(quiz.definition, entries);
	if (read.status !== 'complete') return read;
	return {
		status: 'graded',
		result: gradeQuiz(quiz.definition, read.answers, (q) => quiz.sections.get(q.id) as SectionLink)
	};
}

const quizFiles = import.meta.glob('/lessons/*/quiz.ts', { eager: true, import: 'default' });

/** Every module's quiz, loaded and checked once when the server starts: bad quizzes throw here. */
export const quizzes = loadQuizzes(quizFiles, course);

export function quizFor(moduleSlug: string): ModuleQuiz | undefined {
	return quizzes.get(moduleSlug);
}

/** Slugs of the modules that have a quiz. */
export function modulesWithQuiz(): ReadonlySet<string> {
	return new Set(quizzes.keys());
}
