import { describe, expect, it } from 'vitest';
import { findElements, findHeadings, findLinks, lineAt, maskSource } from './markdown';

describe('maskSource', () => {
	it('blanks frontmatter, code, comments and scripts but keeps length and lines', () => {
		const raw = [
			'---',
			'title: T',
			'---',
			'<script>let x = 1;</script>',
			'Text `code` <!-- note -->',
			'```',
			'<Term id="hidden">x</Term>',
			'```',
			'End'
		].join('\n');
		const masked = maskSource(raw);
		expect(masked).toHaveLength(raw.length);
		expect(masked.split('\n')).toHaveLength(raw.split('\n').length);
		expect(masked.replace(/\s+/g, ' ').trim()).toBe('Text End');
	});

	it('runs an unclosed fence to the end, and keeps an unmatched backtick local', () => {
		expect(maskSource('A\n```\nB').trim()).toBe('A');
		expect(maskSource('One ` tick.\n\nTwo `x` ticks.').replace(/\s+/g, ' ')).toBe(
			'One ` tick. Two ticks.'
		);
	});
});

describe('lineAt', () => {
	it.each([
		[0, 1],
		[2, 1],
		[3, 2],
		[6, 3]
	])('offset %i is on line %i', (offset, line) => {
		expect(lineAt('ab\ncd\nef', offset)).toBe(line);
	});
});

describe('findElements', () => {
	it.each([
		['<Cite key="hebb1949" />', 'hebb1949', ''],
		["<Cite key='hebb1949'/>", 'hebb1949', ''],
		['<Cite key={"hebb1949"} />', 'hebb1949', ''],
		['<Cite key={someVariable} />', null, ''],
		['<Cite page="3" />', null, ''],
		['<Cite key="a">(Hebb 1949)</Cite>', 'a', '(Hebb 1949)'],
		['<Cite\n\tkey="multi"\n/>', 'multi', '']
	])('%j', (source, value, inner) => {
		expect(findElements(source, 'Cite', 'key')).toEqual([{ offset: 0, line: 1, value, inner }]);
	});

	it('does not confuse a longer component name', () => {
		expect(findElements('<Citation key="x" />', 'Cite', 'key')).toEqual([]);
	});

	it('gives each element its line', () => {
		const found = findElements(
			'a\n<Term id="cue">cue</Term>\n\n<Term id="vta">VTA</Term>',
			'Term',
			'id'
		);
		expect(found.map((t) => [t.value, t.line, t.inner])).toEqual([
			['cue', 2, 'cue'],
			['vta', 4, 'VTA']
		]);
	});
});

describe('findLinks', () => {
	it('finds inline links, reference definitions and href attributes, with lines', () => {
		const source = [
			'See [one](/learn/a/b#c "title") and ![img](/pic.png).',
			'[ref]: /glossary',
			'<a href="/help">help</a> <a href=\'/me\'>me</a> <a href={"/login"}>in</a>',
			'[angle](</signup>)'
		].join('\n');
		expect(findLinks(source)).toEqual([
			{ href: '/learn/a/b#c', line: 1 },
			{ href: '/pic.png', line: 1 },
			{ href: '/glossary', line: 2 },
			{ href: '/help', line: 3 },
			{ href: '/me', line: 3 },
			{ href: '/login', line: 3 },
			{ href: '/signup', line: 4 }
		]);
	});
});

describe('findHeadings', () => {
	it('finds ATX headings with their text, level and line, closing hashes dropped', () => {
		expect(findHeadings('# Top\ntext\n## Second ##\n####### not a heading\n#nospace')).toEqual([
			{ text: 'Top', level: 1, line: 1 },
			{ text: 'Second', level: 2, line: 3 }
		]);
	});
});
