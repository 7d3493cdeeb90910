import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../course';
import { checkContent, type CheckOptions } from './index';
import type { Registries } from './types';

const M = 'lessons/01-basics/module.md';
const A = 'lessons/01-basics/01-first-lesson.md';
const B = 'lessons/01-basics/02-second-lesson.md';
const REFS = 'lessons/references.ts';
const TERMS = 'lessons/glossary.ts';

/** A lesson whose body starts on line 9 + the number of listed references. */
function lesson(body: string, listed: string[], title = 'A lesson'): string {
	return [
		'---',
		`title: ${title}`,
		'minutes: 5',
		'objectives:',
		'  - Learn one thing',
		`references:${listed.length ? '' : ' []'}`,
		...listed.map((key) => `  - ${key}`),
		'---',
		'',
		body
	].join('\n');
}

const moduleMd = (body = 'Two short lessons.') =>
	`---\ntitle: Basics\nsummary: The basics.\noutcomes:\n  - Know the basics\n---\n\n${body}\n`;

/** Line 10 of A is its first body line. */
const base: Record<string, string> = {
	[M]: moduleMd(),
	[A]: lesson('Brains learn. <Cite key="hebb1949" />', ['hebb1949']),
	[B]: lesson('## Why cues matter\n\nCues can pull hard. <Cite key="wang2013" />', ['wang2013'])
};

const registries: Registries = {
	references: {
		hebb1949: { text: 'Hebb DO. The Organization of Behavior. Wiley; 1949. ISBN 0-8058-4300-0.' },
		// A published title in older words: registry text is never checked for language.
		wang2013: {
			text: 'Wang G, et al. Craving in methamphetamine abusers. PLoS One 2013.',
			url: 'https://doi.org/10.1371/journal.pone.0068791'
		}
	},
	glossary: {
		dopamine: { term: 'dopamine', definition: 'A chemical messenger in the brain.' },
		cue: { term: 'cue', definition: 'Anything the brain links with using.' }
	}
};

const referencesFile: SourceFile = {
	path: REFS,
	raw: [
		'export const references = {',
		"\thebb1949: { text: 'Hebb' },",
		"\twang2013: { text: 'Wang' },",
		"\t'lynch2013': { text: 'Lynch' }",
		'};'
	].join('\n')
};

const glossaryFile: SourceFile = {
	path: TERMS,
	raw: [
		'export const glossary = {',
		'\tdopamine: {',
		"\t\tterm: 'dopamine',",
		"\t\tdefinition: 'A chemical messenger in the brain.'",
		'\t},',
		"\tcue: { term: 'cue', definition: 'Anything the brain links with using.' }",
		'};'
	].join('\n')
};

interface Case {
	name: string;
	/** Files replacing or joining the base course; null removes one. */
	files?: Record<string, string | null>;
	registries?: Partial<Registries>;
	options?: CheckOptions;
	/** Every problem expected, as `file:line rule`. */
	expected: string[];
}

function run(c: Case) {
	const merged = { ...base, ...c.files };
	const files = Object.entries(merged).flatMap(([path, raw]) =>
		raw === null ? [] : [{ path, raw }]
	);
	return checkContent(
		files,
		{ ...registries, ...c.registries },
		{ referencesFile, glossaryFile, ...c.options }
	);
}

function check(c: Case) {
	const { problems } = run(c);
	expect(problems.map((p) => `${p.file}:${p.line} ${p.rule}`)).toEqual(c.expected);
	for (const p of problems) expect(p.message).not.toBe('');
}

describe('the base course', () => {
	it('passes every rule', () => check({ name: 'base', expected: [] }));

	it('grades every lesson, not the module page', () => {
		expect(run({ name: 'base', expected: [] }).grades.map((g) => g.file)).toEqual([A, B]);
	});
});

describe('frontmatter', () => {
	it.each<Case>([
		{
			name: 'a field of the wrong type, at its line',
			files: {
				[A]: lesson('Brains learn. <Cite key="hebb1949" />', ['hebb1949']).replace(
					'minutes: 5',
					'minutes: 0'
				)
			},
			expected: [`${A}:3 frontmatter`]
		},
		{
			name: 'an empty list item, at the item’s line',
			files: {
				[A]: lesson('Brains learn. <Cite key="hebb1949" />', ['hebb1949']).replace(
					'  - Learn one thing',
					"  - Learn one thing\n  - ''"
				)
			},
			expected: [`${A}:6 frontmatter`]
		},
		{
			name: 'an unknown field, at its line',
			files: {
				[A]: lesson('Brains learn. <Cite key="hebb1949" />', ['hebb1949']).replace(
					'minutes: 5',
					'minutes: 5\nauthor: Me'
				)
			},
			expected: [`${A}:4 frontmatter`]
		},
		{
			name: 'a lesson file name without a number',
			files: { 'lessons/01-basics/first.md': lesson('Plain words.', []) },
			expected: ['lessons/01-basics/first.md:1 frontmatter']
		},
		{
			name: 'a duplicate lesson slug',
			files: {
				'lessons/02-more/module.md': moduleMd(),
				'lessons/02-more/01-first-lesson.md': lesson('Plain words.', [])
			},
			expected: ['lessons/02-more/01-first-lesson.md:1 frontmatter']
		}
	])('fails on $name', check);
});

describe('unknown-reference', () => {
	it.each<Case>([
		{
			name: 'a cited and listed key the registry lacks',
			files: {
				[A]: lesson('Brains learn. <Cite key="hebb1949" /> <Cite key="nobody2020" />', [
					'hebb1949',
					'nobody2020'
				])
			},
			expected: [`${A}:8 unknown-reference`, `${A}:11 unknown-reference`]
		},
		{
			name: 'a citation whose key is not a literal',
			files: {
				[A]: lesson('Brains learn. <Cite key="hebb1949" /> <Cite key={someKey} />', ['hebb1949'])
			},
			expected: [`${A}:10 unknown-reference`]
		}
	])('fails on $name', check);

	it('passes a citation in code (not rendered as a component)', () =>
		check({
			files: {
				[A]: lesson('Brains learn. <Cite key="hebb1949" /> `<Cite key="nobody2020" />`', [
					'hebb1949'
				])
			},
			name: 'code',
			expected: []
		}));
});

describe('uncited-reference', () => {
	const withLynch = {
		references: { ...registries.references, lynch2013: { text: 'Lynch WJ. PMID: 23806439' } }
	};

	it('fails on a registry key no lesson cites, at the line it is defined', () =>
		check({ name: 'uncited', registries: withLynch, expected: [`${REFS}:4 uncited-reference`] }));

	it('is skipped with allowUncited', () =>
		check({
			name: 'allowed',
			registries: withLynch,
			options: { allowUncited: true },
			expected: []
		}));

	it('counts a key listed in frontmatter but never cited as uncited', () =>
		check({
			name: 'listed only',
			registries: withLynch,
			files: { [A]: lesson('Brains learn. <Cite key="hebb1949" />', ['hebb1949', 'lynch2013']) },
			expected: [`${A}:8 reference-list`, `${REFS}:4 uncited-reference`]
		}));
});

describe('reference-identifier', () => {
	const withLynch = (text: string, url?: string) => ({
		references: {
			...registries.references,
			lynch2013: { text, ...(url === undefined ? {} : { url }) }
		}
	});
	const cited = {
		[B]: lesson(
			'## Why cues matter\n\nCues pull. <Cite key="wang2013" /> <Cite key="lynch2013" />',
			['wang2013', 'lynch2013']
		)
	};

	it.each([
		{ name: 'a DOI', text: 'Lynch WJ. doi:10.1016/j.neubiorev.2013.06.011' },
		{ name: 'a PMID', text: 'Lynch WJ. PMID: 23806439' },
		{ name: 'a PMCID', text: 'Lynch WJ. PMCID: PMC3788047.' },
		{ name: 'an ISBN', text: 'Lynch WJ. A book. ISBN 0-8058-4300-0.' },
		{ name: 'a url', text: 'Lynch WJ.', url: 'https://doi.org/10.1016/j.neubiorev.2013.06.011' }
	])('passes a reference with $name', ({ text, url }) =>
		check({ name: 'ok', registries: withLynch(text, url), files: cited, expected: [] })
	);

	it.each([
		{ name: 'nothing', text: 'Lynch WJ. Exercise as a novel treatment. 2013.' },
		{ name: 'a blank url', text: 'Lynch WJ. 2013.', url: '  ' },
		{ name: 'a bare "doi" word', text: 'Lynch WJ. No doi yet. 2013.' }
	])('fails a reference with $name, at the line it is defined', ({ text, url }) =>
		check({
			name: 'missing',
			registries: withLynch(text, url),
			files: cited,
			expected: [`${REFS}:4 reference-identifier`]
		})
	);
});

describe('reference-list', () => {
	it.each<Case>([
		{
			name: 'a cited key missing from the frontmatter',
			files: {
				[A]: lesson('Brains learn. <Cite key="hebb1949" />\nSo do cues. <Cite key="wang2013" />', [
					'hebb1949'
				])
			},
			expected: [`${A}:11 reference-list`]
		},
		{
			name: 'a listed key never cited in the body',
			files: { [A]: lesson('Brains learn. <Cite key="hebb1949" />', ['hebb1949', 'wang2013']) },
			expected: [`${A}:8 reference-list`]
		},
		{
			name: 'a citation on a module page, which cannot list references',
			files: { [M]: moduleMd('An intro. <Cite key="hebb1949" />') },
			expected: [`${M}:8 reference-list`]
		}
	])('fails on $name', check);
});

describe('reading-level', () => {
	it('fails on long sentences of long words, at the first body line', () =>
		check({
			name: 'dense',
			files: {
				[A]: lesson(
					'Neurobiological investigations consistently demonstrate that repeated pharmacological exposure progressively reorganizes mesolimbic dopaminergic circuitry. <Cite key="hebb1949" />',
					['hebb1949']
				)
			},
			expected: [`${A}:10 reading-level`]
		}));

	it('passes a long lesson of short, plain sentences', () =>
		check({
			name: 'plain',
			files: {
				[A]: lesson(
					'## What you will learn\n\n' +
						'Your brain learns from what you do. <Cite key="hebb1949" /> '.repeat(1) +
						'It keeps what you use. It lets go of what you do not use.\n\n' +
						'- One small step.\n- Then another one.\n- Then rest.\n',
					['hebb1949']
				)
			},
			expected: []
		}));
});

describe('stigmatizing-language', () => {
	const said = (words: string) =>
		lesson(`Brains learn. <Cite key="hebb1949" /> ${words}`, ['hebb1949']);

	it.each([
		'an addict',
		'Addicts',
		'a junkie',
		'junkies',
		'an abuser',
		'drug ABUSERS',
		'a drug habit',
		'drug  habits',
		'clean for a year',
		'a dirty test',
		'clean-up time',
		'"a title, not quoted before a citation, with addicts"'
	])('fails on %j', (words) =>
		check({ name: words, files: { [A]: said(words) }, expected: [`${A}:10 stigmatizing-language`] })
	);

	it.each<Case>([
		{
			name: 'a phrase split over two lines, at its first line',
			files: { [A]: said('Not a drug\nhabit.') },
			expected: [`${A}:10 stigmatizing-language`]
		},
		{
			name: 'a word in the frontmatter',
			files: { [A]: lesson('Brains learn. <Cite key="hebb1949" />', ['hebb1949'], 'Clean days') },
			expected: [`${A}:2 stigmatizing-language`]
		},
		{
			name: 'a word on a module page',
			files: { [M]: moduleMd('Not for junkies.') },
			expected: [`${M}:8 stigmatizing-language`]
		},
		{
			name: 'a word in a glossary definition, at the entry’s line',
			registries: {
				glossary: { ...registries.glossary, cue: { term: 'cue', definition: 'What addicts see.' } }
			},
			expected: [`${TERMS}:6 stigmatizing-language`]
		}
	])('fails on $name', check);

	it.each([
		[
			'a quoted title right before its citation',
			'A study, "Cues in drug abusers" <Cite key="hebb1949" />, said so.'
		],
		['curly quotes and italics', '*“Clean and dirty: a study”* <Cite key="hebb1949" />'],
		['text inside a citation', '<Cite key="hebb1949">Hebb, on addicts</Cite>'],
		['an HTML comment for authors', '<!-- never write addict -->'],
		[
			'words that only contain a banned word',
			'Say addiction. Say addicted. The room needs cleaning. It got cleaned. Drug use.'
		]
	])('passes %s', (_name, words) =>
		check({ name: _name, files: { [A]: said(words) }, expected: [] })
	);
});

describe('unknown-term', () => {
	it.each<Case>([
		{
			name: 'an id the glossary lacks',
			files: {
				[A]: lesson('<Term id="serotonin">This word</Term> is new. <Cite key="hebb1949" />', [
					'hebb1949'
				])
			},
			expected: [`${A}:10 unknown-term`]
		},
		{
			name: 'an id that is not a literal',
			files: { [A]: lesson('<Term id={termId}>it</Term> <Cite key="hebb1949" />', ['hebb1949']) },
			expected: [`${A}:10 unknown-term`]
		}
	])('fails on $name', check);

	it('passes known ids, and ignores terms in code', () =>
		check({
			name: 'known',
			files: {
				[A]: lesson(
					'<Term id="dopamine">Dopamine</Term> and <Term id=\'cue\'>cues</Term>. <Cite key="hebb1949" />\n\n```\n<Term id="nope">x</Term>\n```',
					['hebb1949']
				)
			},
			expected: []
		}));
});

describe('broken-link', () => {
	/** Lesson A with its own heading and one link, on line 12. */
	const linking = (link: string) =>
		lesson(`## Own heading\n\nBrains learn. <Cite key="hebb1949" /> ${link}`, ['hebb1949']);
	const at = (link: string, options?: CheckOptions) => ({
		name: link,
		files: { [A]: linking(link) },
		options
	});

	it.each([
		'[lesson](/learn/basics/missing-lesson)',
		'[module](/learn/nowhere)',
		'[lesson in another module](/learn/other/second-lesson)',
		'[heading](/learn/basics/second-lesson#no-such-heading)',
		'[too deep](/learn/basics/second-lesson/more)',
		'[page](/settings)',
		'[relative](second-lesson)',
		'[own heading](#no-such-heading)',
		'[empty]()',
		'<a href="/learn/basics/missing">x</a>',
		'[asset not in static](/images/brain.png)'
	])('fails on %s', (link) => check({ ...at(link), expected: [`${A}:12 broken-link`] }));

	it.each([
		'[home](/)',
		'[course](/learn) [course](/learn/)',
		'[module](/learn/basics)',
		'[lesson](/learn/basics/second-lesson)',
		'[heading](/learn/basics/second-lesson#why-cues-matter)',
		'[query and own heading](/learn/basics/first-lesson?from=quiz#own-heading)',
		'[own heading](#own-heading)',
		'[glossary](/glossary) [help](/help) [me](/me) [login](/login) [signup](/signup)',
		'[doi](https://doi.org/10.1/x) [mail](mailto:a@example.org) [call](tel:988)',
		'<a href="/learn/basics/second-lesson#why-cues-matter">x</a>',
		'`[in code](/nowhere)`'
	])('passes %s', (link) => check({ ...at(link), expected: [] }));

	it('passes a static asset it is told about', () =>
		check({
			...at('![brain](/images/brain.png)', { assets: ['/images/brain.png'] }),
			expected: []
		}));

	it('matches fragments by the visible heading text, tags and Markdown removed', () =>
		check({
			name: 'heading with markup',
			files: {
				[B]: lesson(
					'## What **<Term id="dopamine">dopamine</Term>** does <Cite key="wang2013" />\n\nText.',
					['wang2013']
				),
				[A]: linking('[x](/learn/basics/second-lesson#what-dopamine-does)')
			},
			expected: []
		}));
});

describe('inline-at-line-start', () => {
	it.each<Case>([
		{
			name: 'a citation wrapped onto its own line mid-paragraph',
			files: { [A]: lesson('Brains learn from practice\n<Cite key="hebb1949" />.', ['hebb1949']) },
			expected: [`${A}:11 inline-at-line-start`]
		},
		{
			name: 'a term wrapped onto its own line mid-paragraph',
			files: {
				[A]: lesson('This is about\n<Term id="dopamine">dopamine</Term>. <Cite key="hebb1949" />', [
					'hebb1949'
				])
			},
			expected: [`${A}:11 inline-at-line-start`]
		}
	])('fails on $name', check);

	it('passes inline components mid-line, and ones that start a block on purpose', () =>
		check({
			name: 'fine',
			files: {
				[A]: lesson(
					'## Heading\n<Term id="cue">Cues</Term> pull.\n\n<Cite key="hebb1949" /> starts here.',
					['hebb1949']
				)
			},
			expected: []
		}));
});
