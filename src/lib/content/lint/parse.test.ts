import { describe, expect, it } from 'vitest';
import { frontmatterLine, parseDocs } from './parse';

describe('frontmatterLine', () => {
	const raw = [
		'---', // 1
		'title: T', // 2
		'objectives:', // 3
		'  - One', // 4
		'  - Two', // 5
		'references: [a, b]', // 6
		'---', // 7
		'minutes: 5 (a body line that looks like a field)', // 8
		'- a body list item' // 9
	].join('\n');

	it.each<[string | undefined, number]>([
		['title', 2],
		['objectives', 3],
		['objectives.0', 4],
		['objectives.1', 5],
		['objectives.2', 3], // no such item: the field's line
		['references.1', 6], // a flow list: the field's line
		['minutes', 1], // only in the body: not a frontmatter field
		[undefined, 1]
	])('%s is on line %i', (field, line) => {
		expect(frontmatterLine(raw, field)).toBe(line);
	});
});

describe('parseDocs', () => {
	it('reads places (sorted by path), listed references, citations, terms, links and heading ids', () => {
		const [lesson, mod] = parseDocs([
			{
				path: 'lessons/01-reward/02-what-opioids-do.md',
				raw: '---\ntitle: T\nreferences:\n  - a\n---\n## What *opioids* do\n<Cite key="a" /> <Term id="opioid">x</Term> [y](/learn)\n'
			},
			{ path: 'lessons/01-reward/module.md', raw: '---\ntitle: M\n---\nIntro.\n' },
			{ path: 'README.md', raw: 'not course content' }
		]);
		expect(mod).toMatchObject({ kind: 'module', moduleSlug: 'reward', slug: null, listed: [] });
		expect(lesson).toMatchObject({
			kind: 'lesson',
			moduleSlug: 'reward',
			slug: 'what-opioids-do',
			listed: [{ key: 'a', line: 4 }],
			cites: [{ value: 'a', line: 7 }],
			terms: [{ value: 'opioid', line: 7 }],
			links: [{ href: '/learn', line: 7 }]
		});
		expect([...(lesson?.headingIds ?? [])]).toEqual(['what-opioids-do']);
	});
});
