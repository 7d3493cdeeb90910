import { buildCourse, ContentError, type SourceFile } from '../course';
import { blankMatches, lineAt } from './markdown';
import { frontmatterLine } from './parse';
import { toProse } from './prose';
import { fleschKincaid } from './readability';
import type { LintContext, LintProblem, ParsedDoc, RuleName } from './types';

type Rule = (context: LintContext) => LintProblem[];

function problem(file: string, line: number, rule: RuleName, message: string): LintProblem {
	return { file, line, rule, message };
}

/** The line a registry key is defined on (`key: {` or `'key-with-dashes': {`), else 1. */
export function keyLine(source: string, key: string): number {
	const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const match = new RegExp(`^\\s*(['"]?)${escaped}\\1\\s*:`, 'm').exec(source);
	return match ? lineAt(source, match.index) : 1;
}

/** Rule `frontmatter`: what `buildCourse` rejects (schema, file and folder names, slugs). */
export function frontmatterProblems(files: SourceFile[]): LintProblem[] {
	try {
		buildCourse(files);
		return [];
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		return error.problems.map((p) => {
			const raw = files.find((f) => f.path === p.file)?.raw ?? '';
			// zod reports unknown keys without a path; the key names are in its message.
			const unknownKey = /Unrecognized keys?: "([^"]+)"/.exec(p.message)?.[1];
			const line = frontmatterLine(raw, p.field ?? unknownKey);
			return problem(p.file, line, 'frontmatter', p.field ? `${p.field}: ${p.message}` : p.message);
		});
	}
}

/** Rule `unknown-reference`: a citation or a listed reference that the registry lacks. */
export const unknownReference: Rule = ({ docs, registries, referencesFile }) =>
	docs.flatMap((doc) => [
		...doc.cites.flatMap(({ value, line }) => {
			if (value === null)
				return [problem(doc.file, line, 'unknown-reference', '<Cite> needs a literal key="..."')];
			if (Object.hasOwn(registries.references, value)) return [];
			return [
				problem(
					doc.file,
					line,
					'unknown-reference',
					`cites "${value}", which is not in ${referencesFile.path}`
				)
			];
		}),
		...doc.listed
			.filter(({ key }) => !Object.hasOwn(registries.references, key))
			.map(({ key, line }) =>
				problem(
					doc.file,
					line,
					'unknown-reference',
					`lists "${key}", which is not in ${referencesFile.path}`
				)
			)
	]);

/** Rule `uncited-reference`: a registry entry no lesson cites, reported where it is defined. */
export const uncitedReference: Rule = ({ docs, registries, referencesFile }) => {
	const cited = new Set(docs.flatMap((doc) => doc.cites.map((c) => c.value)));
	return Object.keys(registries.references)
		.filter((key) => !cited.has(key))
		.map((key) =>
			problem(
				referencesFile.path,
				keyLine(referencesFile.raw, key),
				'uncited-reference',
				`"${key}" is cited by no lesson: cite it with <Cite key="${key}" /> or remove it`
			)
		);
};

/** A DOI, PubMed or PubMed Central id, or (for a book) an ISBN written in a reference's text. */
const IDENTIFIER =
	/\bdoi:\s*10\.\d{4,}\/\S+|\bPMID:?\s*\d+|\bPMCID:?\s*PMC\d+|\bISBN:?\s*[\dX][\d\- X]+/i;

/** Rule `reference-identifier`: a reader must be able to find every source (CONTENT.md). */
export const referenceIdentifier: Rule = ({ registries, referencesFile }) =>
	Object.entries(registries.references)
		.filter(([, ref]) => !ref.url?.trim() && !IDENTIFIER.test(ref.text))
		.map(([key]) =>
			problem(
				referencesFile.path,
				keyLine(referencesFile.raw, key),
				'reference-identifier',
				`"${key}" has no DOI, PMID, PMCID, ISBN or url: add the one that exists, so a reader can find the source`
			)
		);

/** Rule `reference-list`: a lesson's `references:` must name exactly the keys its body cites. */
export const referenceList: Rule = ({ docs }) =>
	docs.flatMap((doc) => {
		const listed = new Set(doc.listed.map((l) => l.key));
		const cited = new Set(doc.cites.map((c) => c.value));
		const reported = new Set<string>();
		const missing = doc.cites.flatMap(({ value, line }) => {
			if (value === null || listed.has(value) || reported.has(value)) return [];
			reported.add(value);
			const message =
				doc.kind === 'module'
					? `cites "${value}", but a module page has no references list: cite it in a lesson`
					: `cites "${value}" but its frontmatter references do not list it`;
			return [problem(doc.file, line, 'reference-list', message)];
		});
		const unused = doc.listed
			.filter(({ key }) => !cited.has(key))
			.map(({ key, line }) =>
				problem(doc.file, line, 'reference-list', `lists "${key}" but never cites it in the text`)
			);
		return [...missing, ...unused];
	});

/** CONTENT.md: "Grade 6–8 reading level (Flesch–Kincaid grade <= 8 for every lesson body)". */
export const MAX_GRADE = 8;

export function lessonGrade(doc: ParsedDoc): number {
	return fleschKincaid(toProse(doc.raw)).grade;
}

/** Rule `reading-level`: a lesson body scoring above grade 8. */
export const readingLevel: Rule = ({ docs }) =>
	docs
		.filter((doc) => doc.kind === 'lesson')
		.flatMap((doc) => {
			const score = fleschKincaid(toProse(doc.raw));
			if (score.grade <= MAX_GRADE) return [];
			const firstBodyLine = lineAt(
				doc.masked,
				doc.masked.search(/\S/) < 0 ? 0 : doc.masked.search(/\S/)
			);
			return [
				problem(
					doc.file,
					firstBodyLine,
					'reading-level',
					`Flesch–Kincaid grade ${score.grade.toFixed(1)} is above ${MAX_GRADE} ` +
						`(${score.words} words, ${score.sentences} sentences, ${score.syllables} syllables): ` +
						'use shorter sentences and everyday words'
				)
			];
		});

/**
 * NIDA, "Words Matter: Preferred Language for Talking About Addiction" (CONTENT.md, Voice):
 * the course never uses these in its own voice. Suggestions are NIDA's preferred terms.
 */
const STIGMATIZING: { pattern: RegExp; instead: string }[] = [
	{ pattern: /\baddicts?\b/gi, instead: '"person with a substance use disorder"' },
	{ pattern: /\bjunkies?\b/gi, instead: '"person who uses drugs"' },
	{ pattern: /\babusers?\b/gi, instead: '"person who uses drugs"' },
	{ pattern: /\bdrug\s+habits?\b/gi, instead: '"substance use disorder" or "drug use"' },
	{ pattern: /\bclean\b/gi, instead: '"in recovery", "not using" or, for a test, "negative"' },
	{ pattern: /\bdirty\b/gi, instead: '"using" or, for a test, "positive"' }
];

/** Where the course quotes others, not its own voice: citations and a quoted title just
 * before a citation on the same line (studies' titles use older words, quoted as published). */
function unvoiced(raw: string): string {
	// Titles first: the lookahead needs the <Cite that follows them.
	let text = blankMatches(raw, /["“][^"“”\n]*["”][*_]*[ \t]*(?=<Cite\b)/g);
	text = blankMatches(text, /<!--[\s\S]*?-->/g);
	return blankMatches(
		text,
		/<Cite\b(?:"[^"]*"|'[^']*'|\{[^}]*\}|[^>"'{}])*?(?:\/>|>[\s\S]*?<\/Cite>)/g
	);
}

function stigmatizingIn(text: string): { word: string; offset: number; instead: string }[] {
	return STIGMATIZING.flatMap(({ pattern, instead }) =>
		[...text.matchAll(pattern)].map((m) => ({ word: m[0], offset: m.index, instead }))
	).sort((a, b) => a.offset - b.offset);
}

/** Rule `stigmatizing-language`: in lessons, module pages (frontmatter too) and the glossary. */
export const stigmatizingLanguage: Rule = ({ docs, registries, glossaryFile }) => {
	const inDocs = docs.flatMap((doc) => {
		const text = unvoiced(doc.raw);
		return stigmatizingIn(text).map(({ word, offset, instead }) =>
			problem(doc.file, lineAt(text, offset), 'stigmatizing-language', `"${word}": say ${instead}`)
		);
	});
	const inGlossary = Object.entries(registries.glossary).flatMap(([id, entry]) =>
		stigmatizingIn(`${entry.term}\n${entry.definition}`).map(({ word, instead }) =>
			problem(
				glossaryFile.path,
				keyLine(glossaryFile.raw, id),
				'stigmatizing-language',
				`"${word}" in the entry "${id}": say ${instead}`
			)
		)
	);
	return [...inDocs, ...inGlossary];
};

/** Rule `unknown-term`: a `<Term id>` the glossary lacks. */
export const unknownTerm: Rule = ({ docs, registries, glossaryFile }) =>
	docs.flatMap((doc) =>
		doc.terms.flatMap(({ value, line }) => {
			if (value === null)
				return [problem(doc.file, line, 'unknown-term', '<Term> needs a literal id="..."')];
			if (Object.hasOwn(registries.glossary, value)) return [];
			return [problem(doc.file, line, 'unknown-term', `"${value}" is not in ${glossaryFile.path}`)];
		})
	);

/**
 * Pages that exist whatever the content is (routes under src/routes). A `#fragment` is checked
 * only on lesson links and same-page links: ids on other pages come from code, not from lessons.
 */
const FIXED_PAGES = new Set(['/', '/learn', '/glossary', '/help', '/me', '/login', '/signup']);

function decoded(fragment: string): string {
	try {
		return decodeURIComponent(fragment);
	} catch {
		return fragment; // a stray % is not an escape; compare the text as written
	}
}

/** Why an internal link does not resolve, or null when it does (or is not internal). */
function linkError(href: string, doc: ParsedDoc, context: LintContext): string | null {
	if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return null; // another site
	const hash = href.indexOf('#');
	const fragment = hash >= 0 ? decoded(href.slice(hash + 1)) : null;
	const path = (hash >= 0 ? href.slice(0, hash) : href).replace(/\?.*$/, '');
	if (path === '') {
		if (fragment === null || fragment === '') return 'empty link';
		return doc.headingIds.has(fragment) ? null : `no heading with id "${fragment}" on this page`;
	}
	if (!path.startsWith('/'))
		return 'relative link: write internal links from the site root, e.g. /learn/module/lesson';
	const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
	if (FIXED_PAGES.has(clean) || context.assets.has(clean)) return null;
	const [, learn, moduleSlug, lessonSlug, ...rest] = clean.split('/');
	if (learn !== 'learn' || !moduleSlug || rest.length > 0) return 'no such page';
	const inModule = context.docs.filter((d) => d.moduleSlug === moduleSlug);
	if (inModule.length === 0) return `no module "${moduleSlug}"`;
	if (lessonSlug === undefined) return null;
	const target = inModule.find((d) => d.slug === lessonSlug);
	if (!target) return `no lesson "${lessonSlug}" in module "${moduleSlug}"`;
	if (fragment === null || target.headingIds.has(fragment)) return null;
	return `no heading with id "${fragment}" in ${target.file}`;
}

/** Rule `broken-link`: an internal link (Markdown or `href`) that leads nowhere. */
export const brokenLink: Rule = (context) =>
	context.docs.flatMap((doc) =>
		doc.links.flatMap(({ href, line }) => {
			const error = linkError(href, doc, context);
			return error ? [problem(doc.file, line, 'broken-link', `${href || '""'}: ${error}`)] : [];
		})
	);

/** Inline components: at the start of a line, Markdown takes them as the start of a new block. */
const INLINE_COMPONENTS = ['Cite', 'Term'];

/**
 * Rule `inline-at-line-start`: a `<Cite>` or `<Term>` that begins a line inside a paragraph is
 * rendered as a paragraph of its own, breaking the sentence. Keep it on the line before.
 */
export const inlineAtLineStart: Rule = ({ docs }) =>
	docs.flatMap((doc) => {
		const lines = doc.masked.split('\n');
		return lines.flatMap((text, i) => {
			const name = INLINE_COMPONENTS.find((n) => new RegExp(`^\\s*<${n}[\\s/>]`).test(text));
			// After a blank line or a heading the component starts its own block on purpose.
			const previous = lines[i - 1]?.trim() ?? '';
			if (!name || previous === '' || previous.startsWith('#')) return [];
			return [
				problem(
					doc.file,
					i + 1,
					'inline-at-line-start',
					`<${name}> starts a line inside a paragraph, so it would become a paragraph of its own: move it onto the end of line ${i}`
				)
			];
		});
	});
