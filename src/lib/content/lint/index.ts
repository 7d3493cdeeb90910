import type { SourceFile } from '../course';
import { cravingRecall } from './craving-recall';
import { parseDocs } from './parse';
import {
	brokenLink,
	frontmatterProblems,
	inlineAtLineStart,
	lessonGrade,
	readingLevel,
	referenceIdentifier,
	referenceList,
	stigmatizingLanguage,
	uncitedReference,
	unknownReference,
	unknownTerm
} from './rules';
import type { LintContext, LintProblem, Registries } from './types';

export type { LintProblem, Registries, RuleName } from './types';
export { MAX_GRADE } from './rules';

export interface CheckOptions {
	/** Skip `uncited-reference` while modules that will cite the registry are still unwritten. */
	allowUncited?: boolean;
	/** The registry sources, so problems can name the line a key is defined on. */
	referencesFile?: SourceFile;
	glossaryFile?: SourceFile;
	/** Root-relative paths of static files (e.g. `/images/brain.png`) that links may target. */
	assets?: Iterable<string>;
}

export interface CheckResult {
	problems: LintProblem[];
	/** Flesch–Kincaid grade of every lesson body, in course order. */
	grades: { file: string; grade: number }[];
}

/**
 * Checks the course sources (paths `lessons/NN-module/…md`, as for `buildCourse`) against the
 * reference registry and the glossary. Every rule runs even when the frontmatter is invalid, so
 * one run reports everything.
 */
export function checkContent(
	files: SourceFile[],
	registries: Registries,
	options: CheckOptions = {}
): CheckResult {
	const docs = parseDocs(files);
	const context: LintContext = {
		docs,
		registries,
		referencesFile: options.referencesFile ?? { path: 'lessons/references.ts', raw: '' },
		glossaryFile: options.glossaryFile ?? { path: 'lessons/glossary.ts', raw: '' },
		assets: new Set(options.assets ?? [])
	};
	const rules = [
		unknownReference,
		...(options.allowUncited ? [] : [uncitedReference]),
		referenceIdentifier,
		referenceList,
		readingLevel,
		stigmatizingLanguage,
		unknownTerm,
		brokenLink,
		inlineAtLineStart,
		cravingRecall
	];
	const problems = [...frontmatterProblems(files), ...rules.flatMap((rule) => rule(context))].sort(
		(a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule)
	);
	const grades = docs
		.filter((doc) => doc.kind === 'lesson')
		.map((doc) => ({ file: doc.file, grade: lessonGrade(doc) }));
	return { problems, grades };
}
