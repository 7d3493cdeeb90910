import type { SourceFile } from '../course';
import type { HeadingMatch, LinkMatch, TagMatch } from './markdown';

export type RuleName =
	| 'frontmatter'
	| 'unknown-reference'
	| 'uncited-reference'
	| 'reference-identifier'
	| 'reference-list'
	| 'reading-level'
	| 'stigmatizing-language'
	| 'unknown-term'
	| 'broken-link'
	| 'inline-at-line-start'
	| 'craving-recall';

/** One finding, printed as `file:line: [rule] message`. */
export interface LintProblem {
	file: string;
	line: number;
	rule: RuleName;
	message: string;
}

/** The shapes the checker needs from `lessons/references.ts` and `lessons/glossary.ts`. */
export interface Registries {
	references: Readonly<Record<string, { readonly text: string; readonly url?: string }>>;
	glossary: Readonly<Record<string, { readonly term: string; readonly definition: string }>>;
}

/** A module page (`module.md`) or a lesson, with what the rules look at already found. */
export interface ParsedDoc {
	file: string;
	kind: 'module' | 'lesson';
	moduleSlug: string;
	/** The lesson's slug; null for a module page. */
	slug: string | null;
	raw: string;
	/** `raw` with frontmatter, code, comments and scripts blanked (same length and lines). */
	masked: string;
	/** The frontmatter `references:` entries with their lines; empty for a module page. */
	listed: { key: string; line: number }[];
	cites: TagMatch[];
	terms: TagMatch[];
	links: LinkMatch[];
	headings: HeadingMatch[];
	/** The ids the lesson page gives its headings (`headingId` of their visible text). */
	headingIds: Set<string>;
}

export interface LintContext {
	docs: ParsedDoc[];
	registries: Registries;
	/** The registry sources, for the line a key is defined on. */
	referencesFile: SourceFile;
	glossaryFile: SourceFile;
	/** Root-relative paths of static files (e.g. `/images/brain.png`) that links may target. */
	assets: ReadonlySet<string>;
}
