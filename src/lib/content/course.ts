import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { findElements, findHeadings, maskSource } from './lint/markdown.ts';
import { headingId, headingTitle } from './slug.ts';

/** One source file of the course: its path from the project root and its text. */
export interface SourceFile {
	path: string;
	raw: string;
}

export interface LessonMeta {
	slug: string;
	moduleSlug: string;
	title: string;
	minutes: number;
	objectives: string[];
	references: string[];
	/** Ids of the `<Reflection id="…">` prompts in the lesson, for validating saved reflections. */
	prompts: string[];
	/** Glossary ids of the `<Term id="…">` words in the lesson, so a page ships only those. */
	terms: string[];
	/** The lesson's `##` sections in order, for the table of contents. */
	sections: { id: string; title: string }[];
	/** Every `##`…`######` heading by the id the page gives it, with its text (link targets). */
	headings: Map<string, string>;
	/** Path of the source file from the project root, e.g. `lessons/00-start-here/01-how.md`. */
	file: string;
}

export interface ModuleMeta {
	slug: string;
	/** The number prefix of the folder: the module's place in the course. */
	number: number;
	title: string;
	summary: string;
	outcomes: string[];
	file: string;
	lessons: LessonMeta[];
}

export interface Course {
	modules: ModuleMeta[];
}

export interface ContentProblem {
	file: string;
	field?: string;
	message: string;
}

export class ContentError extends Error {
	constructor(readonly problems: ContentProblem[]) {
		super(
			'The course content has problems:\n' +
				problems.map((p) => `  ${p.file}${p.field ? ` [${p.field}]` : ''}: ${p.message}`).join('\n')
		);
		this.name = 'ContentError';
	}
}

const text = z.string().trim().min(1, 'must not be empty');

export const moduleFrontmatter = z.strictObject({
	title: text,
	summary: text,
	outcomes: z.array(text).min(1, 'needs at least one outcome')
});

export const lessonFrontmatter = z.strictObject({
	title: text,
	minutes: z.number().int('must be a whole number').min(1).max(30),
	objectives: z.array(text).min(1, 'needs at least one objective'),
	references: z.array(text).default([])
});

/** `01-reward-system` → number 1, slug `reward-system`. */
const NAME = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export function splitFrontmatter(raw: string): { data: unknown; body: string } | null {
	const match = FRONTMATTER.exec(raw);
	if (!match) return null;
	return { data: parseYaml(match[1] ?? '') ?? {}, body: raw.slice(match[0].length) };
}

function readFrontmatter<T>(
	file: SourceFile,
	schema: z.ZodType<T>,
	problems: ContentProblem[]
): T | null {
	let split;
	try {
		split = splitFrontmatter(file.raw);
	} catch (error) {
		problems.push({ file: file.path, message: `frontmatter is not valid YAML: ${error}` });
		return null;
	}
	if (!split) {
		problems.push({ file: file.path, message: 'missing frontmatter (a --- block at the top)' });
		return null;
	}
	const result = schema.safeParse(split.data);
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		problems.push({
			file: file.path,
			field: issue.path.join('.') || undefined,
			message: issue.message
		});
	}
	return null;
}

/**
 * Builds the course index from the lesson sources: modules are folders `lessons/NN-slug/` with a
 * `module.md`, lessons are `lessons/NN-slug/NN-slug.md`, ordered by their number prefixes, which
 * are stripped from the slugs. Every problem found is reported at once, naming file and field.
 */
export function buildCourse(files: SourceFile[]): Course {
	const problems: ContentProblem[] = [];
	const folders = new Map<string, { module?: SourceFile; lessons: SourceFile[] }>();

	for (const file of files) {
		const parts = file.path.replace(/^\/+/, '').split('/');
		if (parts.length !== 3 || parts[0] !== 'lessons' || !parts[2]?.endsWith('.md')) continue;
		const folder = parts[1] as string;
		const entry = folders.get(folder) ?? { lessons: [] };
		if (parts[2] === 'module.md') entry.module = file;
		else entry.lessons.push(file);
		folders.set(folder, entry);
	}

	const modules: ModuleMeta[] = [];
	const moduleSlugs = new Map<string, string>();
	const lessonSlugs = new Map<string, string>();

	for (const [folder, entry] of [...folders].sort(([a], [b]) => a.localeCompare(b))) {
		const folderPath = `lessons/${folder}`;
		const name = NAME.exec(folder);
		if (!name) {
			problems.push({ file: folderPath, message: 'folder name must look like 01-some-slug' });
			continue;
		}
		const slug = name[2] as string;
		if (moduleSlugs.has(slug)) {
			problems.push({
				file: folderPath,
				field: 'slug',
				message: `duplicate module slug "${slug}" (also ${moduleSlugs.get(slug)})`
			});
		}
		moduleSlugs.set(slug, folderPath);
		if (!entry.module) {
			problems.push({ file: `${folderPath}/module.md`, message: 'missing module.md' });
			continue;
		}
		const meta = readFrontmatter(entry.module, moduleFrontmatter, problems);
		const lessons: LessonMeta[] = [];
		for (const lessonFile of [...entry.lessons].sort((a, b) => a.path.localeCompare(b.path))) {
			const base = lessonFile.path.split('/').pop()?.replace(/\.md$/, '') ?? '';
			const lessonName = NAME.exec(base);
			if (!lessonName) {
				problems.push({
					file: lessonFile.path,
					message: 'lesson file name must look like 01-some-slug.md'
				});
				continue;
			}
			const lessonSlug = lessonName[2] as string;
			if (lessonSlugs.has(lessonSlug)) {
				problems.push({
					file: lessonFile.path,
					field: 'slug',
					message: `duplicate lesson slug "${lessonSlug}" (also ${lessonSlugs.get(lessonSlug)})`
				});
			}
			lessonSlugs.set(lessonSlug, lessonFile.path);
			const data = readFrontmatter(lessonFile, lessonFrontmatter, problems);
			if (data) {
				const body = splitFrontmatter(lessonFile.raw)?.body ?? '';
				lessons.push({
					...data,
					...outline(body),
					slug: lessonSlug,
					moduleSlug: slug,
					file: lessonFile.path
				});
			}
		}
		if (entry.lessons.length === 0) {
			problems.push({ file: folderPath, message: 'a module needs at least one lesson' });
		}
		if (meta) {
			modules.push({ ...meta, slug, number: Number(name[1]), file: entry.module.path, lessons });
		}
	}

	if (folders.size === 0) problems.push({ file: 'lessons', message: 'no modules found' });
	if (problems.length > 0) throw new ContentError(problems);
	return { modules };
}

const REFLECTION = /<Reflection\b[^>]*\bid="([^"]+)"/g;

/** The headings, reflection prompts and glossary words of a lesson body (code and scripts skipped). */
export function outline(
	body: string
): Pick<LessonMeta, 'sections' | 'headings' | 'prompts' | 'terms'> {
	const masked = maskSource(body);
	const found = findHeadings(masked)
		.filter((h) => h.level >= 2)
		.map((h) => {
			const title = headingTitle(h.text);
			return { id: headingId(title), title, level: h.level };
		});
	return {
		sections: found.filter((h) => h.level === 2).map(({ id, title }) => ({ id, title })),
		headings: new Map(found.map((h) => [h.id, h.title])),
		prompts: [...masked.matchAll(REFLECTION)].map((m) => m[1] as string),
		terms: [
			...new Set(
				findElements(masked, 'Term', 'id').flatMap((t) => (t.value === null ? [] : [t.value]))
			)
		]
	};
}

export function findModule(course: Course, slug: string): ModuleMeta | undefined {
	return course.modules.find((m) => m.slug === slug);
}

export function findLesson(
	course: Course,
	moduleSlug: string,
	lessonSlug: string
): LessonMeta | undefined {
	return findModule(course, moduleSlug)?.lessons.find((l) => l.slug === lessonSlug);
}

/** Lessons in reading order across the whole course. */
export function readingOrder(course: Course): LessonMeta[] {
	return course.modules.flatMap((m) => m.lessons);
}

/** The lessons before and after this one, crossing module boundaries. */
export function neighbours(
	course: Course,
	lesson: LessonMeta
): { previous?: LessonMeta; next?: LessonMeta } {
	const order = readingOrder(course);
	const at = order.findIndex((l) => l.slug === lesson.slug);
	return { previous: order[at - 1], next: at >= 0 ? order[at + 1] : undefined };
}

export function lessonHref(lesson: Pick<LessonMeta, 'moduleSlug' | 'slug'>): string {
	return `/learn/${lesson.moduleSlug}/${lesson.slug}`;
}
